package io.qqhi.analysis;

import java.util.Arrays;

import io.qqhi.compute.PoolResult;
import io.qqhi.compute.Stats;

/**
 * Per node of a pool: best, mean and sd of the ranked units' scores (missing values ignored). A
 * place that is 不参与排名 is out of every pool figure (docs/methods.md, unranked places): its
 * scores are shown apart, never averaged in.
 */
public record PoolStats(double[] best, double[] mean, double[] sd, int[] count) {
    /** Whether unit {@code u} counts in the pool's figures: it is ranked (its index rank is not 0). */
    public static boolean counted(PoolResult p, int u) {
        return p.ranks()[u][0] > 0;
    }

    /**
     * The same sums as {@link Stats} over each node's column, in the same order (units first to
     * last, so the results are identical to the last bit), but row by row: a column of 40,000
     * separate rows is 40,000 cache misses.
     */
    public static PoolStats of(PoolResult p) {
        int n = p.scores().length == 0 ? p.active().length : p.scores()[0].length;
        double[] best = new double[n];
        double[] mean = new double[n];
        double[] sd = new double[n];
        int[] count = new int[n];
        double[] sum = new double[n];
        Arrays.fill(best, Double.NaN);
        for (int u = 0; u < p.unitCount(); u++) {
            if (!counted(p, u)) continue;
            double[] row = p.scores()[u];
            for (int i = 0; i < n; i++) {
                double v = row[i];
                if (Double.isNaN(v)) continue;
                sum[i] += v;
                count[i]++;
                if (Double.isNaN(best[i]) || v > best[i]) best[i] = v;
            }
        }
        for (int i = 0; i < n; i++) mean[i] = count[i] == 0 ? Double.NaN : sum[i] / count[i];
        double[] squares = new double[n];
        for (int u = 0; u < p.unitCount(); u++) {
            if (!counted(p, u)) continue;
            double[] row = p.scores()[u];
            for (int i = 0; i < n; i++) {
                double v = row[i];
                if (!Double.isNaN(v)) squares[i] += (v - mean[i]) * (v - mean[i]);
            }
        }
        for (int i = 0; i < n; i++) sd[i] = count[i] < 2 ? Double.NaN : Math.sqrt(squares[i] / (count[i] - 1));
        return new PoolStats(best, mean, sd, count);
    }
}
