package io.qqhi.compute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.qqhi.framework.Framework;
import io.qqhi.framework.MethodCatalog;
import io.qqhi.framework.MethodSpec;
import io.qqhi.framework.Node;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Settings;
import io.qqhi.framework.Severity;
import io.qqhi.framework.Text;
import io.qqhi.input.UnitRecord;

/**
 * Weights renormalised over the pool's active nodes, and the aggregates bottom-up from the leaves'
 * scores (docs/methods.md, aggregation). Re-aggregation for sensitivity analysis ({@link Reaggregator})
 * goes through {@link #aggregate} too, so what-if runs aggregate exactly as a run does.
 */
final class AggregateStage implements PoolStage {
    @Override
    public void apply(PoolRun r) {
        int n = r.fw.size();
        // scores unit by unit, leaves first (rows allocated one by one: a two-dimensional allocation
        // goes through a slow runtime call)
        double[][] scores = new double[r.m][];
        for (int u = 0; u < r.m; u++) {
            double[] row = new double[n];
            Arrays.fill(row, Double.NaN);
            for (int j = 0; j < r.leafCount(); j++) row[r.leafNodes[j]] = r.nor[j][u];
            scores[u] = row;
        }
        r.localWeight = new double[n];
        r.globalWeight = new double[n];
        poolWeights(r.fw, r.active, r.localWeight, r.globalWeight);
        aggregate(r.fw, nodeWeights(r.fw), r.settings, r.pool, r.units, r.active, scores, r.problems);
        r.scores = scores;
    }

    /** Weights renormalised over the nodes active in the pool, and their products down the tree. */
    static void poolWeights(Framework fw, boolean[] active, double[] local, double[] global) {
        global[0] = 1;
        local[0] = 1;
        for (int i = 0; i < fw.size(); i++) {
            double sum = 0;
            for (int c : fw.children(i)) if (active[c]) sum += fw.node(c).weight();
            for (int c : fw.children(i)) {
                local[c] = active[c] && sum > 0 ? fw.node(c).weight() / sum : 0;
                global[c] = global[i] * local[c];
            }
        }
    }

    /** Each node's weight as written (or overlaid), by framework position. */
    static double[] nodeWeights(Framework fw) {
        double[] w = new double[fw.size()];
        for (int i = 0; i < w.length; i++) w[i] = fw.node(i).weight();
        return w;
    }

    /** Fills the aggregate columns of {@code scores} bottom-up from its leaf columns, with the given node weights. */
    static void aggregate(Framework fw, double[] weights, Settings settings, String pool, List<UnitRecord> units,
                          boolean[] active, double[][] scores, List<Problem> problems) {
        Map<MethodSpec, Aggregator> aggregators = new IdentityHashMap<>();
        if (RowAggregation.applies(fw, settings, active, aggregators)) {
            RowAggregation.run(fw, weights, settings, pool, units, active, scores, problems, aggregators,
                    units.size() >= Pipeline.PARALLEL);
            return;
        }
        // reverse pre-order visits every child before its parent
        for (int i = fw.size() - 1; i >= 0; i--) {
            if (!fw.node(i).isLeaf() && active[i]) node(fw, i, weights, settings, pool, units, active, scores, problems, aggregators);
        }
    }

    /** One aggregate's column from its active children's, missing where too few of them are present. */
    private static void node(Framework fw, int i, double[] weights, Settings settings, String pool, List<UnitRecord> units,
                             boolean[] active, double[][] scores, List<Problem> problems, Map<MethodSpec, Aggregator> made) {
        int m = units.size();
        Node node = fw.node(i);
        int[] ch = Arrays.stream(fw.children(i)).filter(c -> active[c]).toArray();
        int k = ch.length;
        double[] w = new double[k];
        for (int j = 0; j < k; j++) w[j] = weights[ch[j]];
        double[][] v = new double[m][k];
        for (int u = 0; u < m; u++) for (int j = 0; j < k; j++) v[u][j] = scores[u][ch[j]];
        MethodSpec as = node.aggregate() != null ? node.aggregate() : settings.aggregate();
        double[] out = new double[m];
        List<String> refused = new ArrayList<>();
        made.computeIfAbsent(as, Methods::aggregator).aggregate(v, w, out, u -> refused.add(units.get(u).code()));
        if (!refused.isEmpty()) problems.add(refusal(node, as, pool, refused));
        double threshold = settings.missingThreshold();
        for (int u = 0; u < m; u++) {
            int present = 0;
            for (int j = 0; j < k; j++) if (!Double.isNaN(v[u][j])) present++;
            boolean enough = present > 0 && (double) present / k >= threshold;
            scores[u][i] = enough ? out[u] : Double.NaN;
        }
    }

    /** The error for units whose values an aggregation method cannot take (e.g. geometric on zeros), by code. */
    static Problem refusal(Node node, MethodSpec as, String pool, List<String> refused) {
        return new Problem(Severity.ERROR, null, 0, 0, null, node.id(), Text.of("aggregate.refused", as.method(),
                String.valueOf(refused.size()), pool, String.join("、", refused), domain(as)));
    }

    /** A sentence on what values a method cannot take, for refusal messages. */
    private static String domain(MethodSpec as) {
        MethodCatalog.MethodDef d = MethodCatalog.def(MethodCatalog.Step.AGGREGATE, as.method());
        return Text.of(d == null || d.domain() == null ? "aggregate.domain.other" : d.domain());
    }
}
