package io.qqhi.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.qqhi.framework.Framework;
import io.qqhi.framework.FrameworkLoader;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Settings;

/**
 * One scale per run (docs/methods.md): a 扣分制 leaf's scores share the run's scale, tiers whose
 * cut-offs assume a scale are not applied on another, and a leaf method on another scale is refused.
 * Expected values are worked by hand from the formulas there.
 */
class ScaleTest {
    static final double NaN = Double.NaN;

    static Framework fw(String method, String extraLeaf) {
        Problems p = new Problems();
        Framework f = new FrameworkLoader(p).loadText("t.yaml", """
                index: {id: X}
                method:
                  normalise: %s
                  tiers: {method: cutoffs, scale: [60, 100], bands: [{name: 优秀, min: 90}, {name: 较差}]}
                tree:
                  - {id: a1, weight: 1, direction: +}
                  - {id: d1, weight: 1, direction: '-', normalise: {method: deduction, base: 100, per_case: 20, floor: 0}}
                %s""".formatted(method, extraLeaf));
        assertNotNull(f, () -> p.all().toString());
        return f;
    }

    /** a1 = 0, 5, 10; d1 (events) = 0, 1, 6. */
    static final double[][] V = {{0, 0}, {5, 1}, {10, 6}};

    static PoolResult run(Framework f, Settings s) {
        IndexResult r = Pipeline.run(f, PipelineTest.data(f, new String[] {"p", "p", "p"}, V), s);
        assertTrue(!r.hasErrors(), () -> r.problems().toString());
        return r.pools().get(0);
    }

    @Test
    void deductionMovesOntoTheEfficacyScale() {
        Framework f = fw("{method: efficacy, floor: 60, span: 40}", "");
        PoolResult p = run(f, f.settings());
        int d1 = f.indexOf("d1");
        // deduction 100, 80, 0 (floor) → 60 + 40·d/100 = 100, 92, 60
        assertEquals(100, p.scores()[0][d1], 1e-12);
        assertEquals(92, p.scores()[1][d1], 1e-12);
        assertEquals(60, p.scores()[2][d1], 1e-12);
        // a1 on 60, 80, 100; index = mean: 80, 86, 80
        assertEquals(80, p.scores()[0][0], 1e-12);
        assertEquals(86, p.scores()[1][0], 1e-12);
        assertEquals("较差", p.tiers()[0], "cut-offs declared for 60–100 apply on 60–100");
    }

    @Test
    void deductionMovesOntoTheMinMaxScaleAndTiersAreNotApplied() {
        Framework f = fw("{method: minmax, low: 0, high: 100}", "");
        PoolResult p = run(f, f.settings());
        int d1 = f.indexOf("d1");
        assertEquals(80, p.scores()[1][d1], 1e-12, "0 + 100·80/100");
        assertNull(p.tiers()[0], "cut-offs for 60–100 mean nothing on 0–100");
        assertTrue(p.problems().stream().anyMatch(x -> "tiers.scale-mismatch".equals(x.code())));
    }

    @Test
    void underZScoresTheDeductionLeafIsStandardisedLikeAnyOther() {
        Framework f = fw("{method: zscore}", "");
        PoolResult p = run(f, f.settings());
        int d1 = f.indexOf("d1");
        // −events = 0, −1, −6: mean −7/3, sample sd √(31/3) → z = (x + 7/3)/√(31/3)
        double sd = Math.sqrt(31.0 / 3);
        assertEquals((0 + 7.0 / 3) / sd, p.scores()[0][d1], 1e-12);
        assertEquals((-6 + 7.0 / 3) / sd, p.scores()[2][d1], 1e-12);
        assertTrue(p.problems().stream().anyMatch(x -> "scale.deduction-unbounded".equals(x.code())));
        assertNull(p.tiers()[0]);
    }

    @Test
    void aLeafMethodOnAnotherScaleIsRefused() {
        Framework f = fw("{method: zscore}",
                "  - {id: e1, weight: 1, direction: +, normalise: {method: efficacy, floor: 60, span: 40}}");
        double[][] v = {{0, 0, 1}, {5, 1, 2}, {10, 6, 3}};
        IndexResult r = Pipeline.run(f, PipelineTest.data(f, new String[] {"p", "p", "p"}, v), f.settings());
        Problem e = r.problems().stream().filter(x -> "scale.mismatch".equals(x.code())).findFirst().orElse(null);
        assertNotNull(e, () -> r.problems().toString());
        assertTrue(e.isError());
        assertEquals("e1", e.node());
        assertEquals("t.yaml", e.file());
    }

    @Test
    void percentileRanksTakeTheGivenScale() {
        Framework f = fw("{method: prank, low: 60, high: 100}", "");
        PoolResult p = run(f, f.settings());
        // a1 ranks 1, 2, 3 of 3 → 60, 80, 100
        assertEquals(80, p.scores()[1][f.indexOf("a1")], 1e-12);
        // unit 2: a1 100, d1 60 (six events) → index 80, below 90
        assertEquals("较差", p.tiers()[2], "prank 60–100 is the cut-offs' scale, so tiers are given");
    }
}
