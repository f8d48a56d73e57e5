package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.qqhi.input.SampleDataCopy;

/**
 * {@code qqhi trace}: every source it names holds, at that file, line and column, the text and value
 * it prints (read back here with other readers: commons-csv and fastexcel-reader), and on a release
 * it tells a file changed since publication.
 */
class TraceCommandTest {
    static final List<String> DISTRICTS = List.of("HS", "JB", "ZH", "BL", "YZ", "FH", "YY", "CX", "NH", "XS", "QW", "GX");

    @Test
    void twentyRandomLeavesLeadBackToTheCellsThatHoldTheirFigures() throws Exception {
        CliRun tree = CliRun.of("tree", "--format", "json");
        List<String> leaves = new ArrayList<>();
        collectLeaves(new ObjectMapper().readTree(tree.out()), leaves);
        assertEquals(37, leaves.size(), tree::toString);
        Random random = new Random(20261129);
        int cells = 0;
        for (int k = 0; k < 20; k++) {
            String unit = DISTRICTS.get(random.nextInt(DISTRICTS.size()));
            String leaf = leaves.get(random.nextInt(leaves.size()));
            CliRun r = CliRun.of("trace", unit, leaf, "--format", "json");
            assertEquals(0, r.exitCode(), r::toString);
            JsonNode t = new ObjectMapper().readTree(r.out());
            assertEquals(leaf, t.get("node").asText());
            for (JsonNode s : t.get("sources")) {
                if (s.get("file").isNull()) continue;
                Path file = Path.of("sample-data").resolve(s.get("file").asText());
                String cell = cellText(file, s.get("line").asInt(), s.get("column").asInt());
                assertEquals(s.get("text").asText(), cell, unit + " " + leaf + " " + s);
                assertEquals(s.get("value").asDouble(), Double.parseDouble(cell.replace("%", "").strip()), 1e-9, unit + " " + leaf);
                cells++;
            }
            for (JsonNode s : t.get("survey")) {
                assertTrue(s.get("n").asInt() > 0 && s.get("file").asText().endsWith("responses.csv"), s::toString);
            }
        }
        assertTrue(cells >= 10, "cells checked: " + cells);
    }

    @Test
    void aWorkbookFigureIsNamedBySheetCell() throws Exception {
        // D24 (the court) sends an .xlsx in the sample data; B2.1.1 is built from its figures
        CliRun r = CliRun.of("trace", "HS", "B2.1.1", "--format", "json");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode s = new ObjectMapper().readTree(r.out()).get("sources").get(0);
        assertTrue(s.get("file").asText().endsWith(".xlsx"), s::toString);
        assertTrue(s.get("cell").asText().matches("[A-Z]+[0-9]+"), s::toString);
        assertEquals(cellText(Path.of("sample-data").resolve(s.get("file").asText()), s.get("line").asInt(), s.get("column").asInt()),
                s.get("text").asText());
        CliRun text = CliRun.of("trace", "HS", "B2.1.1");
        assertTrue(text.out().contains("第1张工作表 " + s.get("cell").asText() + "单元格"), text::toString);
    }

    @Test
    void anAggregateShowsItsChildrenAndWeightsThatAddUpToItsScore() throws Exception {
        CliRun r = CliRun.of("trace", "江北区", "B", "--format", "json");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode t = new ObjectMapper().readTree(r.out());
        double sum = 0;
        for (JsonNode c : t.get("children")) sum += c.get("contribution").asDouble();
        assertEquals(t.get("score").asDouble(), sum, 1e-9, "arithmetic: Σ weight × score");
    }

    @Test
    void onAReleaseAChangedInputFileIsNamed(@TempDir Path dir) throws Exception {
        Path data = SampleDataCopy.into(dir);
        Path releases = dir.resolve("releases");
        CliRun rel = CliRun.of("release", "--data", data.toString(), "--out", releases.toString());
        assertEquals(0, rel.exitCode(), rel::toString);
        Path published = releases.resolve("2026H1");
        CliRun clean = CliRun.of("trace", "--release", published.toString(), "HS", "C2.1.1", "--format", "json");
        assertEquals(0, clean.exitCode(), clean::toString);
        JsonNode traced = new ObjectMapper().readTree(clean.out());
        assertEquals(0, traced.get("changed_inputs").size(), clean::toString);
        // the workbook's 原始数据 sheet names the same file and position for the same figure
        JsonNode source = traced.get("sources").get(0);
        boolean found = false;
        try (ReadableWorkbook wb = new ReadableWorkbook(published.resolve("qqhi-2026H1.xlsx").toFile())) {
            org.dhatim.fastexcel.reader.Sheet sheet = wb.findSheet("原始数据").orElseThrow();
            for (Row r : (Iterable<Row>) sheet.openStream()::iterator) {
                if (r.getCellText(0).equals("HS") && r.getCellText(2).equals(source.get("item").asText())) {
                    assertEquals(source.get("file").asText(), r.getCellText(7));
                    assertEquals("第" + source.get("line").asInt() + "行第" + source.get("column").asInt() + "列", r.getCellText(8));
                    assertEquals(source.get("value").asDouble(), Double.parseDouble(r.getCellText(4)), 1e-12);
                    found = true;
                }
            }
        }
        assertTrue(found, "HS " + source + " in 原始数据");
        Path d26 = SampleDataCopy.departmentFile(data, "2026H1", "D26");
        Files.writeString(d26, Files.readString(d26).replaceFirst("44\\.0", "45.0"));
        CliRun after = CliRun.of("trace", "--release", published.toString(), "JB", "C2.1.1");
        assertEquals(0, after.exitCode(), after::toString);
        assertTrue(after.out().contains("发布后已被修改") && after.out().contains(d26.getFileName().toString()), after::toString);
    }

    @Test
    void unknownPlaceOrNodeIsAUsageError() {
        CliRun unit = CliRun.of("trace", "江北", "C2.1.1");
        assertEquals(64, unit.exitCode(), unit::toString);
        assertTrue(unit.err().contains("江北区"), unit::toString);
        CliRun node = CliRun.of("trace", "JB", "C2.1.9");
        assertEquals(64, node.exitCode(), node::toString);
        assertFalse(node.err().contains("Exception"), node::toString);
    }

    static void collectLeaves(JsonNode n, List<String> out) {
        JsonNode children = n.get("children");
        if (children == null || children.isEmpty()) {
            if (n.has("id") && n.has("direction")) out.add(n.get("id").asText());
            return;
        }
        for (JsonNode c : children) collectLeaves(c, out);
    }

    /** The text of a cell, read with another library than qqhi's readers. */
    static String cellText(Path file, int line, int column) throws Exception {
        if (file.toString().endsWith(".xlsx")) {
            try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
                for (Row r : (Iterable<Row>) wb.getFirstSheet().openStream()::iterator) {
                    if (r.getRowNum() == line) return r.getCellText(column - 1);
                }
            }
            return null;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        try (Reader in = new java.io.StringReader(text)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.parse(in)) {
                if (rec.getRecordNumber() == line) return rec.get(column - 1);
            }
        }
        return null;
    }
}
