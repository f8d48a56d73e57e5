package io.qqhi.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.qqhi.compute.IndexResult;
import io.qqhi.compute.Pipeline;
import io.qqhi.framework.Framework;
import io.qqhi.framework.FrameworkLoader;
import io.qqhi.framework.Problems;
import io.qqhi.input.Dataset;
import io.qqhi.input.UnitRecord;

/**
 * Each short-board and strength rule on a hand-built pool. Goalposts 0–100 make a leaf's score its
 * raw value, so every threshold below can be checked by hand.
 */
class ShortboardRulesTest {
    static final String FW = """
            index: {id: X}
            method: {normalise: {method: goalposts, low: 0, high: 100}}
            shortboards: {levels: [2], below_mean_sd: 0.5, bottom_k: 1, gap_points: 20, pass_line: 60,
                          fall_places: 1, fall_points: 5, hard_negative: [b1]}
            strengths: {top_k: 1, above_score: 95, gain_places: 1, gain_points: 5}
            tree:
              - id: A
                weight: 1
                children:
                  - {id: a1, weight: 1, direction: +}
                  - {id: a2, weight: 1, direction: +}
              - id: B
                weight: 1
                children:
                  - {id: b1, weight: 1, direction: '-', normalise: {method: deduction, per_case: 20}}
            """;

    static Framework fw() {
        Problems p = new Problems();
        Framework f = new FrameworkLoader(p).loadText("sb.yaml", FW);
        assertNotNull(f, () -> p.all().toString());
        return f;
    }

    static IndexResult run(Framework f, double[][] v) {
        List<UnitRecord> units = new ArrayList<>();
        for (int i = 0; i < v.length; i++) units.add(new UnitRecord("u" + i, "单位" + i, null, "p", null, Map.of()));
        return Pipeline.run(f, new Dataset("t", units, List.of("a1", "a2", "b1"), v), f.settings());
    }

    static Map<String, List<String>> rules(List<ShortboardEntry> entries) {
        return entries.stream().collect(Collectors.toMap(e -> e.unit() + "/" + e.nodeId(),
                e -> e.rules().stream().map(r -> r.substring(0, r.indexOf(':'))).toList()));
    }

    @Test
    void eachRuleFiresExactlyAsWritten() {
        Framework f = fw();
        // a1 = 100, 80, 50, 10: mean 60, sample sd √(4600/3) = 39.158, mean − 0.5·sd = 40.42
        // a2 = 70 for all (nothing fires); b1 cases 0, 0, 1, 0 → 100, 100, 80, 100
        IndexResult now = run(f, new double[][] {{100, 70, 0}, {80, 70, 0}, {50, 70, 1}, {10, 70, 0}});
        Map<String, List<String>> r = rules(ListBuilder.shortboards(now, null));
        assertEquals(List.of("below_mean", "bottom_k", "gap_points", "pass_line"), r.get("u3/a1"));
        assertEquals(List.of("gap_points", "pass_line"), r.get("u2/a1"), "50 is above 40.42 and not the bottom 1");
        assertEquals(List.of("gap_points"), r.get("u1/a1"), "a gap of exactly 20 counts (≥)");
        assertEquals(null, r.get("u0/a1"));
        assertTrue(r.keySet().stream().noneMatch(k -> k.endsWith("/a2")), "a constant leaf has no short board");
        // b1: 80 is below the mean 95 − 0.5·10 = 90, the bottom 1, 20 behind the best; and a case happened
        assertEquals(List.of("below_mean", "bottom_k", "gap_points", "hard_negative"), r.get("u2/b1"));
        assertEquals(4, r.size(), r::toString);
    }

    @Test
    void pointsLostAreTheEffectiveWeightTimesTheGapToTheBest() {
        IndexResult now = run(fw(), new double[][] {{100, 70, 0}, {80, 70, 0}, {50, 70, 1}, {10, 70, 0}});
        Map<String, Double> lost = ListBuilder.shortboards(now, null).stream()
                .collect(Collectors.toMap(e -> e.unit() + "/" + e.nodeId(), ShortboardEntry::pointsLost));
        // a1's share of the index: ½ (A among A, B) × ½ (a1 among a1, a2) = ¼
        assertEquals(0.25 * (100 - 50), lost.get("u2/a1"), 1e-12);
        assertEquals(0.25 * (100 - 10), lost.get("u3/a1"), 1e-12);
        // b1 is B's only child: ½ × (100 − 80)
        assertEquals(0.5 * 20, lost.get("u2/b1"), 1e-12);
        // u2's list is sorted by points lost: a1 (12.5) before b1 (10)
        List<String> u2 = ListBuilder.shortboards(now, null).stream().filter(e -> e.unit().equals("u2"))
                .map(ShortboardEntry::nodeId).toList();
        assertEquals(List.of("a1", "b1"), u2);
    }

    @Test
    void fallsAndGainsNeedThePreviousPeriod() {
        Framework f = fw();
        // before: u1 led a1 with 100, u0 had 80 → now u0 100 (rank 1, +1), u1 80 (rank 2, −1, −20 points)
        IndexResult before = run(f, new double[][] {{80, 70, 0}, {100, 70, 0}, {50, 70, 1}, {10, 70, 0}});
        IndexResult now = run(f, new double[][] {{100, 70, 0}, {80, 70, 0}, {50, 70, 1}, {10, 70, 0}});
        PreviousScores prev = PreviousScores.of(before, "P0", ListBuilder.shortboards(before, null));
        Map<String, List<String>> r = rules(ListBuilder.shortboards(now, prev));
        assertEquals(List.of("gap_points", "fall_places", "fall_points"), r.get("u1/a1"));
        Map<String, List<String>> s = rules(ListBuilder.strengths(now, prev));
        assertEquals(List.of("top_k", "above_score", "gain_places", "gain_points"), s.get("u0/a1"));
        ShortboardEntry u1 = ListBuilder.shortboards(now, prev).stream().filter(e -> e.unit().equals("u1")).findFirst().orElseThrow();
        assertEquals(-1, u1.rankChange());
        assertEquals(-20, u1.scoreChange(), 1e-12);
    }
}
