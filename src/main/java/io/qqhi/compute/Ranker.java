package io.qqhi.compute;

import java.util.Arrays;

/** Ranks within a pool: 1 = best (highest), ties share the lowest rank (1, 2, 2, 4), missing → 0. */
public final class Ranker {
    private Ranker() {
    }

    /** rank = 1 + the number of scores strictly above; a primitive sort and binary search, O(m log m). */
    public static int[] rank(double[] scores) {
        double[] sorted = present(scores);
        int n = sorted.length;
        int[] r = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isNaN(scores[i])) r[i] = 1 + n - upperBound(sorted, scores[i]);
        }
        return r;
    }

    /** Ascending ranks (1 = lowest value, ties take the lowest rank), NaN for missing. */
    static double[] ascending(double[] x) {
        double[] sorted = present(x);
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) r[i] = Double.isNaN(x[i]) ? Double.NaN : 1 + lowerBound(sorted, x[i]);
        return r;
    }

    private static double[] present(double[] x) {
        double[] v = new double[x.length];
        int n = 0;
        for (double d : x) if (!Double.isNaN(d)) v[n++] = d;
        v = Arrays.copyOf(v, n);
        Arrays.sort(v);
        return v;
    }

    /** Index of the first element greater than x. */
    private static int upperBound(double[] a, double x) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= x) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Index of the first element not less than x. */
    private static int lowerBound(double[] a, double x) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < x) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
