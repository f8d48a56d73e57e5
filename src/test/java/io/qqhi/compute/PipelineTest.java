package io.qqhi.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.qqhi.framework.Framework;
import io.qqhi.framework.FrameworkLoader;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Settings;
import io.qqhi.framework.TierSpec;
import io.qqhi.input.Dataset;
import io.qqhi.input.UnitRecord;

/** The whole pipeline on tiny trees worked by hand: thresholds, overrides, pools, tiers, refusals. */
class PipelineTest {
    static final double NaN = Double.NaN;

    static Framework fw(String tree) {
        Problems p = new Problems();
        Framework f = new FrameworkLoader(p).loadText("t.yaml", "index: {id: X}\nmethod: {normalise: {method: minmax}}\ntree:\n" + tree);
        assertNotNull(f, () -> p.all().toString());
        return f;
    }

    static Dataset data(Framework fw, String[] pools, double[][] v) {
        List<UnitRecord> units = new ArrayList<>();
        for (int i = 0; i < v.length; i++) units.add(new UnitRecord("u" + i, "单位" + i, null, pools[i], null, Map.of("g", i % 2 == 0 ? "even" : "odd")));
        List<String> ids = new ArrayList<>();
        for (int l : fw.leaves()) ids.add(fw.node(l).id());
        return new Dataset("test", units, ids, v);
    }

    static final String TREE = """
              - id: A
                weight: 1
                children:
                  - {id: a1, weight: 1, direction: +}
                  - {id: a2, weight: 1, direction: +}
                  - {id: a3, weight: 1, direction: +, township: true}
              - id: B
                weight: 1
                children:
                  - {id: b1, weight: 1, direction: '-', township: true}
            """;

    @Test
    void thresholdCascadesUpTheLevels() {
        Framework f = fw(TREE);
        // u0 has only a3 under A (1 of 3 present); u1 and u2 complete
        double[][] v = {{NaN, NaN, 10, 1}, {0, 0, 0, 2}, {10, 10, 20, 3}};
        String[] pools = {"p", "p", "p"};
        IndexResult r = Pipeline.run(f, data(f, pools, v), f.settings().withMissingThreshold(0.5));
        PoolResult p = r.pools().get(0);
        int a = f.indexOf("A");
        assertTrue(Double.isNaN(p.scores()[0][a]), "A has 1 of 3 children, below 0.5");
        // index of u0 rests on B alone (1 of 2 children ≥ 0.5): b1 = 1 is the best (lower is better) → 100
        assertEquals(100, p.scores()[0][0], 1e-12);
        IndexResult strict = Pipeline.run(f, data(f, pools, v), f.settings().withMissingThreshold(0.75));
        assertTrue(Double.isNaN(strict.pools().get(0).scores()[0][0]), "1 of 2 children is below 0.75 at the index too");
        assertEquals(0, strict.pools().get(0).ranks()[0][0], "a missing score has no rank");
    }

    @Test
    void perNodeOverrideBeatsTheRunDefault() {
        Framework f = fw(TREE.replace("  - id: A\n                weight: 1\n", "  - id: A\n                weight: 1\n                aggregate: {method: median}\n"));
        double[][] v = {{0, 5, 10, 1}, {10, 0, 5, 2}, {5, 10, 0, 3}};
        PoolResult p = Pipeline.run(f, data(f, new String[] {"p", "p", "p"}, v), f.settings()).pools().get(0);
        // minmax per leaf gives each unit the scores {0, 50, 100} in some order; median 50
        int a = f.indexOf("A");
        for (int u = 0; u < 3; u++) assertEquals(50, p.scores()[u][a], 1e-12);
    }

    @Test
    void townshipsUseOnlyTheirLeavesWithRenormalisedWeights() {
        Framework f = fw(TREE);
        double[][] v = {{1, 2, 10, 1}, {3, 4, 20, 5}, {NaN, NaN, 30, 2}, {NaN, NaN, 0, 4}};
        String[] pools = {"district", "district", "township", "township"};
        IndexResult r = Pipeline.run(f, data(f, pools, v), f.settings());
        PoolResult t = r.pool("township");
        assertEquals(2, t.unitCount());
        int a = f.indexOf("A");
        assertTrue(!t.active()[f.indexOf("a1")] && t.active()[f.indexOf("a3")]);
        assertEquals(1.0, t.localWeight()[f.indexOf("a3")], 0, "a3 carries all of A for townships");
        // township u2: a3 = 30 (best) → 100; b1 = 2 (best, lower is better) → 100
        assertEquals(100, t.scores()[0][a], 1e-12);
        assertEquals(100, t.scores()[0][0], 1e-12);
        assertEquals(0, t.scores()[1][0], 1e-12);
        // districts are normalised among themselves: u1 has a1..a3 at the max → A = 100
        assertEquals(100, r.pool("district").scores()[1][a], 1e-12);
    }

    @Test
    void geometricOnZeroIsARefusalNamingUnitsAndNode() {
        Framework f = fw(TREE);
        double[][] v = {{0, 0, 0, 1}, {10, 10, 10, 2}};
        IndexResult r = Pipeline.run(f, data(f, new String[] {"p", "p"}, v), f.settings().with("aggregate.method", "geometric"));
        assertTrue(r.hasErrors());
        assertTrue(r.problems().stream().anyMatch(p -> p.isError() && "A".equals(p.node()) && p.message().contains("u0")),
                () -> r.problems().toString());
    }

    @Test
    void groupMeanImputationIsRecorded() {
        Framework f = fw(TREE);
        // units 0 and 2 are group "even": u0's a1 is filled with u2's a1 = 6
        double[][] v = {{NaN, 1, 1, 1}, {2, 2, 2, 2}, {6, 3, 3, 3}};
        Settings s = f.settings().with(Map.of("impute.method", "group-mean", "impute.group", "g"));
        PoolResult p = Pipeline.run(f, data(f, new String[] {"p", "p", "p"}, v), s).pools().get(0);
        assertEquals(6, p.imputed(0, 0), 0);
        assertEquals(1, p.adjustments().size());
        assertEquals("impute", p.adjustments().get(0).step());
    }

    @Test
    void tiersByCutoffsAndByQuantiles() {
        TierSpec cut = TierSpec.defaultCutoffs();
        assertArrayEquals(new String[] {"优秀", "良好", "一般", "较差", null},
                TierAssigner.assign(cut, new double[] {90, 89.99, 70, 10, NaN}, new int[] {1, 2, 3, 4, 0}));
        TierSpec q = new TierSpec("quantiles", List.of(new TierSpec.Band("一", null), new TierSpec.Band("二", null),
                new TierSpec.Band("三", null)));
        // 6 units, ranks 1,2,2,4,5,6 → bands ⌊(r−1)·3/6⌋ = 0,0,0,1,2,2
        assertArrayEquals(new String[] {"一", "一", "一", "二", "三", "三"},
                TierAssigner.assign(q, new double[] {9, 8, 8, 6, 5, 4}, new int[] {1, 2, 2, 4, 5, 6}));
    }
}
