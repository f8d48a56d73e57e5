package io.qqhi.compute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.qqhi.framework.Framework;
import io.qqhi.framework.MethodSpec;
import io.qqhi.framework.Node;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Settings;
import io.qqhi.input.UnitRecord;

/**
 * Aggregation unit by unit, when every aggregate's method scores each unit from its own children
 * ({@link UnitwiseAggregator}; not Copeland, which compares units): each unit's row of scores is
 * filled bottom-up while it is in cache, instead of copying every node's children out of 40,000
 * rows into a matrix. Same arithmetic in the same order as {@link Pipeline#aggregate}'s matrix
 * path, so the same scores to the last bit; refusals are reported node by node in unit order.
 */
final class RowAggregation {
    private RowAggregation() {
    }

    /** Whether every active aggregate node's method is unitwise (filling {@code aggregators}). */
    static boolean applies(Framework fw, Settings settings, boolean[] active, Map<MethodSpec, Aggregator> aggregators) {
        for (int i = 0; i < fw.size(); i++) {
            Node node = fw.node(i);
            if (node.isLeaf() || !active[i]) continue;
            MethodSpec as = node.aggregate() != null ? node.aggregate() : settings.aggregate();
            if (!(aggregators.computeIfAbsent(as, Methods::aggregator) instanceof UnitwiseAggregator)) return false;
        }
        return true;
    }

    static void run(Framework fw, double[] weights, Settings settings, String pool, List<UnitRecord> units, boolean[] active,
                    double[][] scores, List<Problem> problems, Map<MethodSpec, Aggregator> aggregators, boolean parallel) {
        int m = units.size();
        double threshold = settings.missingThreshold();
        // the aggregate nodes in reverse pre-order (every child before its parent), with their active children
        List<Integer> order = new ArrayList<>();
        for (int i = fw.size() - 1; i >= 0; i--) if (!fw.node(i).isLeaf() && active[i]) order.add(i);
        int a = order.size();
        int[] nodes = new int[a];
        int[][] children = new int[a][];
        double[][] childWeights = new double[a][];
        UnitwiseAggregator[] method = new UnitwiseAggregator[a];
        int widest = 1;
        for (int x = 0; x < a; x++) {
            int i = order.get(x);
            nodes[x] = i;
            children[x] = Arrays.stream(fw.children(i)).filter(c -> active[c]).toArray();
            childWeights[x] = new double[children[x].length];
            for (int j = 0; j < children[x].length; j++) childWeights[x][j] = weights[children[x][j]];
            Node node = fw.node(i);
            method[x] = (UnitwiseAggregator) aggregators.get(node.aggregate() != null ? node.aggregate() : settings.aggregate());
            widest = Math.max(widest, children[x].length);
        }
        int width = widest;
        int chunks = parallel ? Math.max(1, Math.min(64, m / 1000)) : 1;
        // refused units per chunk and node, joined in chunk order: unit order, whatever the threads
        @SuppressWarnings("unchecked")
        List<String>[][] refused = new List[chunks][a];
        IntStream range = IntStream.range(0, chunks);
        (parallel ? range.parallel() : range).forEach(c -> {
            double[] v = new double[width];
            double[] w = new double[width];
            int[] present = new int[1];
            boolean[] refusedFlag = new boolean[1];
            for (int u = (int) ((long) m * c / chunks); u < (long) m * (c + 1) / chunks; u++) {
                double[] row = scores[u];
                for (int x = 0; x < a; x++) {
                    double r = method[x].one(row, children[x], childWeights[x], v, w, present, refusedFlag);
                    if (refusedFlag[0]) {
                        if (refused[c][x] == null) refused[c][x] = new ArrayList<>();
                        refused[c][x].add(units.get(u).code());
                    }
                    int k = children[x].length;
                    boolean enough = present[0] > 0 && (double) present[0] / k >= threshold;
                    row[nodes[x]] = enough ? r : Double.NaN;
                }
            }
        });
        for (int x = 0; x < a; x++) {
            List<String> all = new ArrayList<>();
            for (int c = 0; c < chunks; c++) if (refused[c][x] != null) all.addAll(refused[c][x]);
            if (all.isEmpty()) continue;
            Node node = fw.node(nodes[x]);
            MethodSpec as = node.aggregate() != null ? node.aggregate() : settings.aggregate();
            problems.add(AggregateStage.refusal(node, as, pool, all));
        }
    }
}
