package io.qqhi.analysis;

import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;

/**
 * A unit's effective weights: each node's share of the unit's index, the product down the tree of
 * its weight renormalised over the siblings the unit actually has (missing children are dropped,
 * as in aggregation). Under the arithmetic mean Σ leaves (weight × score) equals the index exactly.
 */
public final class EffectiveWeights {
    private final PoolResult pool;
    private final int[][] children;
    private final double[] weight;

    /** The pool's tree and weights, looked up once for all its units (a national pool has 40,000). */
    private EffectiveWeights(Framework fw, PoolResult pool) {
        this.pool = pool;
        int n = fw.size();
        children = new int[n][];
        weight = new double[n];
        for (int i = 0; i < n; i++) {
            children[i] = fw.children(i);
            weight[i] = fw.node(i).weight();
        }
    }

    public static EffectiveWeights of(Framework fw, PoolResult pool) {
        return new EffectiveWeights(fw, pool);
    }

    public static double[] forUnit(Framework fw, PoolResult p, int u) {
        return of(fw, p).forUnit(u);
    }

    public double[] forUnit(int u) {
        double[] s = pool.scores()[u];
        boolean[] active = pool.active();
        double[] w = new double[weight.length];
        w[0] = Double.isNaN(s[0]) ? 0 : 1;
        for (int i = 0; i < weight.length; i++) {
            int[] cs = children[i];
            double sum = 0;
            for (int c : cs) if (active[c] && !Double.isNaN(s[c])) sum += weight[c];
            for (int c : cs) w[c] = active[c] && !Double.isNaN(s[c]) && sum > 0 ? w[i] * weight[c] / sum : 0;
        }
        return w;
    }
}
