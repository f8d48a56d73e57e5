package io.qqhi.compute;

import java.util.Arrays;
import java.util.stream.IntStream;

/** Ranks within a pool: 1 = best (highest), ties share the lowest rank (1, 2, 2, 4), missing → 0. */
public final class Ranker {
    private Ranker() {
    }

    /** Sorts the present values' indices by value and walks them once from the top: O(m log m), no search. */
    public static int[] rank(double[] scores) {
        int[] order = ascendingOrder(scores);
        int[] r = new int[scores.length];
        int n = order.length;
        for (int k = n - 1; k >= 0; k--) {
            int i = order[k];
            r[i] = k < n - 1 && scores[order[k + 1]] == scores[i] ? r[order[k + 1]] : n - k;
        }
        return r;
    }

    /** Ascending ranks (1 = lowest value, ties take the lowest rank), NaN for missing. */
    static double[] ascending(double[] x) {
        int[] order = ascendingOrder(x);
        double[] r = new double[x.length];
        Arrays.fill(r, Double.NaN);
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            r[i] = k > 0 && x[order[k - 1]] == x[i] ? r[order[k - 1]] : k + 1;
        }
        return r;
    }

    /** Indices of the non-missing values, sorted by value (stable: equal values keep their order; −0.0 equals 0.0). */
    public static int[] ascendingOrder(double[] x) {
        Integer[] idx = IntStream.range(0, x.length).filter(i -> !Double.isNaN(x[i])).boxed()
                .toArray(Integer[]::new);
        Arrays.sort(idx, (a, b) -> x[a] < x[b] ? -1 : x[a] > x[b] ? 1 : 0);
        int[] out = new int[idx.length];
        for (int k = 0; k < out.length; k++) out[k] = idx[k];
        return out;
    }
}
