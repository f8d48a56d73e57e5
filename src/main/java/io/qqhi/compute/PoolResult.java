package io.qqhi.compute;

import java.util.List;

import io.qqhi.framework.Problem;
import io.qqhi.input.UnitRecord;

/**
 * Everything computed for one comparison pool, kept stage by stage (COINr's named datasets) so
 * that explain and reports can show raw → denominated → imputed → treated → normalised →
 * aggregated for any unit. Leaf stages are units × leaves (framework leaf order); scores and
 * ranks are units × nodes (framework order, index first); NaN = missing, rank 0 = none.
 */
public record PoolResult(String pool, List<UnitRecord> units, int[] leafNodes, boolean[] active,
                         double[] localWeight, double[] globalWeight,
                         double[][] raw, double[][] denominated, double[][] imputed, double[][] treated,
                         double[][] normalised, double[][] scores, int[][] ranks, String[] tiers,
                         List<Adjustment> adjustments, List<Problem> problems) {

    public int unitCount() {
        return units.size();
    }

    public int unitIndex(String code) {
        for (int i = 0; i < units.size(); i++) if (units.get(i).code().equals(code)) return i;
        return -1;
    }

    /** Position of a node among the leaves, or -1 if it is not a leaf. */
    public int leafPosition(int node) {
        for (int j = 0; j < leafNodes.length; j++) if (leafNodes[j] == node) return j;
        return -1;
    }

    /** One node's scores over the pool's units. */
    public double[] column(int node) {
        double[] c = new double[units.size()];
        for (int u = 0; u < c.length; u++) c[u] = scores[u][node];
        return c;
    }
}
