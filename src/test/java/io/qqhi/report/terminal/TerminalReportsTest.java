package io.qqhi.report.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Consumer;

import io.qqhi.analysis.Explanation;
import io.qqhi.analysis.PreviousScores;
import io.qqhi.analysis.RunComparison;
import io.qqhi.analysis.TargetPlanner;
import io.qqhi.analysis.Trace;
import io.qqhi.analysis.WeightDerivation;
import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Severity;
import io.qqhi.input.SourceCells;
import io.qqhi.report.ComputeOutputs;
import io.qqhi.report.ReportFixture;
import org.junit.jupiter.api.Test;

/** What the commands print, on the hand-worked fixture (ReportFixture: 甲区 100, 乙区 75, 丙区 50, 丁区 25, 戊区 0). */
class TerminalReportsTest {
    private final IndexResult r = ReportFixture.result();
    private final PoolResult p = r.pools().get(0);
    private final ComputeOutputs.RunLists lists = ReportFixture.lists(r);

    private static String printed(Consumer<PrintWriter> print) {
        StringWriter s = new StringWriter();
        try (PrintWriter w = new PrintWriter(s)) {
            print.accept(w);
        }
        return s.toString();
    }

    @Test
    void problemReportPutsErrorsFirstAndCountsWhatItLeavesOut() {
        List<Problem> ps = List.of(Problem.warning("a.csv", 3, 2, "Q1", "第一条警告"), Problem.error("b.csv", 5, 1, null, "一个错误"),
                Problem.warning("a.csv", 4, 2, "Q1", "第二条警告"));
        String out = printed(w -> ProblemReport.printText(w, ps, 2));
        String[] lines = out.split("\n");
        assertTrue(lines[0].startsWith("b.csv:5:1: 错误"), out);
        assertTrue(lines[1].startsWith("a.csv:3:2: 警告"), out);
        assertEquals(3, lines.length, "two shown, one line for the rest: " + out);
        Problems all = new Problems();
        all.error("b.csv", 5, 1, null, "一个错误");
        assertFalse(ProblemReport.summary(all).isEmpty());
    }

    @Test
    void treeReportShowsLocalAndGlobalWeights() {
        String out = printed(w -> TreeReport.printText(w, r.framework()));
        assertTrue(out.contains("甲维度") && out.contains("乙二数"), out);
        // two dimensions of two leaves, equal weights: 0.5 locally, 0.25 globally for a leaf
        assertTrue(out.contains("0.25"), out);
        assertTrue(TreeReport.csv(r.framework()).contains("a1"));
        assertTrue(TreeReport.json(r.framework()).contains("\"a1\""));
    }

    @Test
    void explanationNamesThePlaceItsScoreAndRank() {
        Explanation e = Explanation.of(r, "乙区");
        String out = printed(w -> ExplanationReport.printText(w, e, 4, "区（县、市）"));
        assertTrue(out.contains("乙区") && out.contains("75.00"), out);
        assertTrue(ExplanationReport.json(e, lists.twoWay()).contains("\"乙区\""));
    }

    @Test
    void shortboardsPrintAPlacesListsWithTheirFacts() {
        String out = printed(w -> ShortboardReport.printText(w, lists.twoWay(), List.of("u4")));
        assertTrue(out.contains("甲一率50%，低于全市平均20个百分点，居全市第5位"), out);
        assertFalse(out.contains("甲区"), "only the place asked for: " + out);
        assertTrue(ShortboardReport.json(lists.twoWay(), List.of("u4")).contains("rectification"));
    }

    /** 乙区 at 75 needs 80 for 优秀: the plan's recomputed index reaches it. */
    @Test
    void targetReportPrintsThePlanToTheNextTier() {
        TargetPlanner.Plan plan = TargetPlanner.plan(r.framework(), ReportFixture.data(ReportFixture.NOW), r.settings(), "u1",
                TargetPlanner.Target.tier("优秀"), TargetPlanner.Options.defaults());
        assertTrue(plan.reachable(), plan::toString);
        assertTrue(plan.after().index() >= 80 - 1e-9, plan::toString);
        String out = printed(w -> TargetReport.printText(w, plan, "区（县、市）"));
        assertTrue(out.contains("乙区") && out.contains("优秀"), out);
        assertTrue(TargetReport.json(plan).contains("\"reachable\""));
        assertFalse(TargetReport.gapLine(plan).isEmpty());
    }

    @Test
    void traceShowsTheNormalisationOfALeaf() {
        int node = r.framework().indexOf("a1");
        Trace t = Trace.of(r, p, 1, node, null, null, null, new SourceCells("auto"));
        String out = printed(w -> TraceReport.printText(w, t, "区（县、市）", List.of()));
        // (80 − 50) / (90 − 50) × 100 = 75
        assertTrue(out.contains("75"), out);
        assertTrue(out.contains("甲区") && out.contains("戊区"), "the pool's best and worst: " + out);
        assertTrue(TraceReport.json(t, List.of()).contains("\"a1\""));
    }

    @Test
    void weightsReportShowsDerivedBesideCurrentWeights() {
        WeightDerivation.Result wr = WeightDerivation.derive(r.framework(), p, "equal", "entropy", 0.5, false);
        String out = printed(w -> WeightsReport.printText(w, wr));
        assertTrue(out.contains("甲维度") || out.contains("A"), out);
        assertTrue(out.contains("0.5"), out);
    }

    /** The same run compared with itself moves nobody. */
    @Test
    void runComparisonOfARunWithItselfMovesNobody() {
        PreviousScores a = PreviousScores.of(r, "2026H1");
        RunComparison c = RunComparison.of(a, a, "X");
        String out = printed(w -> RunComparisonReport.printText(w, c, 5, java.util.Map.of("district", "区（县、市）")));
        assertTrue(out.contains("区（县、市）"), out);
        assertTrue(RunComparisonReport.csv(c).lines().skip(1).allMatch(l -> l.contains(",0,") || l.contains(",0")), RunComparisonReport.csv(c));
    }

    @Test
    void validationReportSaysTheFrameworkIsUsable() {
        Problems none = new Problems();
        String out = printed(w -> ValidationReport.printText(w, "fixture.yaml", r.framework(), none, true));
        assertTrue(out.contains("fixture.yaml") || out.contains("测试指数"), out);
        assertTrue(ValidationReport.json(true, r.framework(), none, null).contains("\"ok\""));
    }

    /** The sample period's coverage: every department of the bundled framework, with what it sent. */
    @Test
    void dataValidationReportShowsTheCoverageOfTheSamplePeriod() {
        Problems problems = new Problems();
        io.qqhi.framework.Framework fw = new io.qqhi.framework.FrameworkLoader(problems).load(java.nio.file.Path.of("indicators.yaml"));
        io.qqhi.input.InputLoader.Loaded loaded = io.qqhi.input.InputLoader.load(fw, java.nio.file.Path.of("sample-data"), "2026H1",
                null, "auto", false, false, problems);
        String out = printed(w -> DataValidationReport.printText(w, fw, loaded.period()));
        assertTrue(out.contains("齐全"), out);
        assertTrue(out.contains(fw.departments().get(0).name()), out);
    }

    @Test
    void textTableAlignsChineseByDisplayWidth() {
        assertEquals(4, TextTable.width("甲区"));
        assertEquals("  ", TextTable.pad("甲区", 6), "the padding that brings 甲区 (width 4) to 6");
        assertTrue(Severity.values().length > 0);
    }
}
