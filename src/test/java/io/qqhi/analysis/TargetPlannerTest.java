package io.qqhi.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.qqhi.analysis.TargetPlanner.Options;
import io.qqhi.analysis.TargetPlanner.Plan;
import io.qqhi.analysis.TargetPlanner.Target;
import io.qqhi.compute.IndexResult;
import io.qqhi.compute.Pipeline;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.framework.FrameworkLoader;
import io.qqhi.framework.Node;
import io.qqhi.framework.Problems;
import io.qqhi.input.Dataset;
import io.qqhi.input.InputLoader;
import io.qqhi.input.UnitRecord;

/**
 * The least improvement plan (docs/methods.md, targets). The small pool's answers are worked by
 * hand from the 功效系数 formula d = 60 + 40·(x − x_s)/(x_h − x_s) with pool benchmarks; the
 * sample-data cases are checked by applying each plan to the data and recomputing everything.
 */
class TargetPlannerTest {
    static Framework small(String extra) {
        Problems p = new Problems();
        Framework f = new FrameworkLoader(p).loadText("t.yaml", """
                index: {id: X}
                method:
                  normalise: {method: efficacy, floor: 60, span: 40, benchmarks: pool}
                  tiers: {method: cutoffs, scale: [60, 100], bands: [{name: 优秀, min: 90}, {name: 良好, min: 80}, {name: 一般}]}
                tree:
                  - {id: L1, weight: 1, direction: +, range: [0, 100]}
                  - {id: L2, weight: 1, direction: +, range: [0, 100]}
                %s""".formatted(extra));
        assertNotNull(f, () -> p.all().toString());
        return f;
    }

    static Dataset data(Framework fw, double[][] v) {
        List<UnitRecord> units = new ArrayList<>();
        for (int i = 0; i < v.length; i++) units.add(new UnitRecord(String.valueOf((char) ('A' + i)), "单位" + i, null, "p", null, Map.of()));
        List<String> ids = new ArrayList<>();
        for (int l : fw.leaves()) ids.add(fw.node(l).id());
        return new Dataset("test", units, ids, v);
    }

    /** L1 = 20, 60, 100 and L2 = 60, 0, 100 for A, B, C: A scores 60 and 84, index 72. */
    static final double[][] V = {{20, 60}, {60, 0}, {100, 100}};

    /** A lever of a large pool is tried at 64 evenly spread values, its feasible end always among them. */
    @Test
    void aLargePoolsBreakpointsAreThinnedEvenly() {
        double[] sorted = new double[1000];
        for (int k = 0; k < sorted.length; k++) sorted[k] = k;
        double[] t = TargetSearch.thinned(sorted);
        assertEquals(TargetSearch.MAX_BREAKPOINTS, t.length);
        assertEquals(0, t[0]);
        assertEquals(999, t[t.length - 1]);
        double[] few = {1, 2, 3};
        assertEquals(few, TargetSearch.thinned(few), "a city's pool keeps every breakpoint");
    }

    @Test
    void theCheapestPlanIsFoundWhereAGreedyStepWouldMisleadIt() {
        Framework f = small("");
        // To 80: L2 alone needs 60 → 100 (score 100), cost 40/100 = 0.4. L1 alone needs 76 (A is the
        // pool's worst on L1, so its score stays 60 until it passes B's 60; above, d = x), cost
        // 56/80 = 0.7; any mix pays L1's dead 40 points (0.5) first. The least plan is L2 to 100.
        Plan p = TargetPlanner.plan(f, data(f, V), f.settings(), "A", Target.score(80), Options.defaults());
        assertTrue(p.reachable());
        assertEquals(72, p.before().index(), 1e-9);
        assertEquals(1, p.changes().size(), p.changes()::toString);
        assertEquals("L2", p.changes().get(0).leaf());
        assertEquals(100, p.changes().get(0).to(), 1e-9);
        assertEquals(80, p.after().index(), 1e-9);
        assertEquals(8, p.changes().get(0).points(), 1e-9, "half the weight × (100 − 84)");
        // single-leaf answers: L2 to 100 (cheaper), L1 to 76
        assertEquals("L2", p.singles().get(0).leaf());
        assertEquals(100, p.singles().get(0).to(), 1e-9);
        assertEquals("L1", p.singles().get(1).leaf());
        assertEquals(76, p.singles().get(1).to(), 1e-9);
    }

    @Test
    void aTierTargetMeansItsMinimumAndARankTargetMeansDrawingLevel() {
        Framework f = small("");
        Plan tier = TargetPlanner.plan(f, data(f, V), f.settings(), "A", Target.tier("良好"), Options.defaults());
        assertEquals(80, tier.threshold(), 0);
        assertEquals("良好", tier.after().tier());
        // B: L1 60 → score 60 + 40·40/80 = 80, L2 0 → 60; index 70, rank 3 (A 72, C 100). Rank 2 means
        // passing A's 72: +2 index points = +4 on one leaf. L1 needs 60 + 4·80/40 = 68 (cost 8/80 = 0.1);
        // L2 is B's worst, so raising it lifts the benchmark with it until it passes A's 60 (cost ≥ 0.6).
        Plan rank = TargetPlanner.plan(f, data(f, V), f.settings(), "B", Target.rank(2), Options.defaults());
        assertTrue(rank.reachable());
        assertEquals(2, rank.after().rank());
        assertEquals(1, rank.changes().size());
        assertEquals("L1", rank.changes().get(0).leaf());
        assertEquals(68, rank.changes().get(0).to(), 1e-9, "ties share a rank: level with A is enough");
    }

    @Test
    void anUnreachableTargetGivesTheClosestPlanAndItsResult() {
        Framework f = small("");
        // only L2, at most 20 % of its range (20 points): 60 → 80, score 92, index 76 — short of 95
        Plan p = TargetPlanner.plan(f, data(f, V), f.settings(), "A", Target.score(95),
                new Options(List.of("L2"), 20.0, TargetPlanner.Objective.SCALED));
        assertFalse(p.reachable());
        assertEquals("closest", p.reason());
        assertEquals(76, p.after().index(), 1e-9);
        assertEquals(80, p.changes().get(0).to(), 1e-9);
        assertTrue(p.singles().stream().allMatch(s -> s.to() == null));
    }

    @Test
    void negativeEventsAreNotLeversUnlessTheLeafSaysSo() {
        String deduction = "  - {id: D1, weight: 1, direction: '-', normalise: {method: deduction, base: 100, per_case: 20, floor: 0}%s}";
        Framework f = small(deduction.formatted(""));
        double[][] v = {{20, 60, 2}, {60, 0, 0}, {100, 100, 0}};
        Plan p = TargetPlanner.plan(f, data(f, v), f.settings(), "A", Target.score(90), Options.defaults());
        assertEquals(List.of("D1"), p.fixed());
        assertTrue(p.changes().stream().noneMatch(c -> c.leaf().equals("D1")));
        Framework g = small(deduction.formatted(", lever: true"));
        Plan q = TargetPlanner.plan(g, data(g, v), g.settings(), "A", Target.score(90), Options.defaults());
        assertTrue(q.fixed().isEmpty());
    }

    // ---- the sample data ----------------------------------------------------------------------

    @Test
    void everyDistrictsPlanReachesItsTargetWhenAppliedAndStaysFeasible() {
        Problems problems = new Problems();
        Framework fw = new FrameworkLoader(problems).load(Path.of("indicators.yaml"));
        Dataset data = InputLoader.load(fw, Path.of("sample-data"), null, null, "auto", false, problems).dataset();
        IndexResult base = Pipeline.run(fw, data, fw.settings());
        PoolResult districts = base.pool("district");
        int checked = 0;
        for (UnitRecord unit : districts.units()) {
            for (Target t : List.of(Target.tier("良好"), Target.tier("优秀"), Target.rank(1))) {
                Plan p = TargetPlanner.plan(fw, data, fw.settings(), unit.code(), t, Options.defaults());
                PoolResult after = Pipeline.run(fw, applied(data, unit.code(), p), fw.settings()).pool("district");
                int u = after.unitIndex(unit.code());
                String what = unit.code() + " " + t;
                assertEquals(p.after().index(), after.scores()[u][0], 1e-9, what + ": the plan's result is the recomputed one");
                if (p.reachable()) {
                    boolean reached = switch (t.kind()) {
                        case RANK -> after.ranks()[u][0] <= t.rank();
                        default -> t.tier().equals("良好") ? after.scores()[u][0] >= 80 : after.scores()[u][0] >= 90;
                    };
                    assertTrue(reached, what);
                }
                for (TargetPlanner.Change c : p.changes()) {
                    Node leaf = fw.node(c.node());
                    if (leaf.range() != null) assertTrue(leaf.range().contains(c.to()), what + " " + c);
                    assertTrue((c.to() - c.from()) * leaf.direction().sign > 0, what + ": every change is an improvement");
                }
                checked++;
            }
        }
        assertEquals(36, checked);
    }

    /** The data with the plan's leaf values written in for one unit. */
    static Dataset applied(Dataset d, String unit, Plan p) {
        double[][] v = new double[d.values().length][];
        for (int i = 0; i < v.length; i++) {
            v[i] = d.values()[i].clone();
            if (d.units().get(i).code().equals(unit)) {
                for (TargetPlanner.Change c : p.changes()) v[i][d.leafIds().indexOf(c.leaf())] = c.to();
            }
        }
        return new Dataset(d.source(), d.units(), d.leafIds(), v, d.missingWhy());
    }
}
