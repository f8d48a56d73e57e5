package io.qqhi.compute;

import java.util.Arrays;

/** Unweighted median of the present children. */
public final class MedianAggregator extends UnitwiseAggregator {
    @Override
    double combine(double[] v, double[] w, int n) {
        double[] s = Arrays.copyOf(v, n);
        Arrays.sort(s);
        int h = n / 2;
        return n % 2 == 1 ? s[h] : (s[h - 1] + s[h]) / 2;
    }
}
