package io.qqhi.compute;

/** Weighted power mean (Σ w·x^p)^(1/p); p = 0 is the geometric mean. Needs x ≥ 0 (x > 0 for p ≤ 0). */
public final class GeneralisedMeanAggregator extends UnitwiseAggregator {
    private final double p;

    public GeneralisedMeanAggregator(double p) {
        this.p = p;
    }

    @Override
    double combine(double[] v, double[] w, int n) {
        if (p == 0) return new GeometricAggregator().combine(v, w, n);
        double s = 0;
        for (int j = 0; j < n; j++) {
            if (v[j] < 0 || (p < 0 && v[j] == 0)) return Double.NaN;
            s += w[j] * Math.pow(v[j], p);
        }
        return Math.pow(s, 1 / p);
    }
}
