package io.qqhi.report.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qqhi.framework.Problems;
import io.qqhi.input.Table;
import io.qqhi.input.XlsxReader;
import io.qqhi.report.PlaceLists;

/**
 * The fillable 问题整改情况反馈表 (issue 34, item 3): one row per rectification item with its id in
 * a hidden last column, read back by qqhi's own reader; the progress column offers exactly
 * 未启动/推进中/已完成 and refuses anything else; the sheet is protected except the place's columns.
 */
class FeedbackFormTest {
    @Test
    void oneRowPerItemWithHiddenIdsAListOfProgressAndLockedFacts(@TempDir Path dir) throws Exception {
        PlaceLists.Entry a = entry("B2.2.2", "政务失信记录数", "政务失信记录数：本期发生1起");
        PlaceLists.Entry b = entry("C1.1.3", "政府清廉感知度", "政府清廉感知度63.54分，低于全市平均2.62分");
        Path f = dir.resolve("form.xlsx");
        Files.write(f, FeedbackForm.workbook("江北区2026年上半年问题整改情况反馈表", List.of(a, b), "示例数据"));
        Problems problems = new Problems();
        Table t = XlsxReader.read(f, problems);
        assertTrue(t != null, problems.all()::toString);
        assertEquals(FeedbackForm.HEADER, t.header().subList(0, FeedbackForm.HEADER.size()));
        assertEquals(List.of("JB-B2.2.2", "JB-C1.1.3"), t.rows().stream().map(r -> r.get(FeedbackForm.ID)).toList());
        String sheet;
        try (ZipFile z = new ZipFile(f.toFile())) {
            sheet = new String(z.getInputStream(z.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(sheet.contains("hidden=\"true\"") && sheet.contains("<sheetProtection"), "hidden ids, protected sheet");
        assertTrue(sheet.contains("type=\"list\"") && sheet.contains("sqref=\"I3:I4\"") && sheet.contains("errorStyle=\"stop\""), sheet);
    }

    private static PlaceLists.Entry entry(String id, String name, String basis) {
        return new PlaceLists.Entry("district", "JB", "江北区", id, name, 4, "1", "", "", "", "", "", "", "", basis, "江北区（属地）", "", "",
                "", "", "", false, false, 0, "");
    }
}
