package io.qqhi.analysis;

import java.util.Arrays;

import io.qqhi.compute.Stats;

/**
 * Weights of k sibling indicators from data (units × k, complete cases) or from judgement, by the
 * methods of Chinese evaluation practice (docs/methods.md, derived weights; test vectors there). Every method returns
 * weights that sum to 1.
 */
public final class WeightingMethods {
    /** Saaty's random index, n = 1..10. */
    public static final double[] RI_SAATY = {0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};
    /** The common Chinese variant, n = 1..15. */
    public static final double[] RI_CN = {0, 0, 0.52, 0.89, 1.12, 1.26, 1.36, 1.41, 1.46, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59};

    private WeightingMethods() {
    }

    public static double[] equal(int k) {
        double[] w = new double[k];
        Arrays.fill(w, 1.0 / k);
        return w;
    }

    /**
     * 熵权法: vector-normalise each column (r = x/√Σx²), p = r/Σr, e = −Σ p ln p / ln m (0·ln 0 = 0),
     * w ∝ 1 − e. Needs non-negative data.
     */
    public static double[] entropy(double[][] x) {
        int m = x.length;
        int k = x[0].length;
        double[] d = new double[k];
        for (int j = 0; j < k; j++) {
            double norm = 0;
            for (double[] row : x) norm += row[j] * row[j];
            norm = Math.sqrt(norm);
            double sum = 0;
            for (double[] row : x) sum += norm > 0 ? row[j] / norm : 0;
            double e = 0;
            for (double[] row : x) {
                double p = sum > 0 ? row[j] / norm / sum : 0;
                if (p > 0) e -= p * Math.log(p);
            }
            d[j] = 1 - e / Math.log(m);
        }
        return normalise(d);
    }

    /** CRITIC: min-max normalise, C_j = s_j·Σ_k (1 − r_jk) with the sample sd and Pearson r, w ∝ C. */
    public static double[] critic(double[][] x) {
        int k = x[0].length;
        double[][] cols = new double[k][];
        for (int j = 0; j < k; j++) {
            double[] c = column(x, j);
            double min = Stats.min(c);
            double max = Stats.max(c);
            for (int i = 0; i < c.length; i++) c[i] = max > min ? (c[i] - min) / (max - min) : 0;
            cols[j] = c;
        }
        double[] w = new double[k];
        for (int j = 0; j < k; j++) {
            double conflict = 0;
            for (int l = 0; l < k; l++) {
                double r = l == j ? 1 : AuditStats.pearson(cols[j], cols[l]);
                conflict += 1 - (Double.isNaN(r) ? 0 : r);
            }
            w[j] = Stats.sd(cols[j]) * conflict;
        }
        return normalise(w);
    }

    /** 变异系数法: v_j = s_j / x̄_j (sample sd), w ∝ v. */
    public static double[] coefficientOfVariation(double[][] x) {
        int k = x[0].length;
        double[] v = new double[k];
        for (int j = 0; j < k; j++) {
            double[] c = column(x, j);
            v[j] = Stats.sd(c) / Math.abs(Stats.mean(c));
        }
        return normalise(v);
    }

    /** PCA: the squared loadings of the first principal component of the standardised columns (they sum to 1). */
    public static double[] pca(double[][] x) {
        int k = x[0].length;
        double[][] cols = new double[k][];
        for (int j = 0; j < k; j++) cols[j] = column(x, j);
        AuditStats.Component pc = AuditStats.firstComponent(cols);
        if (pc == null) return equal(k);
        double[] w = new double[k];
        for (int j = 0; j < k; j++) w[j] = pc.loadings()[j] * pc.loadings()[j];
        return normalise(w);
    }

    /** AHP result: weights, λmax, CI = (λmax − n)/(n − 1), CR = CI/RI (0 for n ≤ 2). */
    public record Ahp(double[] weights, double lambdaMax, double ci, double cr) {
        public boolean consistent() {
            return cr < 0.1;
        }
    }

    public enum AhpVariant { EIGEN, SUM, ROOT }

    /**
     * AHP on a reciprocal pairwise matrix: principal eigenvector (power iteration), 和积法 (normalise
     * columns, average rows) or 方根法 (geometric mean of rows); λmax = mean of (A·w)_i / w_i.
     */
    public static Ahp ahp(double[][] a, AhpVariant variant, double[] ri) {
        int n = a.length;
        double[] w = new double[n];
        switch (variant) {
            case SUM:
                for (int j = 0; j < n; j++) {
                    double col = 0;
                    for (double[] row : a) col += row[j];
                    for (int i = 0; i < n; i++) w[i] += a[i][j] / col / n;
                }
                break;
            case ROOT:
                for (int i = 0; i < n; i++) {
                    double p = 1;
                    for (double v : a[i]) p *= v;
                    w[i] = Math.pow(p, 1.0 / n);
                }
                w = normalise(w);
                break;
            default:
                Arrays.fill(w, 1.0 / n);
                for (int it = 0; it < 10_000; it++) {
                    double[] next = normalise(multiply(a, w));
                    double diff = 0;
                    for (int i = 0; i < n; i++) diff = Math.max(diff, Math.abs(next[i] - w[i]));
                    w = next;
                    if (diff < 1e-15) break;
                }
        }
        double[] aw = multiply(a, w);
        double lambda = 0;
        for (int i = 0; i < n; i++) lambda += aw[i] / w[i] / n;
        double ci = n > 2 ? (lambda - n) / (n - 1) : 0;
        double r = n - 1 < ri.length ? ri[n - 1] : ri[ri.length - 1];
        double cr = n > 2 && r > 0 ? ci / r : 0;
        return new Ahp(w, lambda, ci, cr);
    }

    /** 组合赋权: α·subjective + (1 − α)·objective, or the multiplicative form w ∝ subjective × objective. */
    public static double[] combine(double[] subjective, double[] objective, double alpha, boolean multiplicative) {
        double[] w = new double[subjective.length];
        for (int j = 0; j < w.length; j++) {
            w[j] = multiplicative ? subjective[j] * objective[j] : alpha * subjective[j] + (1 - alpha) * objective[j];
        }
        return normalise(w);
    }

    static double[] multiply(double[][] a, double[] w) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) for (int j = 0; j < w.length; j++) r[i] += a[i][j] * w[j];
        return r;
    }

    static double[] column(double[][] x, int j) {
        double[] c = new double[x.length];
        for (int i = 0; i < x.length; i++) c[i] = x[i][j];
        return c;
    }

    static double[] normalise(double[] v) {
        double s = 0;
        for (double d : v) s += d;
        double[] w = new double[v.length];
        for (int i = 0; i < v.length; i++) w[i] = s > 0 ? v[i] / s : 1.0 / v.length;
        return w;
    }
}
