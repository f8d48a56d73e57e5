package io.qqhi.compute;

import java.util.LinkedHashMap;
import java.util.Map;

import io.qqhi.framework.Benchmarks;
import io.qqhi.framework.Framework;

/**
 * The benchmarks of a comparable series from its base period's run (docs/methods.md, comparable
 * mode): per pool and leaf the lowest and highest value that was normalised (after imputation and
 * outlier treatment), i.e. the x_s and x_h the base period's own 功效系数 used.
 */
public final class BaseBenchmarks {
    private BaseBenchmarks() {
    }

    public static Benchmarks of(IndexResult base, String period) {
        Framework fw = base.framework();
        Map<String, Map<String, double[]>> byPool = new LinkedHashMap<>();
        for (PoolResult p : base.pools()) {
            Map<String, double[]> leaves = new LinkedHashMap<>();
            for (int j = 0; j < p.leafNodes().length; j++) {
                if (!p.active()[p.leafNodes()[j]]) continue;
                double[] treated = p.leafTreated()[j];
                if (Stats.count(treated) > 0) leaves.put(fw.node(p.leafNodes()[j]).id(), new double[] {Stats.min(treated), Stats.max(treated)});
            }
            byPool.put(p.pool(), leaves);
        }
        return new Benchmarks(period, byPool);
    }
}
