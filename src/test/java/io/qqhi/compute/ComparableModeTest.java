package io.qqhi.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.qqhi.framework.Framework;
import io.qqhi.framework.FrameworkLoader;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Settings;

/**
 * Comparable mode (docs/methods.md): with benchmarks fixed at a base period a unit that changes
 * nothing keeps its score when only the others change; with each period's own pool benchmarks
 * the same unit's score moves — the artefact comparable mode exists to remove. Values by hand from
 * d = 60 + 40·(x − x_s)/(x_h − x_s).
 */
class ComparableModeTest {
    static Framework fw(String benchmarks) {
        Problems p = new Problems();
        Framework f = new FrameworkLoader(p).loadText("t.yaml", """
                index: {id: X}
                method:
                  normalise: {method: efficacy, floor: 60, span: 40, benchmarks: %s}
                tree:
                  - {id: a1, weight: 1, direction: +}
                  - {id: a2, weight: 1, direction: '-'}
                """.formatted(benchmarks));
        assertNotNull(f, () -> p.all().toString());
        return f;
    }

    /** Base period: a1 = 10, 20, 30; a2 = 5, 1, 9. */
    static final double[][] BASE = {{10, 5}, {20, 1}, {30, 9}};
    /** Next period: u0 unchanged, u1 and u2 both improve a lot (u2's a1 passes the base's best). */
    static final double[][] NEXT = {{10, 5}, {28, 2}, {40, 3}};

    @Test
    void anUnchangedUnitKeepsItsScoreOnBaseBenchmarksButNotOnPoolBenchmarks() {
        Framework pool = fw("pool");
        PoolResult baseRun = Pipeline.run(pool, PipelineTest.data(pool, new String[] {"p", "p", "p"}, BASE), pool.settings()).pools().get(0);
        // u0: a1 10 is the worst (60); a2 5 is midway between best 1 and worst 9 (80); index 70
        assertEquals(70, baseRun.scores()[0][0], 1e-12);
        PoolResult poolNext = Pipeline.run(pool, PipelineTest.data(pool, new String[] {"p", "p", "p"}, NEXT), pool.settings()).pools().get(0);
        // next period, pool benchmarks: a1 still the worst (60); a2 5 is now the worst too (60): index 60
        assertEquals(60, poolNext.scores()[0][0], 1e-12);
        assertNotEquals(baseRun.scores()[0][0], poolNext.scores()[0][0], "the artefact: a score change with nothing changed");

        Framework comparable = fw("base:2025H2");
        IndexResult baseResult = Pipeline.run(pool, PipelineTest.data(pool, new String[] {"p", "p", "p"}, BASE), pool.settings());
        Settings s = comparable.settings().withBase(BaseBenchmarks.of(baseResult, "2025H2"));
        PoolResult next = Pipeline.run(comparable, PipelineTest.data(comparable, new String[] {"p", "p", "p"}, NEXT), s).pools().get(0);
        assertEquals(70, next.scores()[0][0], 1e-12, "fixed benchmarks: the same values give the same score");
        // u2's a1 = 40 is beyond the base's best (30): scored at the end (100) and reported
        assertEquals(100, next.scores()[2][comparable.indexOf("a1")], 1e-12);
        assertTrue(next.adjustments().stream().anyMatch(a -> a.step().equals("base-clip") && a.unit().equals("u2") && a.leaf().equals("a1")));
        // u1: a1 28 → 60 + 40·18/20 = 96; a2 2 → 60 + 40·(9 − 2)/(9 − 1) = 95; index 95.5
        assertEquals(95.5, next.scores()[1][0], 1e-12);
    }

    @Test
    void baseShorthandSetsBothParameters() {
        Settings s = fw("pool").settings().with(Map.of("normalise.benchmarks", "base:2025H2"));
        assertEquals("base", s.normalise().text("benchmarks"));
        assertEquals("2025H2", s.basePeriod());
    }

    /**
     * The earlier period on this period's yardstick (docs/methods.md, change over periods), by
     * hand: this period a1 = 20, 20, 40 (x_s 20, x_h 40); the earlier a1 = 10, 20, 30 scores
     * 60 (10 is below 20: the end), 60, 80 — so u1, whose value stood still, changes by 0, and
     * u2, up by 10, by +20. On each period's own benchmarks u1 would have fallen 20 points.
     */
    @Test
    void anEarlierPeriodOnThisPeriodsBenchmarksMeasuresWhatThePlacesDid() {
        Framework f = new FrameworkLoader(new Problems()).loadText("t.yaml", """
                index: {id: X}
                method:
                  normalise: {method: efficacy, floor: 60, span: 40}
                tree:
                  - {id: a1, weight: 1, direction: +}
                """);
        String[] pools = {"p", "p", "p"};
        IndexResult now = Pipeline.run(f, PipelineTest.data(f, pools, new double[][] {{20}, {20}, {40}}), f.settings());
        double[][] earlier = {{10}, {20}, {30}};
        Settings s = Yardstick.forEarlier(f.settings(), now, "2026H1");
        PoolResult before = Pipeline.run(f.withSettings(s), PipelineTest.data(f, pools, earlier), s).pools().get(0);
        assertEquals(60, before.scores()[0][0], 1e-12);
        assertEquals(60, before.scores()[1][0], 1e-12);
        assertEquals(80, before.scores()[2][0], 1e-12);
        PoolResult own = Pipeline.run(f, PipelineTest.data(f, pools, earlier), f.settings()).pools().get(0);
        assertEquals(80, own.scores()[1][0], 1e-12, "on its own benchmarks u1 scored 80 then, 60 now");
        assertEquals(Yardstick.Kind.FIXED, Yardstick.of(fw("base:2025H2").settings()));
        assertEquals(Yardstick.Kind.NONE, Yardstick.of(f.settings().with(Map.of("normalise.method", "zscore"))));
        // min–max 0–100 is the same formula: the earlier 10, 20, 30 on this period's 20…40 score 0, 0, 50
        Settings mm = f.settings().with(Map.of("normalise.method", "minmax"));
        IndexResult nowMm = Pipeline.run(f.withSettings(mm), PipelineTest.data(f, pools, new double[][] {{20}, {20}, {40}}), mm);
        Settings onNow = Yardstick.forEarlier(mm, nowMm, "2026H1");
        PoolResult beforeMm = Pipeline.run(f.withSettings(onNow), PipelineTest.data(f, pools, earlier), onNow).pools().get(0);
        assertEquals(0, beforeMm.scores()[0][0], 1e-12);
        assertEquals(0, beforeMm.scores()[1][0], 1e-12);
        assertEquals(50, beforeMm.scores()[2][0], 1e-12);
    }
}
