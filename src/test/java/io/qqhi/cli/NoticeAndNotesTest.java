package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample data's notice (dataset.yaml) on every people-facing output, and a unit with too little
 * data (庵东镇: its survey sample below the minimum) kept out of the ranking with a note saying why,
 * in the ranking CSV, the terminal table, report.html and the workbook (docs/methods.md, screening).
 */
class NoticeAndNotesTest {
    static final String NOTICE = "示例数据，非真实评价结果";

    @Test
    void noticeAndNotesReachEveryOutputPeopleRead(@TempDir Path dir) throws Exception {
        CliRun c = CliRun.of("compute", "--out", dir.resolve("out").toString());
        assertEquals(0, c.exitCode(), c::toString);
        assertTrue(c.out().startsWith("【" + NOTICE + "】"), c.out());
        assertTrue(c.out().contains("说明：庵东镇 不参与排名（数据不足：缺失指标权重合计"), c.out());
        String csv = Files.readString(dir.resolve("out/rankings-township.csv"), StandardCharsets.UTF_8);
        String andong = csv.lines().filter(l -> l.contains("庵东镇")).findFirst().orElseThrow();
        assertTrue(andong.startsWith(",andong,"), "no rank: " + andong);
        assertTrue(andong.contains("样本不足（有效样本") && andong.contains("满意度指标未计入"), andong);

        Path rel = dir.resolve("releases");
        assertEquals(0, CliRun.of("release", "--out", rel.toString(), "--quiet").exitCode());
        String html = Files.readString(rel.resolve("2026H1/report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains(NOTICE) && html.contains("说明：庵东镇 不参与排名"), "report.html");
        try (ZipFile z = new ZipFile(rel.resolve("2026H1/qqhi-2026H1.xlsx").toFile())) {
            String xml = new String(z.getInputStream(z.getEntry("xl/sharedStrings.xml")).readAllBytes(), StandardCharsets.UTF_8);
            // fastexcel writes non-ASCII characters as character references
            String strings = java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml)
                    .replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16))));
            assertTrue(strings.contains(NOTICE) && strings.contains("不参与排名"), "workbook");
        }
    }
}
