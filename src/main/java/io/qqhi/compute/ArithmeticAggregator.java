package io.qqhi.compute;

/** Weighted arithmetic mean Σ w·x over present children (the hierarchical weighted sum). */
public final class ArithmeticAggregator extends UnitwiseAggregator {
    @Override
    double combine(double[] v, double[] w, int n) {
        double s = 0;
        for (int j = 0; j < n; j++) s += w[j] * v[j];
        return s;
    }
}
