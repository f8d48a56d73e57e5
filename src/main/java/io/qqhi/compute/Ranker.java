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
        double[] key = new double[x.length];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i])) {
                idx[n] = i;
                key[n++] = x[i];
            }
        }
        if (n <= 64) {
            // a city's pools: insertion sort is quickest at this size (measured)
            for (int i = 1; i < n; i++) {
                double kv = key[i];
                int v = idx[i];
                int j = i - 1;
                while (j >= 0 && key[j] > kv) {
                    key[j + 1] = key[j];
                    idx[j + 1] = idx[j];
                    j--;
                }
                key[j + 1] = kv;
                idx[j + 1] = v;
            }
        } else {
            // the values travel with their indices, so that comparing never jumps through an index
            mergeSort(key, idx, new double[n], new int[n], 0, n);
        }
        return n == x.length ? idx : Arrays.copyOf(idx, n);
    }

    /** Short runs are sorted by insertion (fewer moves than merging), longer ones merged: n log n compares in all. */
    private static final int INSERTION = 12;

    private static void mergeSort(double[] k, int[] a, double[] tk, int[] ta, int lo, int hi) {
        if (hi - lo <= INSERTION) {
            for (int i = lo + 1; i < hi; i++) {
                double kv = k[i];
                int v = a[i];
                int j = i - 1;
                while (j >= lo && k[j] > kv) {
                    k[j + 1] = k[j];
                    a[j + 1] = a[j];
                    j--;
                }
                k[j + 1] = kv;
                a[j + 1] = v;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(k, a, tk, ta, lo, mid);
        mergeSort(k, a, tk, ta, mid, hi);
        if (k[mid - 1] <= k[mid]) return;
        int i = lo;
        int j = mid;
        int o = lo;
        while (i < mid && j < hi) {
            if (k[j] < k[i]) {
                tk[o] = k[j];
                ta[o++] = a[j++];
            } else {
                tk[o] = k[i];
                ta[o++] = a[i++];
            }
        }
        while (i < mid) {
            tk[o] = k[i];
            ta[o++] = a[i++];
        }
        while (j < hi) {
            tk[o] = k[j];
            ta[o++] = a[j++];
        }
        System.arraycopy(tk, lo, k, lo, hi - lo);
        System.arraycopy(ta, lo, a, lo, hi - lo);
    }
}
