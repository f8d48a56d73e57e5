package io.qqhi.compute;

/** Ranks within a pool: 1 = best (highest), ties share the lowest rank (1, 2, 2, 4), missing → 0. */
public final class Ranker {
    private Ranker() {
    }

    public static int[] rank(double[] scores) {
        int[] r = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) continue;
            int better = 0;
            for (double s : scores) if (!Double.isNaN(s) && s > scores[i]) better++;
            r[i] = better + 1;
        }
        return r;
    }
}
