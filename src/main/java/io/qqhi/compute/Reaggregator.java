package io.qqhi.compute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.qqhi.framework.Framework;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Settings;

/**
 * Re-ranks a computed index under other weights or another aggregation method without redoing
 * the leaf stages (denominate, impute, treat, normalise), which weights and aggregation do not
 * touch. Uncertainty analysis runs thousands of these; the aggregation itself is Pipeline's own.
 */
public final class Reaggregator {
    private final Framework fw;
    private final IndexResult prepared;
    private final int unitTotal;

    public Reaggregator(IndexResult prepared) {
        this.fw = prepared.framework();
        this.prepared = prepared;
        int n = 0;
        for (PoolResult p : prepared.pools()) n += p.unitCount();
        this.unitTotal = n;
    }

    /** The framework's weights by node position, the starting point for perturbations. */
    public double[] nominalWeights() {
        return AggregateStage.nodeWeights(fw);
    }

    /**
     * Index ranks of every unit, pools concatenated in the prepared result's order (0 = no
     * rank), with these node weights and the aggregation settings of {@code settings}.
     */
    public int[] indexRanks(double[] weights, Settings settings) {
        int[] out = new int[unitTotal];
        int k = 0;
        List<Problem> ignored = new ArrayList<>();
        for (PoolResult p : prepared.pools()) {
            int m = p.unitCount();
            double[][] scores = new double[m][];
            for (int u = 0; u < m; u++) {
                double[] row = new double[fw.size()];
                Arrays.fill(row, Double.NaN);
                for (int leaf : p.leafNodes()) row[leaf] = p.scores()[u][leaf];
                scores[u] = row;
            }
            AggregateStage.aggregate(fw, weights, settings, p.pool(), p.units(), p.active(), scores, ignored);
            ignored.clear();
            // a place the run itself left unranked (不参与排名: too little data) stays out of every replication's ranking
            double[] index = new double[m];
            for (int u = 0; u < m; u++) index[u] = p.ranks()[u][0] == 0 ? Double.NaN : scores[u][0];
            int[] r = Ranker.rank(index);
            System.arraycopy(r, 0, out, k, m);
            k += m;
        }
        return out;
    }

    /** The index ranks of the prepared run itself, in the same order as {@link #indexRanks}. */
    public int[] nominalRanks() {
        int[] out = new int[unitTotal];
        int k = 0;
        for (PoolResult p : prepared.pools()) for (int u = 0; u < p.unitCount(); u++) out[k++] = p.ranks()[u][0];
        return out;
    }
}
