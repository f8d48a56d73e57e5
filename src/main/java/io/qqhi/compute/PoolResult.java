package io.qqhi.compute;

import java.util.List;

import io.qqhi.framework.Problem;
import io.qqhi.input.UnitRecord;

/**
 * Everything computed for one comparison pool, kept stage by stage (COINr's named datasets) so
 * that explain and reports can show raw → denominated → imputed → treated → normalised →
 * aggregated for any unit. Leaf stages are held leaf by leaf, {@code leafRaw[j][u]} for leaf j
 * (framework leaf order) and unit u, as they are computed: a column at a time, which for 40,000
 * units is far quicker than across 40,000 separate rows; read them with {@link #raw(int, int)}
 * and the like. Scores and ranks are units × nodes (framework order, index first), as they are
 * read. NaN = missing, rank 0 = none.
 */
public record PoolResult(String pool, List<UnitRecord> units, int[] leafNodes, boolean[] active,
                         double[] localWeight, double[] globalWeight,
                         double[][] leafRaw, double[][] leafDenominated, double[][] leafImputed, double[][] leafTreated,
                         double[][] leafNormalised, double[][] scores, int[][] ranks, String[] tiers,
                         List<Adjustment> adjustments, List<Problem> problems, UnitNote[] notes) {

    /** What unit u's ranking notes (not ranked, survey too thin, missing leaves), or null when nothing is known. */
    public UnitNote note(int u) {
        return notes == null ? null : notes[u];
    }

    /** Unit u's raw value of leaf j (j: position among the leaves). */
    public double raw(int u, int j) {
        return leafRaw[j][u];
    }

    public double denominated(int u, int j) {
        return leafDenominated[j][u];
    }

    public double imputed(int u, int j) {
        return leafImputed[j][u];
    }

    public double treated(int u, int j) {
        return leafTreated[j][u];
    }

    public double normalised(int u, int j) {
        return leafNormalised[j][u];
    }

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
