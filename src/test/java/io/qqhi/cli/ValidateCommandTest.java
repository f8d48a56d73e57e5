package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ValidateCommandTest {
    @Test
    void theBundledFrameworkValidatesWithItsShape() {
        CliRun r = CliRun.of("validate");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("一级指标3项 → 二级指标6项 → 三级指标14项 → 四级指标37项"), r::toString);
    }

    @Test
    void jsonOutputFollowsTheContract(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "index: {id: X}\ntree:\n  - {id: A, weight: abc, direction: +}\n");
        CliRun r = CliRun.of("validate", "--framework", f.toString(), "--format", "json");
        assertEquals(65, r.exitCode(), r::toString);
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertFalse(j.get("ok").asBoolean());
        JsonNode p = j.get("problems").get(0);
        assertEquals("error", p.get("severity").asText());
        assertEquals(3, p.get("line").asInt());
        assertEquals("A", p.get("node").asText());
        CliRun ok = CliRun.of("validate", "--format", "json");
        JsonNode k = new ObjectMapper().readTree(ok.out());
        assertTrue(k.get("ok").asBoolean());
        assertEquals("[3,6,14,37]", k.get("shape").toString());
    }

    @Test
    void badFrameworkExits65WithLocationAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "index: {id: X}\ntree:\n  - {id: A, weight: -1, direction: +}\n  - {id: A, direction: +}\n");
        CliRun r = CliRun.of("validate", "-f", f.toString());
        assertEquals(65, r.exitCode(), r::toString);
        assertTrue(r.out().contains(f + ":3:"), r::toString);
        assertTrue(r.out().contains(f + ":4:"), r::toString);
        assertFalse((r.out() + r.err()).contains("Exception"), r::toString);
    }

    @Test
    void strictTurnsWarningsIntoFailure(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("w.yaml");
        Files.writeString(f, "index: {id: X}\ntree:\n  - {id: A, weight: 0.5, direction: +}\n  - {id: B, weight: 0.3, direction: +}\n");
        assertEquals(0, CliRun.of("validate", "-f", f.toString()).exitCode());
        assertEquals(65, CliRun.of("validate", "-f", f.toString(), "--strict").exitCode());
    }

    @Test
    void missingFileExits66() {
        CliRun r = CliRun.of("validate", "-f", "no/such/file.yaml");
        assertEquals(66, r.exitCode(), r::toString);
        assertTrue(r.err().contains("文件不存在"), r::toString);
    }

    @Test
    void badCommandLineExits64() {
        CliRun r = CliRun.of("validate", "--no-such-option");
        assertEquals(64, r.exitCode(), r::toString);
        assertEquals(64, CliRun.of("frobnicate").exitCode());
    }

    @Test
    void treeShowsGlobalWeightsThatSumToOne() throws Exception {
        CliRun r = CliRun.of("tree");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("C1.1.1") && r.out().contains("gw=0.0504"), r::toString);
        assertTrue(r.out().contains("37项末级指标的全局权重之和为1.000000"), r::toString);
        CliRun csv = CliRun.of("tree", "--format", "csv");
        double sum = 0;
        for (org.apache.commons.csv.CSVRecord rec : org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                .setSkipHeaderRecord(true).build().parse(new java.io.StringReader(csv.out()))) {
            if (rec.get("level").equals("4")) sum += Double.parseDouble(rec.get("global_weight"));
        }
        assertEquals(1.0, sum, 1e-12);
    }

    @Test
    void helpIsChineseByDefaultAndEnglishWithLangEn() {
        CliRun r = CliRun.of("compute", "--help");
        assertTrue(r.out().contains("计算各比较组的得分") && r.out().contains("输出目录") && r.out().startsWith("用法："), r::toString);
        assertTrue(r.out().contains("选项：") && !r.out().contains("Usage:"), r::toString);
        CliRun en = CliRun.of("compute", "--help", "--lang", "en");
        assertTrue(en.out().startsWith("Usage:") && en.out().contains("Compute scores"), en::toString);
        assertEquals(64, CliRun.of("compute", "--lang", "fr").exitCode(), "zh or en only");
    }

    @Test
    void versionAndCompletionWork() {
        assertEquals(0, CliRun.of("--version").exitCode());
        CliRun c = CliRun.of("completion");
        assertEquals(0, c.exitCode());
        assertTrue(c.out().contains("complete -F"), c::toString);
    }
}
