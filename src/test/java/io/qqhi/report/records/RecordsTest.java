package io.qqhi.report.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qqhi.analysis.StatisticalAudit;
import io.qqhi.analysis.UncertaintyAnalysis;
import io.qqhi.analysis.WeightDerivation;
import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Problem;
import io.qqhi.framework.RunRecord;
import io.qqhi.framework.SensitivitySpec;
import io.qqhi.input.UnitRecord;
import io.qqhi.report.ComputeOutputs;
import io.qqhi.report.OutputSet;
import io.qqhi.report.ReportFixture;
import org.junit.jupiter.api.Test;

/** The files a run writes (CSV, JSON, YAML, Markdown), on the hand-worked fixture (ReportFixture). */
class RecordsTest {
    private final IndexResult r = ReportFixture.result();
    private final PoolResult p = r.pools().get(0);
    private final ComputeOutputs.RunLists lists = ReportFixture.lists(r);

    private static List<String> lines(String csv) {
        return csv.replace("\uFEFF", "").lines().toList();
    }

    @Test
    void scoresCsvAndJsonHoldEveryUnitAndNode() throws IOException {
        StringWriter csv = new StringWriter();
        ScoresWriter.csv(r, csv);
        List<String> rows = lines(csv.toString());
        // five units × seven nodes (index, two dimensions, four leaves) and a header
        assertEquals(1 + 5 * 7, rows.size(), csv::toString);
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("district,u1,乙区,X,") && l.contains(",75")), csv::toString);
        StringWriter json = new StringWriter();
        ScoresWriter.json(r, json);
        assertTrue(json.toString().contains("\"乙区\""), json::toString);
    }

    @Test
    void rankingsAreInRankOrderWithTheMoveSinceLastPeriod() throws IOException {
        assertEquals(List.of(0, 1, 2, 3, 4), RankingsWriter.order(p));
        StringWriter w = new StringWriter();
        RankingsWriter.csv(r, p, lists.comparison().indexRows(), w);
        List<String> rows = lines(w.toString());
        assertTrue(rows.get(2).contains("乙区") && rows.get(2).contains("+1"), w::toString);
        assertTrue(rows.get(3).contains("丙区") && rows.get(3).contains("-1"), w::toString);
        String json = RankingsWriter.json(r, lists.comparison().indexRows(), "2026H1", "2025H2", List.of(), List.of("scores.csv"));
        assertTrue(json.contains("\"乙区\""), json);
    }

    @Test
    void listsFilesCarryTheEntriesAsPrinted() {
        String rect = ListsWriter.Kind.RECTIFICATION.csv(lists.twoWay().rectification());
        assertEquals(1 + 8, lines(rect).size(), rect);
        assertTrue(rect.contains("甲一率50%，低于全市平均20个百分点，居全市第5位"), rect);
        assertTrue(ListsWriter.Kind.PROMOTION.csv(lists.twoWay().promotion()).contains("甲区"));
        assertTrue(ListsWriter.guides(lists.twoWay(), r.framework()).contains("市政府办公厅"));
        assertTrue(ListsWriter.comparison(lists.comparison(), "district").contains("乙区"));
        assertEquals("+3", ListsWriter.change(3));
        assertEquals("", ListsWriter.change((Integer) null));
        assertTrue(lines(ListsWriter.Kind.WATCH.csv(lists.twoWay().watch())).get(0).contains("单位"));
    }

    @Test
    void recordsWriterListsProblemsAndAdjustments() {
        String problems = RecordsWriter.problems(List.of(Problem.warning("a.csv", 2, 3, "Q1", "一条警告")));
        assertTrue(problems.contains("a.csv") && problems.contains("一条警告"), problems);
        assertEquals(1, lines(RecordsWriter.adjustments(r)).size(), "no adjustment under min-max without imputation");
    }

    @Test
    void leavesCsvIsTheIndicatorDataFormat() throws IOException {
        StringWriter w = new StringWriter();
        LeavesWriter.csv(ReportFixture.data(ReportFixture.NOW), w);
        List<String> rows = lines(w.toString());
        assertTrue(rows.get(0).contains("a1") && rows.get(0).contains("b2"), rows::toString);
        assertEquals(6, rows.size());
    }

    @Test
    void auditFilesAndFlags() {
        StatisticalAudit a = StatisticalAudit.of(r);
        OutputSet files = AuditWriter.files(a, null);
        assertTrue(files.names().contains("correlations.csv"), files.names()::toString);
        assertTrue(AuditWriter.json(a, null).contains("correlations"));
        AuditWriter.flags(a);
    }

    /** Perfectly collinear leaves: every replication ranks the five places the same way. */
    @Test
    void sensitivityFilesOfAShortUncertaintyRun() {
        SensitivitySpec spec = SensitivitySpec.defaults();
        UncertaintyAnalysis ua = new UncertaintyAnalysis(r.framework(), ReportFixture.data(ReportFixture.NOW), r.settings(), spec);
        UncertaintyAnalysis.UaResult res = ua.uncertainty(20, 1, 1, d -> { });
        String csv = SensitivityWriter.uncertainty(res);
        assertTrue(csv.contains("乙区"), csv);
        assertTrue(SensitivityWriter.frequencies(res).contains("u1"));
    }

    @Test
    void settingsYamlAndWeightsOverlay() {
        RunRecord run = new RunRecord("compute", new RunRecord.FileRef("fixture.yaml", "0".repeat(64)), "sample-data", "2026H1", null, "auto", null, Map.of());
        String yaml = SettingsWriter.yaml(run, r.settings(), Map.of(), "test", null);
        assertTrue(yaml.contains("minmax"), yaml);
        WeightDerivation.Result w = WeightDerivation.derive(r.framework(), p, "equal", "entropy", 0.5, false);
        String overlay = SettingsWriter.overlay(w, "");
        assertTrue(overlay.contains("weights:") && overlay.contains("a1"), overlay);
        assertTrue(Json.records(w).contains("\"rows\""));
    }

    @Test
    void templatesListWhatEachDepartmentOwes() {
        List<UnitRecord> units = ReportFixture.data(ReportFixture.NOW).units();
        OutputSet files = TemplateWriter.build(r.framework(), units, Map.of("district", Set.of()), "2026H2");
        assertTrue(files.names().isEmpty() || files.names().stream().allMatch(n -> n.contains("2026H2")), files.names()::toString);
    }

    @Test
    void unitPageStatesScorePlaceAndLists() {
        String page = UnitPageWriter.page(r, p, 1, lists.twoWay(), lists.comparison().indexRows().get("district/u1"), "2025年下半年");
        assertTrue(page.contains("乙区") && page.contains("75.00"), page);
        assertEquals("区（县、市）", UnitPageWriter.poolName("district"));
        assertEquals("第2位", UnitPageWriter.place(p, 1, 0));
    }

    @Test
    void jsonWritesNaNAsNull() {
        Json.Obj o = Json.object().put("a", Double.NaN).put("b", "乙");
        assertEquals("{\"a\":null,\"b\":\"乙\"}", Json.writeCompact(o));
        assertEquals("\"x\"", Json.quote("x"));
    }
}
