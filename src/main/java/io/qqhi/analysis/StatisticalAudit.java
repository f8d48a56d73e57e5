package io.qqhi.analysis;

import java.util.ArrayList;
import java.util.List;

import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.compute.Stats;
import io.qqhi.framework.Framework;

/**
 * The JRC-style statistical audit of an index, per pool (OECD/JRC Handbook on constructing
 * composite indicators, 2008, §§ 4–6; thresholds as in COINr): indicator statistics on raw leaf
 * values, data availability per unit, correlations on normalised scores, Cronbach's α and the
 * first principal component of every aggregate.
 */
public record StatisticalAudit(List<LeafStat> leaves, List<UnitAvailability> units, List<Correlation> correlations,
                               List<Alpha> alphas, List<Pca> pcas, List<EffectiveWeight> effective) {
    /**
     * A leaf's nominal share of the index (the product of normalised weights down its path in the
     * pool) and what it really does to the index (its squared correlation with it); it "barely
     * matters" when its share is under half an equal share or r² under 0.05.
     */
    public record EffectiveWeight(String pool, String node, double globalWeight, double pearson, boolean barely) {
    }

    public static final double MIN_AVAILABILITY = 0.65;
    public static final double MAX_SKEW = 2;
    public static final double MAX_KURTOSIS = 3.5;
    public static final double COLLINEAR = 0.92;
    public static final double MIN_ALPHA = 0.7;

    public record LeafStat(String pool, String node, String name, int n, double share, double min, double max, double mean,
                           double median, double sd, double skew, double kurtosis) {
        public boolean flagAvailability() {
            return share < MIN_AVAILABILITY;
        }

        /** |skew| > 2 and kurtosis > 3.5 (the audit's flag; treatment uses ≥). */
        public boolean flagSkewKurtosis() {
            return Math.abs(skew) > MAX_SKEW && kurtosis > MAX_KURTOSIS;
        }
    }

    public record UnitAvailability(String pool, String unit, String name, double overall, List<String> dimensions,
                                   double[] byDimension) {
        public boolean flag() {
            return overall < MIN_AVAILABILITY;
        }
    }

    /** kind: parent, index or sibling; flag: negative (with the parent), collinear (siblings), or empty. */
    public record Correlation(String pool, String a, String b, String kind, double r, String flag) {
    }

    public record Alpha(String pool, String node, int k, double alpha) {
        public boolean flag() {
            return !Double.isNaN(alpha) && alpha < MIN_ALPHA;
        }
    }

    public record Pca(String pool, String node, int k, int n, double share, List<String> children, double[] loadings) {
    }

    public static StatisticalAudit of(IndexResult r) {
        Framework fw = r.framework();
        List<LeafStat> leaves = new ArrayList<>();
        List<UnitAvailability> units = new ArrayList<>();
        List<Correlation> cors = new ArrayList<>();
        List<Alpha> alphas = new ArrayList<>();
        List<Pca> pcas = new ArrayList<>();
        List<EffectiveWeight> effective = new ArrayList<>();
        for (PoolResult p : r.pools()) {
            effectiveWeights(fw, p, effective);
            leafStats(fw, p, leaves);
            availability(fw, p, units);
            aggregates(fw, p, cors, alphas, pcas);
        }
        return new StatisticalAudit(leaves, units, cors, alphas, pcas, effective);
    }

    /** Each leaf's weight in the index and its correlation with it; barely felt when small in both. */
    private static void effectiveWeights(Framework fw, PoolResult p, List<EffectiveWeight> effective) {
        int[] leafNodes = p.leafNodes();
        int activeLeaves = 0;
        for (int node : leafNodes) if (p.active()[node]) activeLeaves++;
        double[] index = p.column(0);
        for (int node : leafNodes) {
            if (!p.active()[node]) continue;
            double gw = p.globalWeight()[node];
            double rr = AuditStats.pearson(p.column(node), index);
            boolean barely = gw < 0.5 / activeLeaves || (!Double.isNaN(rr) && rr * rr < 0.05);
            effective.add(new EffectiveWeight(p.pool(), fw.node(node).id(), gw, rr, barely));
        }
    }

    /** Each leaf's raw statistics: count, share present, min, max, mean, median, sd, skew, kurtosis. */
    private static void leafStats(Framework fw, PoolResult p, List<LeafStat> leaves) {
        int m = p.unitCount();
        int[] leafNodes = p.leafNodes();
        for (int j = 0; j < leafNodes.length; j++) {
            int node = leafNodes[j];
            if (!p.active()[node]) continue;
            double[] raw = new double[m];
            for (int u = 0; u < m; u++) raw[u] = p.raw(u, j);
            int n = Stats.count(raw);
            leaves.add(new LeafStat(p.pool(), fw.node(node).id(), fw.node(node).displayName(), n, m == 0 ? 0 : (double) n / m,
                    Stats.min(raw), Stats.max(raw), Stats.mean(raw), Stats.median(raw), Stats.sd(raw), Stats.skew(raw),
                    Stats.kurtosis(raw)));
        }
    }

    /** Each unit's share of leaves present, overall and per level-1 dimension. */
    private static void availability(Framework fw, PoolResult p, List<UnitAvailability> units) {
        int m = p.unitCount();
        int[] leafNodes = p.leafNodes();
        List<String> dims = new ArrayList<>();
        List<Integer> dimNodes = new ArrayList<>();
        for (int c : fw.children(0)) {
            if (p.active()[c]) {
                dims.add(fw.node(c).id());
                dimNodes.add(c);
            }
        }
        for (int u = 0; u < m; u++) {
            int present = 0;
            int total = 0;
            int[] dp = new int[dims.size()];
            int[] dt = new int[dims.size()];
            for (int j = 0; j < leafNodes.length; j++) {
                int node = leafNodes[j];
                if (!p.active()[node]) continue;
                boolean has = !Double.isNaN(p.raw(u, j));
                total++;
                if (has) present++;
                int d = dimNodes.indexOf(levelOneAncestor(fw, node));
                if (d >= 0) {
                    dt[d]++;
                    if (has) dp[d]++;
                }
            }
            double[] byDim = new double[dims.size()];
            for (int d = 0; d < dims.size(); d++) byDim[d] = dt[d] == 0 ? Double.NaN : (double) dp[d] / dt[d];
            units.add(new UnitAvailability(p.pool(), p.units().get(u).code(), p.units().get(u).displayName(),
                    total == 0 ? Double.NaN : (double) present / total, dims, byDim));
        }
    }

    /** Per aggregate: correlations of its children with it, the index and each other; Cronbach's alpha; first PC. */
    private static void aggregates(Framework fw, PoolResult p, List<Correlation> cors, List<Alpha> alphas, List<Pca> pcas) {
        for (int i = 0; i < fw.size(); i++) {
            if (!p.active()[i] || fw.node(i).isLeaf()) continue;
            List<Integer> ch = new ArrayList<>();
            for (int c : fw.children(i)) if (p.active()[c]) ch.add(c);
            double[][] cols = new double[ch.size()][];
            for (int a = 0; a < ch.size(); a++) cols[a] = p.column(ch.get(a));
            double[] parent = p.column(i);
            for (int a = 0; a < ch.size(); a++) {
                if (fw.node(ch.get(a)).isLeaf()) {
                    double rp = AuditStats.pearson(cols[a], parent);
                    cors.add(new Correlation(p.pool(), fw.node(ch.get(a)).id(), fw.node(i).id(), "parent", rp, rp < 0 ? "negative" : ""));
                    if (i != 0) {
                        double ri = AuditStats.pearson(cols[a], p.column(0));
                        cors.add(new Correlation(p.pool(), fw.node(ch.get(a)).id(), fw.node(0).id(), "index", ri, ""));
                    }
                }
                for (int b = a + 1; b < ch.size(); b++) {
                    double rs = AuditStats.pearson(cols[a], cols[b]);
                    cors.add(new Correlation(p.pool(), fw.node(ch.get(a)).id(), fw.node(ch.get(b)).id(), "sibling", rs,
                            Math.abs(rs) > COLLINEAR ? "collinear" : ""));
                }
            }
            alphas.add(new Alpha(p.pool(), fw.node(i).id(), ch.size(), AuditStats.cronbach(cols)));
            if (ch.size() >= 3) {
                AuditStats.Component pc = AuditStats.firstComponent(cols);
                List<String> names = new ArrayList<>();
                for (int c : ch) names.add(fw.node(c).id());
                pcas.add(pc == null ? new Pca(p.pool(), fw.node(i).id(), ch.size(), 0, Double.NaN, names, new double[0])
                        : new Pca(p.pool(), fw.node(i).id(), ch.size(), pc.n(), pc.share(), names, pc.loadings()));
            }
        }
    }

    private static int levelOneAncestor(Framework fw, int node) {
        int i = node;
        while (i > 0 && fw.parent(i) != 0) i = fw.parent(i);
        return i;
    }
}
