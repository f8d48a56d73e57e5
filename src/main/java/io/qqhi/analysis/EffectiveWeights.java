package io.qqhi.analysis;

import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;

/**
 * A unit's effective weights: each node's share of the unit's index, the product down the tree of
 * its weight renormalised over the siblings the unit actually has (missing children are dropped,
 * as in aggregation). Under the arithmetic mean Σ leaves (weight × score) equals the index exactly.
 */
public final class EffectiveWeights {
    private EffectiveWeights() {
    }

    public static double[] forUnit(Framework fw, PoolResult p, int u) {
        double[] w = new double[fw.size()];
        w[0] = Double.isNaN(p.scores()[u][0]) ? 0 : 1;
        for (int i = 0; i < fw.size(); i++) {
            double sum = 0;
            for (int c : fw.children(i)) if (present(p, u, c)) sum += fw.node(c).weight();
            for (int c : fw.children(i)) {
                w[c] = present(p, u, c) && sum > 0 ? w[i] * fw.node(c).weight() / sum : 0;
            }
        }
        return w;
    }

    private static boolean present(PoolResult p, int u, int node) {
        return p.active()[node] && !Double.isNaN(p.scores()[u][node]);
    }
}
