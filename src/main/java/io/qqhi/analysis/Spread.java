package io.qqhi.analysis;

import io.qqhi.compute.PoolResult;

/**
 * How far apart a pool's places are on one node (the per-dimension figures Zhejiang's 亲清指数
 * report publishes): mean, sample standard deviation, highest and lowest with the places that
 * hold them, range (极差 = max − min) and coefficient of variation (差异系数 = sd / mean).
 * Missing scores and places 不参与排名 are left out; ties for highest or lowest name the first place
 * in pool order.
 */
public record Spread(int node, int count, double mean, double sd, double max, int maxUnit, double min, int minUnit) {
    public static Spread of(PoolResult p, int node) {
        PoolStats st = PoolStats.of(p);
        return of(p, node, st);
    }

    /** With the pool's stats computed once for all nodes. */
    public static Spread of(PoolResult p, int node, PoolStats st) {
        int hi = -1;
        int lo = -1;
        for (int u = 0; u < p.unitCount(); u++) {
            double v = p.scores()[u][node];
            if (Double.isNaN(v) || !PoolStats.counted(p, u)) continue;
            if (hi < 0 || v > p.scores()[hi][node]) hi = u;
            if (lo < 0 || v < p.scores()[lo][node]) lo = u;
        }
        return new Spread(node, st.count()[node], st.mean()[node], st.sd()[node], hi < 0 ? Double.NaN : p.scores()[hi][node], hi,
                lo < 0 ? Double.NaN : p.scores()[lo][node], lo);
    }

    public double range() {
        return max - min;
    }

    /** sd / mean; NaN when the mean is 0 or there are fewer than two scores. */
    public double cv() {
        return mean == 0 ? Double.NaN : sd / mean;
    }
}
