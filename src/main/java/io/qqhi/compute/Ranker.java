package io.qqhi.compute;

import java.util.Arrays;

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

    /** Indices of the non-missing values, sorted by value (stable: equal values keep their order), without boxing. */
    public static int[] ascendingOrder(double[] x) {
        int[] idx = new int[x.length];
        int n = 0;
        for (int i = 0; i < x.length; i++) if (!Double.isNaN(x[i])) idx[n++] = i;
        idx = Arrays.copyOf(idx, n);
        if (n <= 64) {
            for (int i = 1; i < n; i++) {
                int v = idx[i];
                int j = i - 1;
                while (j >= 0 && x[idx[j]] > x[v]) {
                    idx[j + 1] = idx[j];
                    j--;
                }
                idx[j + 1] = v;
            }
            return idx;
        }
        int[] tmp = new int[n];
        mergeSort(x, idx, tmp, 0, n);
        return idx;
    }

    private static void mergeSort(double[] x, int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        mergeSort(x, a, tmp, lo, mid);
        mergeSort(x, a, tmp, mid, hi);
        if (x[a[mid - 1]] <= x[a[mid]]) return;
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) tmp[k++] = x[a[j]] < x[a[i]] ? a[j++] : a[i++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }
}
