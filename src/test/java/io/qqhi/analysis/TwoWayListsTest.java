package io.qqhi.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qqhi.compute.IndexResult;
import io.qqhi.compute.Pipeline;
import io.qqhi.framework.Framework;
import io.qqhi.framework.FrameworkLoader;
import io.qqhi.framework.Problems;
import io.qqhi.input.Dataset;
import io.qqhi.input.UnitRecord;
import io.qqhi.report.ListText;
import io.qqhi.report.PlaceLists;
import org.junit.jupiter.api.Test;

/** The rules of the two-way lists (docs/methods.md, lists) on small pools worked by hand. */
class TwoWayListsTest {
    static Framework fw() {
        return fw("{max_items: 1}");
    }

    static Framework fw(String lists) {
        Problems p = new Problems();
        Framework f = new FrameworkLoader(p).loadText("t.yaml", """
                index: {id: X}
                method: {normalise: {method: minmax}}
                guides: [{id: G01, name: 市政府办公厅}]
                departments: [{id: D01, name: 甲局}]
                lists: %s""".formatted(lists) + """

                tree:
                  - {id: r, weight: 1, direction: +, unit: "%", responsible: {guide: [G01]}}
                  - {id: w, weight: 1, direction: '-', unit: 天, min_gap: 3}
                  - {id: e, weight: 1, direction: '-', unit: 件, normalise: {method: deduction, per_case: 20},
                     responsible: {guide: [D01]}}
                """);
        assertNotNull(f, () -> p.all().toString());
        return f;
    }

    /** Six units; r (rate, higher better), w (days, lower better, min_gap 3), e (negative events). */
    static IndexResult run(Framework f, double[][] v) {
        List<UnitRecord> units = new ArrayList<>();
        for (int i = 0; i < v.length; i++) units.add(new UnitRecord("u" + i, "单位" + i, null, "district", null, Map.of()));
        return Pipeline.run(f, new Dataset("t", units, List.of("r", "w", "e"), v), f.settings());
    }

    static final double[][] V = {
        {90, 10, 0}, // u0: best on r, best on w
        {80, 11, 0},
        {70, 12, 0},
        {60, 13, 0}, // r 60: bottom third? 6 units, bottom third = ranks 5–6: no
        {50, 14, 2}, // u4: bottom third on r (rank 5) and worse than the mean 65; w 14 vs mean 13.5: gap 0.5 < 3; two events
        {40, 22, 0}, // u5: bottom on r; w 22 is 8.5 days worse than the mean 13.5 ≥ 3
    };

    /** The lists as places read them: the rules' facts in the report's words. */
    private static PlaceLists lists(IndexResult r, PreviousScores prev, Set<String> flagged, Set<String> previously) {
        return ListText.render(TwoWayLists.build(r, prev, flagged, previously), r.framework(), "2026H1");
    }

    @Test
    void rectificationTakesBottomThirdWorseThanTheMeanAndEveryEvent() {
        PlaceLists l = lists(run(fw(), V), null, Set.of(), null);
        List<String> rect = l.rectification().stream().map(e -> e.unit() + ":" + e.nodeId()).toList();
        // u4: the events first (never cut), then r (w's gap is below min_gap); u5: max_items 1 keeps the larger loss
        assertTrue(rect.contains("u4:e") && rect.contains("u4:r") && !rect.contains("u4:w"), rect::toString);
        assertEquals(1, rect.stream().filter(x -> x.startsWith("u5:")).count(), rect::toString);
        assertEquals(List.of("u4:e", "u4:r"), rect.stream().filter(x -> x.startsWith("u4:")).toList(), "events first");
        PlaceLists.Entry r4 = l.rectification().stream().filter(e -> e.unit().equals("u4") && e.nodeId().equals("r")).findFirst()
                .orElseThrow();
        assertEquals("低于全市平均15个百分点", r4.gap(), "mean of r = 65");
        assertEquals("r50%，低于全市平均15个百分点，居全市第5位", r4.basis());
        assertEquals("单位4（属地）", r4.lead());
        assertEquals("市政府办公厅", r4.guide());
        assertEquals("2026年下半年达到全市平均（65%）", r4.criterion());
        PlaceLists.Entry e4 = l.rectification().get(rect.indexOf("u4:e"));
        assertEquals("发生2起", e4.gap());
        assertEquals("甲局", e4.guide());
    }

    @Test
    void promotionIsTheTopBetterThanTheMeanNeverAnEventLeafAndExclusive() {
        PlaceLists l = lists(run(fw(), V), null, Set.of(), null);
        for (PlaceLists.Entry e : l.promotion()) {
            assertTrue(!e.nodeId().equals("e"), "a negative-event leaf is never promoted");
            assertTrue(Integer.parseInt(e.rank().replaceAll("[^0-9]", "")) <= 3, e::toString);
            assertTrue(l.rectification().stream().noneMatch(x -> x.unit().equals(e.unit()) && x.nodeId().equals(e.nodeId())));
        }
        assertTrue(l.promotion().stream().anyMatch(e -> e.unit().equals("u0") && e.nodeId().equals("r")));
        // a figure to confirm is not promoted: u0's r is then on the watch list instead
        PlaceLists flagged = lists(run(fw(), V), null, Set.of(TwoWayLists.key("u0", "r")), null);
        assertTrue(flagged.promotion().stream().noneMatch(e -> e.unit().equals("u0") && e.nodeId().equals("r")));
        assertTrue(flagged.watch().stream().anyMatch(e -> e.unit().equals("u0") && e.nodeId().equals("r")
                && e.verification().equals("待核实")));
    }

    /**
     * Last period's list held u4:r, u4:e and u5:w. Now u4's r, 80, is above the mean 75.83 (closed), u4's events
     * fall to 0 (closed) but u5's w is still 8.33 days worse than the mean 13.67 (open, and on the list again: 连续上榜; its r, now 75, is not).
     */
    @Test
    void lastPeriodsItemsAreFollowedUp() {
        double[][] now = {{90, 10, 0}, {80, 11, 0}, {70, 12, 0}, {60, 13, 0}, {80, 14, 0}, {75, 22, 0}};
        Set<String> before = Set.of(TwoWayLists.key("u4", "r"), TwoWayLists.key("u4", "e"), TwoWayLists.key("u5", "w"));
        PlaceLists l = lists(run(fw(), now), null, Set.of(), before);
        Map<String, String> status = new java.util.HashMap<>();
        for (PlaceLists.FollowUp f : l.followUp()) status.put(f.unit() + ":" + f.nodeId(), f.status());
        assertEquals(Map.of("u4:r", "已销号", "u4:e", "已销号", "u5:w", "未销号"), status);
        assertTrue(l.rectification().stream().anyMatch(e -> e.unit().equals("u5") && e.nodeId().equals("w") && e.repeated()),
                l.rectification()::toString);
    }

    /**
     * r before {80, 70, 90, 40, 60, 50} (ranks u2 1, u0 2, u1 3, u4 4, u5 5, u3 6), now {90, 80, 60, 70, 50, 40}
     * (mean 65): u3 rose from 6th to 3rd, into the top half, with 70 above the mean: promoted by the rise rule
     * although promote_top is 1; u2 fell from 1st to 4th, not in the bottom third: watched, not rectified;
     * u4 lost 20 points but is 5th with 50 below the mean: on the rectification list, so not watched.
     */
    @Test
    void risesIntoTheTopHalfArePromotedAndFallsWatched() {
        Framework f = fw("{max_items: 5, promote_top: 1}");
        double[][] before = {{80, 10, 0}, {70, 11, 0}, {90, 12, 0}, {40, 13, 0}, {60, 14, 2}, {50, 22, 0}};
        double[][] now = {{90, 10, 0}, {80, 11, 0}, {60, 12, 0}, {70, 13, 0}, {50, 14, 2}, {40, 22, 0}};
        PreviousScores prev = PreviousScores.of(run(f, before), "P0");
        PlaceLists l = lists(run(f, now), prev, Set.of(), null);
        PlaceLists.Entry rise = l.promotion().stream().filter(e -> e.unit().equals("u3") && e.nodeId().equals("r")).findFirst()
                .orElseThrow(() -> new AssertionError(l.promotion().toString()));
        assertEquals("进位3位", rise.change());
        assertTrue(l.promotion().stream().noneMatch(e -> e.nodeId().equals("r") && (e.unit().equals("u1") || e.unit().equals("u2"))),
                l.promotion()::toString);
        PlaceLists.Entry fall = l.watch().stream().filter(e -> e.unit().equals("u2") && e.nodeId().equals("r")).findFirst()
                .orElseThrow(() -> new AssertionError(l.watch().toString()));
        assertEquals("退位3位", fall.change());
        assertTrue(l.watch().stream().noneMatch(e -> e.unit().equals("u4") && e.nodeId().equals("r")), l.watch()::toString);
        assertTrue(l.rectification().stream().anyMatch(e -> e.unit().equals("u4") && e.nodeId().equals("r")), l.rectification()::toString);
    }

    @Test
    void anUnknownResponsibleDepartmentAndABadListsValueAreErrorsWithTheirPlace() {
        Problems p = new Problems();
        new FrameworkLoader(p).loadText("t.yaml", """
                index: {id: X}
                departments: [{id: D01, name: 甲局}]
                lists: {max_items: 0}
                tree:
                  - {id: r, weight: 1, direction: +, responsible: {guide: [D99]}}
                """);
        assertTrue(p.all().stream().anyMatch(x -> x.isError() && x.message().contains("部门“D99”不存在") && x.line() == 5),
                p.all()::toString);
        assertTrue(p.all().stream().anyMatch(x -> x.isError() && x.message().contains("max_items") && x.line() == 3),
                p.all()::toString);
    }

    /**
     * Five places ranked on r (90, 80, 70, 60, 50) and u5 (r 40) 不参与排名: a quarter of the weight (z)
     * missing under min_share 0.8. The pool mean of r is the ranked places' 70, not 65; u5 would stand
     * 6th of 5, so it still gets its r item, without a 位次; u3 (60, 4th of 5) is now in the bottom
     * share (places 4–5 of 5).
     */
    @Test
    void anUnrankedPlaceIsOutOfTheMeansButStillGetsItsRectificationItems() {
        Problems p = new Problems();
        Framework f = new FrameworkLoader(p).loadText("t.yaml", """
                index: {id: X}
                method: {normalise: {method: minmax}, screen: {min_share: 0.8}}
                lists: {max_items: 5}
                tree:
                  - {id: r, weight: 1, direction: +, unit: "%"}
                  - {id: z, weight: 1, direction: +, unit: "%"}
                """);
        assertNotNull(f, () -> p.all().toString());
        double n = Double.NaN;
        double[][] v = {{90, 50}, {80, 50}, {70, 50}, {60, 50}, {50, 50}, {40, n}};
        List<UnitRecord> units = new ArrayList<>();
        for (int i = 0; i < v.length; i++) units.add(new UnitRecord("u" + i, "单位" + i, null, "district", null, Map.of()));
        IndexResult r = Pipeline.run(f, new Dataset("t", units, List.of("r", "z"), v), f.settings());
        assertEquals(0, r.pools().get(0).ranks()[5][0], "u5 is not ranked");
        assertEquals(0, r.pools().get(0).ranks()[5][1], "nor on its leaves");
        PlaceLists l = lists(r, null, Set.of(), null);
        List<String> rect = l.rectification().stream().map(e -> e.unit() + ":" + e.nodeId()).toList();
        assertTrue(rect.contains("u5:r") && rect.contains("u3:r") && rect.contains("u4:r"), rect::toString);
        PlaceLists.Entry e5 = l.rectification().stream().filter(e -> e.unit().equals("u5")).findFirst().orElseThrow();
        assertEquals("70", e5.mean(), "the mean of the ranked places");
        assertEquals("低于全市平均30个百分点", e5.gap());
        assertEquals("r40%，低于全市平均30个百分点", e5.basis(), "no 位次: the place is not ranked, which its letter says once");
        assertEquals("", e5.rank());
    }

    /** Three of six places share first place on r (100 %): more than a third, so no one is promoted for it. */
    @Test
    void aTopPlaceSharedByMoreThanAThirdIsNoAchievement() {
        double[][] v = {{100, 10, 0}, {100, 11, 0}, {100, 12, 0}, {60, 13, 0}, {50, 14, 0}, {40, 22, 0}};
        List<String> promoted = lists(run(fw("{max_items: 5}"), v), null, Set.of(), null).promotion().stream()
                .map(e -> e.unit() + ":" + e.nodeId()).toList();
        assertTrue(promoted.stream().noneMatch(x -> x.endsWith(":r")), promoted::toString);
        assertTrue(promoted.contains("u0:w"), "w's first place is u0's alone: " + promoted);
    }

    /**
     * w is fewer-is-better: u0's 0 days is an absence, not promoted unless the leaf says promote: true;
     * u1's 8 days, 3.5 better than the mean 11.5 (min_gap 3), is.
     */
    @Test
    void aZeroOnAFewerIsBetterLeafIsPromotedOnlyWhenTheLeafSaysSo() {
        double[][] v = {{90, 0, 0}, {80, 8, 0}, {70, 12, 0}, {60, 13, 0}, {50, 14, 0}, {40, 22, 0}};
        List<String> promoted = lists(run(fw("{max_items: 5}"), v), null, Set.of(), null).promotion().stream()
                .map(e -> e.unit() + ":" + e.nodeId()).toList();
        assertTrue(!promoted.contains("u0:w") && promoted.contains("u1:w"), promoted::toString);
        Problems p = new Problems();
        Framework f = new FrameworkLoader(p).loadText("t.yaml", """
                index: {id: X}
                method: {normalise: {method: minmax}}
                lists: {max_items: 5}
                tree:
                  - {id: r, weight: 1, direction: +, unit: "%"}
                  - {id: w, weight: 1, direction: '-', unit: 天, promote: true}
                  - {id: e, weight: 1, direction: '-', unit: 件}
                """);
        assertNotNull(f, () -> p.all().toString());
        List<String> said = lists(run(f, v), null, Set.of(), null).promotion().stream().map(e -> e.unit() + ":" + e.nodeId()).toList();
        assertTrue(said.contains("u0:w"), said::toString);
    }

    private static List<String> keys(List<PlaceLists.Entry> entries) {
        return entries.stream().map(e -> e.unit() + ":" + e.nodeId()).toList();
    }

    /**
     * A survey leaf's 95 % interval that holds the pool mean is no evidence (issue 31, item 5):
     * u4's r (50 against the mean 65) is listed when its interval is [45, 60], not when it is
     * [45, 66]; u0's promotion on r (90) likewise with [64, 95].
     */
    @Test
    void aSurveyIntervalHoldingThePoolMeanKeepsTheEntryOffBothLists() {
        IndexResult r = run(fw(), V);
        ListEvidence clear = new ListEvidence(Map.of(TwoWayLists.key("u4", "r"), new double[] {45, 60},
                TwoWayLists.key("u0", "r"), new double[] {85, 95}), Map.of());
        PlaceLists listed = ListText.render(TwoWayLists.build(r, null, Set.of(), null, clear), r.framework(), "2026H1");
        assertTrue(keys(listed.rectification()).contains("u4:r") && keys(listed.promotion()).contains("u0:r"), listed::toString);
        ListEvidence overlapping = new ListEvidence(Map.of(TwoWayLists.key("u4", "r"), new double[] {45, 66},
                TwoWayLists.key("u0", "r"), new double[] {64, 95}), Map.of());
        PlaceLists off = ListText.render(TwoWayLists.build(r, null, Set.of(), null, overlapping), r.framework(), "2026H1");
        assertTrue(!keys(off.rectification()).contains("u4:r") && !keys(off.promotion()).contains("u0:r"), off::toString);
        assertTrue(keys(off.rectification()).contains("u4:e"), "an event is listed whatever the intervals");
    }

    /**
     * A rate on a base below min_base (default 3) is no evidence: u4's r on a base of 2 is not
     * listed, on a base of 3 it is; lists: {min_base: 1} lets the base of 2 through.
     */
    @Test
    void aRateOnTooSmallABaseIsNotListed() {
        IndexResult r = run(fw(), V);
        ListEvidence two = new ListEvidence(Map.of(), Map.of(TwoWayLists.key("u4", "r"), 2.0, TwoWayLists.key("u0", "r"), 2.0));
        PlaceLists thin = ListText.render(TwoWayLists.build(r, null, Set.of(), null, two), r.framework(), "2026H1");
        assertTrue(!keys(thin.rectification()).contains("u4:r") && !keys(thin.promotion()).contains("u0:r"), thin::toString);
        ListEvidence three = new ListEvidence(Map.of(), Map.of(TwoWayLists.key("u4", "r"), 3.0, TwoWayLists.key("u0", "r"), 3.0));
        PlaceLists enough = ListText.render(TwoWayLists.build(r, null, Set.of(), null, three), r.framework(), "2026H1");
        assertTrue(keys(enough.rectification()).contains("u4:r") && keys(enough.promotion()).contains("u0:r"), enough::toString);
        IndexResult lower = run(fw("{max_items: 1, min_base: 1}"), V);
        PlaceLists one = ListText.render(TwoWayLists.build(lower, null, Set.of(), null, two), lower.framework(), "2026H1");
        assertTrue(keys(one.rectification()).contains("u4:r"), one::toString);
    }

    /** min_base on a leaf that is no rate is a framework error at its line; on a rate it is read. */
    @Test
    void minBaseOnALeafThatIsNoRateIsAnErrorAtItsLine() {
        String head = """
                index: {id: X}
                departments: [{id: D01, name: 甲局}]
                items:
                  - {id: Q1, name: 甲, department: D01, type: count}
                  - {id: Q2, name: 乙, department: D01, type: count}
                tree:
                """;
        Problems bad = new Problems();
        new FrameworkLoader(bad).loadText("t.yaml", head + "  - {id: a, weight: 1, direction: +, formula: Q1 + Q2, min_base: 5}\n");
        assertTrue(bad.all().stream().anyMatch(p -> p.isError() && p.line() == 7 && p.message().contains("min_base")), bad.all()::toString);
        Problems good = new Problems();
        Framework f = new FrameworkLoader(good).loadText("t.yaml", head + "  - {id: a, weight: 1, direction: +, formula: Q1 / Q2 * 100, min_base: 5}\n");
        assertNotNull(f, () -> good.all().toString());
        assertEquals(5.0, f.listTerms(f.indexOf("a")).minBase());
    }

    /**
     * 销号 against the standard printed on last period's list, not the pool mean of now (issue 31,
     * item 5): u4's r is 80 now, above today's mean 75.83 but below the 85 its list named — still
     * open; against a standard of 70 it is closed, unless its figure waits for confirmation
     * (待核实后销号). The follow-up carries the standard it used.
     */
    @Test
    void itemsCloseAgainstTheStandardTheirListNamed() {
        double[][] now = {{90, 10, 0}, {80, 11, 0}, {70, 12, 0}, {60, 13, 0}, {80, 14, 0}, {75, 22, 0}};
        IndexResult r = run(fw(), now);
        TwoWayLists high = TwoWayLists.build(r, null, Set.of(), Map.of(TwoWayLists.key("u4", "r"), 85.0), ListEvidence.NONE);
        assertEquals(TwoWayLists.Status.OPEN, high.followUp().get(0).status());
        assertEquals(85.0, high.followUp().get(0).standard());
        TwoWayLists low = TwoWayLists.build(r, null, Set.of(), Map.of(TwoWayLists.key("u4", "r"), 70.0), ListEvidence.NONE);
        assertEquals(TwoWayLists.Status.CLOSED, low.followUp().get(0).status());
        TwoWayLists pending = TwoWayLists.build(r, null, Set.of(TwoWayLists.key("u4", "r")), Map.of(TwoWayLists.key("u4", "r"), 70.0),
                ListEvidence.NONE);
        assertEquals(TwoWayLists.Status.PENDING, pending.followUp().get(0).status());
        assertEquals("待核实后销号", ListText.render(pending, r.framework(), "2026H1").followUp().get(0).status());
        assertEquals("达到上期清单所列平均值（70%）", ListText.render(pending, r.framework(), "2026H1").followUp().get(0).standard());
    }

    /** A margin below the leaf's min_gap is no 成绩: u1's w of 11 days is 1 better than the mean 12 (min_gap 3). */
    @Test
    void aMarginBelowMinGapIsNotPromoted() {
        double[][] v = {{90, 10, 0}, {80, 11, 0}, {70, 12, 0}, {60, 13, 0}, {50, 14, 0}, {40, 12, 0}};
        List<String> promoted = keys(lists(run(fw("{max_items: 5}"), v), null, Set.of(), null).promotion());
        assertTrue(!promoted.contains("u1:w") && promoted.contains("u1:r"), promoted::toString);
    }
}
