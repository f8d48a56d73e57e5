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
            radixSort(key, idx, n);
        }
        return n == x.length ? idx : Arrays.copyOf(idx, n);
    }

    /**
     * Least-significant-digit radix sort of the values as unsigned 64-bit keys, 11 bits a pass,
     * carrying their indices: stable, so equal values keep their order, exactly as a stable
     * comparison sort (−0.0 is taken as 0.0, which compares equal to it). A pass whose digit is the
     * same for every value (the sign and exponent bits of scores mostly are) is skipped. About five
     * times quicker than merge sort on a national pool's 40,000 values.
     */
    static void radixSort(double[] key, int[] idx, int n) {
        long[] k = new long[n];
        for (int i = 0; i < n; i++) {
            long b = Double.doubleToRawLongBits(key[i] == 0 ? 0.0 : key[i]);
            k[i] = b ^ ((b >> 63) | Long.MIN_VALUE); // negatives: every bit flipped; positives: sign bit set
        }
        long[] tk = new long[n];
        int[] ti = new int[n];
        int[] count = new int[1 << RADIX_BITS];
        long[] kk = k;
        int[] ii = idx;
        for (int shift = 0; shift < 64; shift += RADIX_BITS) {
            java.util.Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) count[(int) (kk[i] >>> shift) & RADIX_MASK]++;
            if (count[(int) (kk[0] >>> shift) & RADIX_MASK] == n) continue;
            int sum = 0;
            for (int d = 0; d < count.length; d++) {
                int c = count[d];
                count[d] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int p = count[(int) (kk[i] >>> shift) & RADIX_MASK]++;
                tk[p] = kk[i];
                ti[p] = ii[i];
            }
            long[] sk = kk;
            kk = tk;
            tk = sk;
            int[] si = ii;
            ii = ti;
            ti = si;
        }
        if (ii != idx) System.arraycopy(ii, 0, idx, 0, n);
    }

    private static final int RADIX_BITS = 11;
    private static final int RADIX_MASK = (1 << RADIX_BITS) - 1;
}
