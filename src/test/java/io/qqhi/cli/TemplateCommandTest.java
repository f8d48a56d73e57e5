package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qqhi.framework.Problems;
import io.qqhi.input.SampleDataCopy;
import io.qqhi.input.Table;
import io.qqhi.input.XlsxReader;

/** Templates list what each department owes, and a filled template reads back as the same data. */
class TemplateCommandTest {
    @Test
    void aFilledTemplateGivesTheSameScoresAsTheOriginalFile(@TempDir Path dir) throws Exception {
        Path tpl = dir.resolve("tpl");
        CliRun r = CliRun.of("template", "--period", "2026H1", "--out", tpl.toString());
        assertEquals(0, r.exitCode(), r::toString);
        // a CSV and an XLSX for each of the 26 departments but 市科技局 and 市统计局, whose only items are annual
        assertEquals(48, Files.list(tpl).filter(f -> !f.getFileName().toString().startsWith(".")).count());
        Path data = SampleDataCopy.into(dir);
        Path original = SampleDataCopy.departmentFile(data, "2026H1", "D02");
        Map<String, String> values = new HashMap<>();
        for (String line : Files.readAllLines(original)) {
            String[] c = line.replace("\uFEFF", "").split(",", -1);
            values.put(c[0] + "/" + c[1], c[2]);
        }
        List<String> template = Files.readAllLines(tpl.resolve("D02-市委组织部-2026H1.csv"), StandardCharsets.UTF_8);
        // a title line with the period, then the Chinese header with the names before the value
        assertEquals("\uFEFF市委组织部 2026年上半年 亲清健康指数数据报送表", template.get(0));
        assertEquals("单位代码,单位,指标代码,指标,计量单位,数值,备注,口径", template.get(1));
        StringBuilder filled = new StringBuilder(template.get(0)).append('\n').append(template.get(1)).append('\n');
        for (String line : template.subList(2, template.size())) {
            String[] c = line.split(",", -1);
            c[5] = values.get(c[0] + "/" + c[2]);
            filled.append(String.join(",", c)).append('\n');
        }
        assertEquals(values.size() - 1, template.size() - 2, "one row per unit × item the department owes");
        Path out1 = dir.resolve("o1");
        Path out2 = dir.resolve("o2");
        assertEquals(0, CliRun.of("compute", "--data", data.toString(), "--out", out1.toString(), "--quiet").exitCode());
        Files.delete(original);
        Files.writeString(data.resolve("2026H1/departments/D02-市委组织部.csv"), filled.toString());
        CliRun again = CliRun.of("compute", "--data", data.toString(), "--out", out2.toString(), "--quiet");
        assertEquals(0, again.exitCode(), again::toString);
        assertArrayEquals(Files.readAllBytes(out1.resolve("scores.csv")), Files.readAllBytes(out2.resolve("scores.csv")));
        // the workbook has the same rows, values left for the department
        Table t = XlsxReader.read(tpl.resolve("D02-市委组织部-2026H1.xlsx"), new Problems());
        assertEquals(template.size() - 2, t.rows().size(), "the title line is not the header");
        assertEquals("单位代码", t.header().get(0));
        assertTrue(t.rows().stream().allMatch(row -> row.get(5).isEmpty()));
        // next period by default
        CliRun next = CliRun.of("template", "--out", dir.resolve("next").toString());
        assertTrue(Files.exists(dir.resolve("next/D02-市委组织部-2026H2.csv")), next::toString);
    }
}
