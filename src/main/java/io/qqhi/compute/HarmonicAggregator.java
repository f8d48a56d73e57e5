package io.qqhi.compute;

/** Weighted harmonic mean 1 / Σ (w/x); defined for positive values only. */
public final class HarmonicAggregator extends UnitwiseAggregator {
    @Override
    double combine(double[] v, double[] w, int n) {
        double s = 0;
        for (int j = 0; j < n; j++) {
            if (!(v[j] > 0)) return Double.NaN;
            s += w[j] / v[j];
        }
        return 1 / s;
    }
}
