package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qqhi.framework.FrameworkLoader;
import io.qqhi.framework.Problems;
import io.qqhi.input.SampleDataCopy;

/**
 * Annual items (issue 31, item 6; docs/methods.md, annual items): the bundled framework's Q04
 * 新认定民营高新技术企业数 is sent once a year, with the year-end period.
 */
class AnnualItemsTest {
    /**
     * 2026H1 carries 2025H2's Q04 forward: 江北区's A1.2.1 is 74 (2025H2's D08 file, line 3) over
     * its 2026H1 Q03 65172 (D18's file) × 1000 = 1.13546 ‰, by hand; a Q04 sent for 2026H1 is set
     * aside with a warning at its cell; the run notes the carried item; a rectification entry on it
     * says 2025年度数据.
     */
    @Test
    void aHalfYearCarriesTheLastAnnualFigureForward(@TempDir Path dir) throws Exception {
        Path data = SampleDataCopy.into(dir);
        Path midYear = data.resolve("2026H1/departments/D08-市科技局.csv");
        Files.writeString(midYear, "unit,item,value,note\nJB,Q04,999,\n");
        CliRun r = CliRun.of("--lang", "zh", "trace", "江北区", "A1.2.1", "--data", data.toString(), "--format", "json");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode t = new ObjectMapper().readTree(r.out());
        assertEquals(74.0 / 65172 * 1000, t.get("raw").asDouble(), 1e-9);
        JsonNode q04 = t.get("sources").get(0);
        assertEquals("Q04", q04.get("item").asText());
        assertTrue(q04.get("file").asText().startsWith("2025H2"), q04::toString);
        assertEquals(3, q04.get("line").asInt());

        Path out = dir.resolve("out");
        CliRun c = CliRun.of("--lang", "zh", "compute", "--data", data.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, c.exitCode(), c::toString);
        String problems = Files.readString(out.resolve("problems.csv"));
        assertTrue(problems.contains("本期沿用2025年下半年报送的2025年数据"), problems);
        assertTrue(problems.lines().anyMatch(l -> l.contains("D08-市科技局.csv,2,3,") && l.contains("Q04") && l.contains("不予采用")), problems);
        List<String> annualEntries = Files.readAllLines(out.resolve("rectification.csv")).stream()
                .filter(l -> l.contains(",A1.2.1,")).toList();
        assertTrue(!annualEntries.isEmpty() && annualEntries.stream().allMatch(l -> l.contains("（2025年度数据）")), annualEntries::toString);
    }

    /** Without an earlier year-end period the annual item is missing for the half-year, with a warning. */
    @Test
    void withoutAYearEndPeriodTheAnnualItemIsMissing(@TempDir Path dir) throws Exception {
        Path data = SampleDataCopy.into(dir);
        try (var s = Files.walk(data.resolve("2025H2"))) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        CliRun r = CliRun.of("--lang", "zh", "compute", "--data", data.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.err().contains("数据项Q04（新认定民营高新技术企业数）为年度数据") && r.err().contains("本期缺失"), r::toString);
    }

    /** The half-year templates do not ask for annual items; cadence must be period or annual. */
    @Test
    void halfYearTemplatesLeaveAnnualItemsOutAndABadCadenceIsAnError(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("t");
        assertEquals(0, CliRun.of("template", "--period", "2026H1", "--out", out.toString(), "--quiet").exitCode());
        try (var s = Files.list(out)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith("D08-")), "D08 owns only Q04: no half-year template");
        }
        Path year = dir.resolve("y");
        assertEquals(0, CliRun.of("template", "--period", "2026H2", "--out", year.toString(), "--quiet").exitCode());
        try (var s = Files.list(year)) {
            assertTrue(s.anyMatch(p -> p.getFileName().toString().startsWith("D08-")), "the year-end template asks for Q04");
        }
        Problems p = new Problems();
        new FrameworkLoader(p).loadText("t.yaml", """
                index: {id: X}
                departments: [{id: D01, name: 甲局}]
                items:
                  - {id: Q1, name: 甲, department: D01, type: count, cadence: yearly}
                tree:
                  - {id: a, weight: 1, direction: +, formula: Q1}
                """);
        assertTrue(p.all().stream().anyMatch(x -> x.isError() && x.line() == 4 && x.message().contains("annual")), p.all()::toString);
    }
}
