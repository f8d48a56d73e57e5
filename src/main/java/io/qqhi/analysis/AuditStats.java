package io.qqhi.analysis;

import io.qqhi.compute.Stats;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.stat.correlation.Covariance;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * The statistics of the audit, on columns with NaN for missing: pairwise-complete Pearson
 * correlation and covariance, Cronbach's α with pairwise covariances, and the first principal
 * component of standardised columns over complete cases.
 */
public final class AuditStats {
    private AuditStats() {
    }

    /** Pearson r (commons-math) over the units where both are present; NaN below 2 pairs or without spread. */
    public static double pearson(double[] x, double[] y) {
        double[][] p = pairs(x, y);
        return p[0].length < 2 ? Double.NaN : new PearsonsCorrelation().correlation(p[0], p[1]);
    }

    /** Spearman's rank correlation (commons-math, tied values share their average rank) over complete pairs; NaN below 3. */
    public static double spearman(double[] x, double[] y) {
        double[][] p = pairs(x, y);
        return p[0].length < 3 ? Double.NaN : new SpearmansCorrelation().correlation(p[0], p[1]);
    }

    /** Sample covariance (n − 1, commons-math) over the units where both are present; NaN below 2 pairs. */
    public static double covariance(double[] x, double[] y) {
        double[][] p = pairs(x, y);
        return p[0].length < 2 ? Double.NaN : new Covariance().covariance(p[0], p[1], true);
    }

    /** The pairs where both values are present: the pairwise handling of missing values is ours, the statistic the library's. */
    private static double[][] pairs(double[] x, double[] y) {
        int n = 0;
        for (int i = 0; i < x.length; i++) if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) n++;
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0, k = 0; i < x.length; i++) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i])) continue;
            a[k] = x[i];
            b[k++] = y[i];
        }
        return new double[][] {a, b};
    }

    /**
     * Cronbach's α = k/(k−1)·(1 − Σ var_i / Σ_ij cov_ij): variances over each column's present values,
     * covariances over pairwise-complete units; NaN for k &lt; 2.
     */
    public static double cronbach(double[][] columns) {
        int k = columns.length;
        if (k < 2) return Double.NaN;
        double sumVar = 0;
        double total = 0;
        for (int i = 0; i < k; i++) {
            double sd = Stats.sd(columns[i]);
            double v = sd * sd;
            sumVar += v;
            total += v;
            for (int j = 0; j < k; j++) if (j != i) total += covariance(columns[i], columns[j]);
        }
        if (Double.isNaN(total) || !(total != 0)) return Double.NaN;
        return (double) k / (k - 1) * (1 - sumVar / total);
    }

    /** First principal component: variance share and loadings (the first eigenvector), with n the complete cases. */
    public record Component(double share, double[] loadings, int n) {
    }

    /**
     * PCA of the correlation matrix of the columns over units with every column present; loadings are
     * the first eigenvector (R's prcomp "rotation"), signed so they sum to a positive number.
     */
    public static Component firstComponent(double[][] columns) {
        int k = columns.length;
        int m = columns[0].length;
        boolean[] complete = new boolean[m];
        int n = 0;
        for (int u = 0; u < m; u++) {
            boolean ok = true;
            for (double[] c : columns) ok &= !Double.isNaN(c[u]);
            complete[u] = ok;
            if (ok) n++;
        }
        if (n < 3) return null;
        double[][] z = new double[k][n];
        for (int j = 0; j < k; j++) {
            double[] v = new double[n];
            int t = 0;
            for (int u = 0; u < m; u++) if (complete[u]) v[t++] = columns[j][u];
            double mean = Stats.mean(v);
            double sd = Stats.sd(v);
            if (!(sd > 0)) return null;
            for (int i = 0; i < n; i++) z[j][i] = (v[i] - mean) / sd;
        }
        double[][] r = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                double s = 0;
                for (int i = 0; i < n; i++) s += z[a][i] * z[b][i];
                r[a][b] = s / (n - 1);
            }
        }
        EigenDecomposition e = new EigenDecomposition(new Array2DRowRealMatrix(r));
        double[] values = e.getRealEigenvalues();
        int best = 0;
        for (int i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
        double[] v = e.getEigenvector(best).toArray();
        double sum = 0;
        for (double x : v) sum += x;
        if (sum < 0) for (int i = 0; i < v.length; i++) v[i] = -v[i];
        return new Component(values[best] / k, v, n);
    }
}
