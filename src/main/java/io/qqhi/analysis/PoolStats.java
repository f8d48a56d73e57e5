package io.qqhi.analysis;

import io.qqhi.compute.PoolResult;
import io.qqhi.compute.Stats;

/** Per node of a pool: best, mean and sd of the units' scores (missing values ignored). */
public record PoolStats(double[] best, double[] mean, double[] sd, int[] count) {
    public static PoolStats of(PoolResult p) {
        int n = p.scores().length == 0 ? p.active().length : p.scores()[0].length;
        double[] best = new double[n];
        double[] mean = new double[n];
        double[] sd = new double[n];
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            double[] c = p.column(i);
            best[i] = Stats.max(c);
            mean[i] = Stats.mean(c);
            sd[i] = Stats.sd(c);
            count[i] = Stats.count(c);
        }
        return new PoolStats(best, mean, sd, count);
    }
}
