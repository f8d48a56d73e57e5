package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qqhi.input.SampleDataCopy;

/**
 * The case register (issue 35, item 5), on a copy of the sample data: two cases imported from a
 * sheet behind promotions appear in the 评价报告's 典型经验, in Annex 2 of the 通报 and in
 * promotion.csv's 可推广做法; a case on a leaf the place is not promoted on is kept but flagged and
 * told nowhere; a text too short, an unknown place or leaf refuse the whole sheet (65).
 */
class CasesCommandTest {
    /** A text of n characters, as a clerk's prose (Chinese, with punctuation). */
    static String text(int n) {
        String base = "建立涉企问题快速响应机制，实行首问负责和限时办结，定期回访企业，做到件件有回音、事事有着落。";
        StringBuilder b = new StringBuilder();
        while (b.length() < n) b.append(base);
        return b.substring(0, n);
    }

    /** The first promotion entries of the sample (unit code, unit name, leaf id, leaf name). */
    static List<String[]> promotions(Path out) throws Exception {
        return Files.readAllLines(out.resolve("promotion.csv"), StandardCharsets.UTF_8).subList(1, 4).stream()
                .map(l -> l.split(",")).toList();
    }

    @Test
    void casesBehindPromotionsAreToldAndOthersFlagged(@TempDir Path dir) throws Exception {
        Path data = SampleDataCopy.into(dir);
        Path c0 = dir.resolve("c0");
        assertEquals(0, CliRun.of("compute", "--data", data.toString(), "--out", c0.toString(), "--quiet").exitCode());
        List<String[]> promo = promotions(c0);
        String[] a = promo.get(0);
        String[] b = promo.get(1);

        // a sheet with one text too short, one unknown place: nothing is registered
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "单位,指标,主题,标题,正文,联系人\n" + a[1] + "," + a[2] + ",,短的,太短了,\n不存在区,," + "营商环境,无名," + text(400)
                + ",\n");
        CliRun refused = CliRun.of("cases", "import", bad.toString(), "--data", data.toString(), "-p", "2026H1");
        assertEquals(65, refused.exitCode(), refused::toString);
        assertTrue(refused.err().contains("bad.csv:2") && refused.err().contains("正文3字，应为300至800字"), refused.err());
        assertTrue(refused.err().contains("bad.csv:3") && refused.err().contains("没有单位“不存在区”"), refused.err());
        assertFalse(Files.exists(data.resolve("2026H1/cases.csv")), "nothing registered");

        Path sheet = dir.resolve("cases.csv");
        Files.writeString(sheet, "单位,指标,主题,标题,正文,联系人\n" + a[1] + "," + a[3] + ",,首问负责闭环办结," + text(350) + ",张三 0574-1\n"
                + b[0] + "," + b[2] + ",,限时办结机制," + text(500) + ",\n");
        CliRun imp = CliRun.of("cases", "import", sheet.toString(), "--data", data.toString(), "-p", "2026H1", "--today", "2026-07-01");
        assertEquals(0, imp.exitCode(), imp::toString);
        assertTrue(imp.out().contains("2026H1-01《首问负责闭环办结》") && imp.out().contains("2026H1-02《限时办结机制》"), imp.out());

        // a leaf the place is not promoted on: kept, flagged, told nowhere
        String[] r0 = Files.readAllLines(c0.resolve("rectification.csv"), StandardCharsets.UTF_8).get(1).split(",");
        CliRun add = CliRun.of("cases", "add", "--data", data.toString(), "-p", "2026H1", "--unit", r0[0], "--leaf", r0[2], "--title",
                "未上榜的做法", "--text", text(320), "--today", "2026-07-01");
        assertEquals(0, add.exitCode(), add::toString);
        byte[] register = Files.readAllBytes(data.resolve("2026H1/cases.csv"));
        CliRun tooLong = CliRun.of("cases", "add", "--data", data.toString(), "-p", "2026H1", "--unit", r0[0], "--theme", "营商环境",
                "--title", "太长", "--text", text(801));
        assertEquals(65, tooLong.exitCode(), tooLong::toString);
        assertArrayEquals(register, Files.readAllBytes(data.resolve("2026H1/cases.csv")), "a refused case changes nothing");

        CliRun list = CliRun.of("cases", "list", "--data", data.toString(), "-p", "2026H1", "--format", "json");
        assertEquals(0, list.exitCode(), list::toString);
        String json = list.out().replace(" ", "");
        assertTrue(json.contains("\"title\":\"首问负责闭环办结\"") && json.contains("\"title\":\"未上榜的做法\""), json);
        assertEquals(2, json.split("\"promotion\":true").length - 1, json);
        assertEquals(1, json.split("\"promotion\":false").length - 1, json);

        Path rel = dir.resolve("rel");
        assertEquals(0, CliRun.of("release", "--data", data.toString(), "--out", rel.toString(), "--quiet").exitCode());
        String report = DocumentTextTest.text(rel.resolve("2026H1/2026年上半年亲清健康指数评价报告.docx")).replace(" ", "");
        assertTrue(report.contains("典型经验") && report.contains(a[1] + "：首问负责闭环办结") && report.contains("限时办结机制")
                && report.contains("（联系人：张三0574-1）"), report);
        assertFalse(report.contains("未上榜的做法"), "a case behind no promotion is told nowhere");
        String bulletin = DocumentTextTest.text(rel.resolve("2026H1/2026年上半年亲清健康指数评价结果通报.docx")).replace(" ", "");
        assertTrue(bulletin.contains("典型案例《首问负责闭环办结》") && bulletin.contains("典型案例《限时办结机制》"), bulletin);
        String promotion = Files.readString(rel.resolve("2026H1/promotion.csv"));
        assertTrue(promotion.contains(a[0] + "," + a[1] + "," + a[2]) && promotion.contains("典型案例《首问负责闭环办结》"), promotion);
        assertTrue(Files.readString(rel.resolve("2026H1/manifest.json")).contains("cases.csv"), "the register is a recorded input");
    }
}
