package io.qqhi.compute;

import java.util.stream.IntStream;

/**
 * Ranks every node of the pool (docs/methods.md, ranks): a leaf on its normalised column, an
 * aggregate on its scores; on every node without the units below the availability screen.
 */
final class RankStage implements PoolStage {
    @Override
    public void apply(PoolRun r) {
        int n = r.fw.size();
        int m = r.m;
        // an aggregate's column taken out of the rows in one pass; a leaf's is its normalised column
        double[][] byNode = new double[n][];
        for (int i = 0; i < n; i++) if (r.active[i] && !r.fw.node(i).isLeaf()) byNode[i] = new double[m];
        for (int u = 0; u < m; u++) {
            double[] row = r.scores[u];
            for (int i = 0; i < n; i++) if (byNode[i] != null) byNode[i][u] = row[i];
        }
        for (int j = 0; j < r.leafCount(); j++) if (r.isActive(j)) byNode[r.leafNodes[j]] = r.nor[j];
        int[][] nodeRanks = new int[n][];
        // nodes rank independently: a national pool's 50 columns of 40,000 share the cores
        IntStream nodes = IntStream.range(0, n);
        (m >= Pipeline.PARALLEL ? nodes.parallel() : nodes).forEach(i -> {
            if (byNode[i] != null) {
                // a unit below the availability screen (不参与排名) has no rank on any node, and counts in no one else's
                nodeRanks[i] = Ranker.rank(ScreenStage.screened(byNode[i], r.present, r.settings.minShare()));
            }
        });
        r.ranks = new int[m][];
        for (int u = 0; u < m; u++) {
            int[] row = new int[n];
            for (int i = 0; i < n; i++) if (nodeRanks[i] != null) row[i] = nodeRanks[i][u];
            r.ranks[u] = row;
        }
    }
}
