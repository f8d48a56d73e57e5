package io.qqhi.compute;

/** Weighted geometric mean Π x^w; defined for positive values only. */
public final class GeometricAggregator extends UnitwiseAggregator {
    @Override
    double combine(double[] v, double[] w, int n) {
        double s = 0;
        for (int j = 0; j < n; j++) {
            if (!(v[j] > 0)) return Double.NaN;
            s += w[j] * Math.log(v[j]);
        }
        return Math.exp(s);
    }
}
