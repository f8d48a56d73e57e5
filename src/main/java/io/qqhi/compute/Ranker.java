package io.qqhi.compute;

import java.util.Arrays;

/** Ranks within a pool: 1 = best (highest), ties share the lowest rank (1, 2, 2, 4), missing → 0. */
public final class Ranker {
    private Ranker() {
    }

    public static int[] rank(double[] scores) {
        int[] r = new int[scores.length];
        int[] order = presentOrder(scores);
        // order is ascending; walk it from the top so that ties take the best (lowest) rank
        int n = order.length;
        for (int k = n - 1; k >= 0; k--) {
            int i = order[k];
            if (k < n - 1 && scores[order[k + 1]] == scores[i]) {
                r[i] = r[order[k + 1]];
            } else {
                r[i] = n - k;
            }
        }
        return r;
    }

    /**
     * Indices of the present (non-NaN) values sorted by value ascending, ties by index: O(m log m),
     * so a pool of 40,000 townships ranks in milliseconds.
     */
    static int[] presentOrder(double[] x) {
        long present = Arrays.stream(x).filter(v -> !Double.isNaN(v)).count();
        Integer[] idx = new Integer[(int) present];
        int k = 0;
        for (int i = 0; i < x.length; i++) if (!Double.isNaN(x[i])) idx[k++] = i;
        Arrays.sort(idx, (a, b) -> {
            int c = Double.compare(x[a], x[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] out = new int[idx.length];
        for (int i = 0; i < out.length; i++) out[i] = idx[i];
        return out;
    }

    /** Ascending ranks (1 = lowest value, ties take the lowest rank), NaN for missing. */
    static double[] ascending(double[] x) {
        double[] r = new double[x.length];
        Arrays.fill(r, Double.NaN);
        int[] order = presentOrder(x);
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            r[i] = k > 0 && x[order[k - 1]] == x[i] ? r[order[k - 1]] : k + 1;
        }
        return r;
    }
}
