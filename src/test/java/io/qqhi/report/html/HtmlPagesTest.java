package io.qqhi.report.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.qqhi.analysis.History;
import io.qqhi.analysis.Snapshot;
import io.qqhi.analysis.UncertaintyAnalysis;
import io.qqhi.compute.IndexResult;
import io.qqhi.framework.SensitivitySpec;
import io.qqhi.report.ComputeOutputs;
import io.qqhi.report.OutputSet;
import io.qqhi.report.ReportFixture;
import org.junit.jupiter.api.Test;

/** The offline HTML pages and their charts, on the hand-worked fixture (ReportFixture). */
class HtmlPagesTest {
    private final IndexResult r = ReportFixture.result();
    private final ComputeOutputs.RunLists lists = ReportFixture.lists(r);

    /** A page that opens from a USB stick: nothing fetched from a network. */
    private static void selfContained(String html) {
        assertFalse(html.replaceAll("xmlns(:\\w+)?=\"http[^\"]*\"", "").matches("(?s).*(src|href)=\"https?:.*"), "no network reference");
    }

    @Test
    void reportShowsTheRankingPlacesAndTheirLists() {
        String html = HtmlReport.render("2026H1", r, lists, null, "settings: {}\n", "示例数据");
        assertTrue(html.contains("测试指数") && html.contains("2026年上半年"), "title and period");
        assertTrue(html.contains("乙区") && html.contains("75.00"), "a place's score");
        assertTrue(html.contains("甲一率50%，低于全市平均20个百分点"), "a list entry");
        assertTrue(html.contains("示例数据"), "the notice");
        selfContained(html);
    }

    @Test
    void historyPageOverTwoPeriods() {
        List<Snapshot> snaps = List.of(Snapshot.of(ReportFixture.previous(), "2025H2", "f", "minmax arithmetic"),
                Snapshot.of(r, "2026H1", "f", "minmax arithmetic"));
        History h = History.of(snaps, false, Map.of(), 0.5);
        OutputSet files = new OutputSet();
        HistoryWriter.write(files, h, "测试指数", Map.of("district", "区（县、市）"), null);
        assertTrue(files.names().containsAll(List.of("history.csv", "improvers.csv", "spread.csv", "history.html")), files.names()::toString);
        java.io.StringWriter text = new java.io.StringWriter();
        HistoryWriter.printText(new java.io.PrintWriter(text, true), h, Map.of("district", "区（县、市）"));
        assertTrue(text.toString().contains("乙区"), text::toString);
    }

    @Test
    void sensitivityPageOfAShortRun() {
        UncertaintyAnalysis ua = new UncertaintyAnalysis(r.framework(), ReportFixture.data(ReportFixture.NOW), r.settings(),
                SensitivitySpec.defaults());
        String html = SensitivityReport.uncertainty("测试指数", ua.uncertainty(20, 1, 1, d -> { }), ua.factors(), "settings: {}\n");
        assertTrue(html.contains("测试指数") && html.contains("<svg"), "a title and a chart");
        selfContained(html);
    }

    @Test
    void chartsAreInlineSvgWithTheirLabels() {
        String bars = SvgCharts.bars(List.of(new SvgCharts.Bar("甲区", 100, SvgCharts.tierColour("优秀"), ""),
                new SvgCharts.Bar("乙区", 75, SvgCharts.tierColour("良好"), "")), 100);
        assertTrue(bars.startsWith("<svg") && bars.contains("甲区") && bars.contains("乙区"), bars);
        String heat = SvgCharts.heatmap(List.of("甲区"), List.of("a1"), new double[][] {{Double.NaN}});
        assertTrue(heat.contains("—"), "a missing cell shows —");
        assertTrue(Templates.load("report") != null);
    }
}
