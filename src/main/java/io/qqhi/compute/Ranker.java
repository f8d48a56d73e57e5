package io.qqhi.compute;

import java.util.Arrays;
import java.util.stream.IntStream;

/** Ranks within a pool: 1 = best (highest), ties share the lowest rank (1, 2, 2, 4), missing → 0. */
public final class Ranker {
    private Ranker() {
    }

    /**
     * 1 + the number of present values strictly higher, found in a sorted copy of the values by binary
     * search: O(m log m) on primitives. (Sorting boxed indices with a comparator did the same and was a
     * tenth of a national run's CPU: 100 nodes × 43,000 places; docs/performance.md.)
     */
    public static int[] rank(double[] scores) {
        double[] sorted = presentSorted(scores);
        int[] r = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isNaN(scores[i])) r[i] = sorted.length - bound(sorted, scores[i], true) + 1;
        }
        return r;
    }

    /**
     * The rank {@code v} would have among values already ranked (given in ascending order): 1 + the
     * number of them strictly higher (0 for NaN). For a place left out of the ranking that is still
     * to be placed against it.
     */
    public static int rankAmong(double[] sortedAscending, double v) {
        return Double.isNaN(v) ? 0 : sortedAscending.length - bound(sortedAscending, v, true) + 1;
    }

    /** Ascending ranks (1 = lowest value, ties take the lowest rank), NaN for missing. */
    static double[] ascending(double[] x) {
        double[] sorted = presentSorted(x);
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) r[i] = Double.isNaN(x[i]) ? Double.NaN : bound(sorted, x[i], false) + 1;
        return r;
    }

    private static double[] presentSorted(double[] x) {
        double[] s = new double[x.length];
        int m = 0;
        for (double v : x) if (!Double.isNaN(v)) s[m++] = v;
        s = Arrays.copyOf(s, m);
        Arrays.sort(s);
        return s;
    }

    /** The number of sorted values ≤ v (or < v when not {@code inclusive}); −0.0 and 0.0 count as equal, as == has them. */
    private static int bound(double[] sorted, double v, boolean inclusive) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v || inclusive && sorted[mid] == v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
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
