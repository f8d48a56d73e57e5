package io.qqhi.framework;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" suggestions for misspelt ids, keys and unit names. */
public final class Names {
    private Names() {
    }

    /** The closest candidate within a small edit distance, or null. */
    public static String closest(String wrong, Collection<String> candidates) {
        if (wrong == null || wrong.isEmpty()) return null;
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        String w = wrong.toLowerCase(Locale.ROOT);
        for (String c : candidates) {
            int d = distance(w, c.toLowerCase(Locale.ROOT));
            if (d < bestDist) {
                bestDist = d;
                best = c;
            }
        }
        int allowed = Math.max(1, Math.min(3, wrong.codePointCount(0, wrong.length()) / 3));
        return bestDist <= allowed ? best : null;
    }

    public static String didYouMean(String wrong, Collection<String> candidates) {
        String c = closest(wrong, candidates);
        return c == null ? "" : Text.of("did-you-mean", c);
    }

    /** Optimal-string-alignment distance over code points (Chinese characters count as one). */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        int[] prev2 = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) prev[j] = j;
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                    cur[j] = Math.min(cur[j], prev2[j - 2] + 1); // a swap of two neighbours is one typo
                }
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length];
    }
}
