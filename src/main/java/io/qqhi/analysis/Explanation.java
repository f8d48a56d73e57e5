package io.qqhi.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.input.UnitRecord;

/**
 * Why a unit ranks where it does: every node's score, rank, the pool's best and mean; and every
 * leaf's contribution (effective weight × score) and points lost (effective weight × (best −
 * score)), the index points the unit would gain by matching the pool's best on that leaf.
 */
public record Explanation(String pool, UnitRecord unit, int unitIndex, int poolSize, String tier, List<Row> nodes,
                          List<Row> leavesByLoss) {

    public record Row(int node, String id, String name, int level, double raw, double score, int rank, double best,
                      double mean, double weight, double contribution, double lost) {
    }

    /** The explanation for a unit given by code or name, or null when no pool has it. */
    public static Explanation of(IndexResult r, String unit) {
        for (PoolResult p : r.pools()) {
            for (int u = 0; u < p.unitCount(); u++) {
                UnitRecord rec = p.units().get(u);
                if (rec.code().equals(unit) || rec.displayName().equals(unit)) return build(r.framework(), p, u);
            }
        }
        return null;
    }

    static Explanation build(Framework fw, PoolResult p, int u) {
        PoolStats st = PoolStats.of(p);
        double[] w = EffectiveWeights.forUnit(fw, p, u);
        List<Row> nodes = new ArrayList<>();
        List<Row> leaves = new ArrayList<>();
        for (int i = 0; i < fw.size(); i++) {
            if (!p.active()[i]) continue;
            double s = p.scores()[u][i];
            boolean leaf = fw.node(i).isLeaf() && i > 0;
            double raw = leaf ? p.raw(u, p.leafPosition(i)) : Double.NaN;
            double contribution = Double.isNaN(s) ? 0 : w[i] * s;
            double lost = Double.isNaN(s) ? 0 : w[i] * (st.best()[i] - s);
            Row row = new Row(i, fw.node(i).id(), fw.node(i).displayName(), fw.depth(i), raw, s, p.ranks()[u][i],
                    st.best()[i], st.mean()[i], w[i], contribution, lost);
            nodes.add(row);
            if (leaf) leaves.add(row);
        }
        leaves.sort(Comparator.comparingDouble(Row::lost).reversed().thenComparingInt(Row::node));
        return new Explanation(p.pool(), p.units().get(u), u, p.unitCount(), p.tiers()[u], List.copyOf(nodes),
                List.copyOf(leaves));
    }
}
