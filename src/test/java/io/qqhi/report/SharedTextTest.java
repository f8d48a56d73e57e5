package io.qqhi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.compute.UnitNote;
import io.qqhi.input.MissingWhy;
import org.junit.jupiter.api.Test;

/** The report's shared words and values on the hand-worked fixture (ReportFixture). */
class SharedTextTest {
    private final IndexResult r = ReportFixture.result();
    private final ComputeOutputs.RunLists lists = ReportFixture.lists(r);

    @Test
    void theFixtureScoresAreTheHandWorkedOnes() {
        PoolResult p = r.pools().get(0);
        double[] expected = {100, 75, 50, 25, 0};
        for (int u = 0; u < 5; u++) assertEquals(expected[u], p.scores()[u][0], 1e-9, ReportFixture.NAMES[u]);
        assertEquals("良好", p.tiers()[1]);
    }

    /** Ranks 4 and 5 of five are the bottom third (ceil(5/3) = 2 places) and below every mean: 丁区 and 戊区 on all four leaves. */
    @Test
    void listTextStatesTheFactsInTheLeavesOwnUnits() {
        PlaceLists two = lists.twoWay();
        List<String> rect = two.rectification().stream().map(e -> e.unit() + ":" + e.nodeId()).toList();
        assertEquals(List.of("u3:a1", "u3:a2", "u3:b1", "u3:b2", "u4:a1", "u4:a2", "u4:b1", "u4:b2"),
                rect.stream().sorted().toList());
        PlaceLists.Entry e = two.rectification().stream().filter(x -> x.unit().equals("u4") && x.nodeId().equals("a1")).findFirst()
                .orElseThrow();
        // a1 mean = (90+80+70+60+50)/5 = 70; 戊区 50 is 20 percentage points below it, last of five
        assertEquals("甲一率50%，低于全市平均20个百分点，居全市第5位", e.basis());
        assertEquals("戊区（属地）", e.lead());
        assertEquals("市政府办公厅", e.guide());
        assertEquals("2026年下半年达到全市平均（70%）", e.criterion());
        PlaceLists.Entry days = two.rectification().stream().filter(x -> x.unit().equals("u4") && x.nodeId().equals("a2")).findFirst()
                .orElseThrow();
        assertEquals("高于全市平均4天", days.gap(), "a2 mean 14 days, 戊区 18");
        assertEquals("进位1位", ListText.move(1));
        assertEquals("退位2位", ListText.move(-2));
        assertEquals("位次持平", ListText.move(0));
        assertEquals("进位1位：自身提升贡献2位，他方变化导致退1位", ListText.moveSplit(2, -1));
        assertTrue(PlaceLists.of(two.promotion(), "district", "u1").stream().anyMatch(x -> x.change().equals("进位1位")),
                two.promotion()::toString);
    }

    @Test
    void notesSayWhyAPlaceIsNotRankedAndWhatIsMissing() {
        UnitNote n = new UnitNote(0.325, new MissingWhy(MissingWhy.Reason.SURVEY_THIN, 20),
                List.of(new UnitNote.Missing("Q1", "甲项", MissingWhy.of(MissingWhy.Reason.NOT_SENT)), new UnitNote.Missing("Q2", "乙项", null)));
        assertEquals("不参与排名（数据不足：缺失指标权重合计32.5%）；样本不足（有效样本20份），满意度指标未计入；"
                + "缺失指标：Q1 甲项（未报送）、Q2 乙项", Notes.text(n));
        assertEquals("", Notes.of(r.pools().get(0), 0), "a place with every figure has no note");
    }

    /** A letter says the reason once: 本期不参与排名（数据不足：缺失指标权重合计32.5%）, not 不参与排名（不参与排名（…）…）. */
    @Test
    void theUnrankedReasonLeavesOutTheWordsNotRanked() {
        UnitNote n = new UnitNote(0.325, null, List.of());
        assertEquals("数据不足：缺失指标权重合计32.5%", Notes.unrankedReason(n));
        assertEquals("数据不足", Notes.unrankedReason(null));
    }

    @Test
    void methodsTextDescribesTheRunInChinese() {
        List<List<String>> rows = MethodsText.rows(r.settings());
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().anyMatch(row -> row.get(1).equals(MethodsText.normaliseName(r.settings().normalise()))));
        assertEquals("极差标准化", MethodsText.normaliseName(r.settings().normalise()));
    }

    @Test
    void computeOutputsNameEveryFileOfARun() {
        OutputSet files = ComputeOutputs.build(r, null, "settings: {}\n", List.of(), lists);
        List<String> names = files.names();
        for (String f : List.of("scores.csv", "scores.json", "rankings-district.csv", "settings.yaml", "adjustments.csv",
                "problems.csv", "rectification.csv", "promotion.csv", "watchlist.csv", "guides.csv", "rectification-followup.csv",
                "comparison-district.csv", "units/u0.md")) {
            assertTrue(names.contains(f), f + " in " + names);
        }
        assertEquals("a_b", OutputSet.safe("a/b"));
    }
}
