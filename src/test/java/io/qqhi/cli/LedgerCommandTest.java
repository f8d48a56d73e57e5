package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qqhi.report.workbook.FeedbackForm;

/**
 * The rectification ledger round trip (issue 35): a release, three places' forms filled by this
 * test as a clerk would (text dates, an Excel date, the progress list), {@code ledger import},
 * {@code ledger status} finding the one overdue item (exit 2), and malformed forms refused at
 * their cells with nothing imported from them (exit 65).
 */
class LedgerCommandTest {
    @TempDir
    static Path dir;
    static Path releases;

    @BeforeAll
    static void release() {
        releases = dir.resolve("rel");
        assertEquals(0, CliRun.of("release", "--out", releases.toString(), "--quiet").exitCode());
    }

    /** The ids of a place's items on the published list (rectification.csv: 单位代码, …, 指标代码 third). */
    static List<String> ids(String unit) throws Exception {
        return ids(releases, "2026H1", unit);
    }

    static List<String> ids(Path releases, String period, String unit) throws Exception {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(releases.resolve(period + "/rectification.csv"), StandardCharsets.UTF_8)) {
            String[] c = line.replace("\uFEFF", "").split(",");
            if (c[0].equals(unit)) out.add(unit + "-" + c[2]);
        }
        assertTrue(out.size() >= 2, unit + " has items");
        return out;
    }

    /** A form laid out as FeedbackForm writes it: a title row, the header, one row per item; {@code cells[k]} fills 整改措施…整改进度. */
    static Path form(String name, List<String> ids, List<Object[]> cells) throws Exception {
        Path f = dir.resolve(name);
        try (OutputStream o = Files.newOutputStream(f); Workbook wb = new Workbook(o, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("反馈表");
            ws.value(0, 0, "问题整改情况反馈表");
            for (int c = 0; c < FeedbackForm.HEADER.size(); c++) ws.value(1, c, FeedbackForm.HEADER.get(c));
            for (int k = 0; k < ids.size(); k++) {
                ws.value(2 + k, 0, k + 1);
                ws.value(2 + k, FeedbackForm.ID, ids.get(k));
                Object[] v = cells.get(Math.min(k, cells.size() - 1));
                for (int c = 0; c < v.length; c++) {
                    if (v[c] instanceof LocalDate d) {
                        ws.value(2 + k, 4 + c, d);
                        ws.style(2 + k, 4 + c).format("yyyy-mm-dd").set();
                    } else if (v[c] != null) {
                        ws.value(2 + k, 4 + c, (String) v[c]);
                    }
                }
            }
        }
        return f;
    }

    @Test
    void returnedFormsMakeTheLedgerAndTheStatusFindsTheOverdueItem() throws Exception {
        List<String> jb = ids("JB");
        List<Object[]> jbCells = new ArrayList<>();
        // the first item due 2026-12-31 and still under way: overdue from 2027-01-01
        jbCells.add(new Object[] {"建立清欠台账，逐笔销号", "区经信局", "区财政局", "2026-12-31", "推进中"});
        jbCells.add(new Object[] {"完善投诉办理机制", "区政务服务办", "", LocalDate.of(2027, 6, 30), "推进中"});
        Path a = form("JB-江北区-问题整改情况反馈表.xlsx", jb, jbCells);
        Path b = form("HS-海曙区-问题整改情况反馈表.xlsx", ids("HS"), List.<Object[]>of(new Object[] {"已整改到位", "区发改局", "", null, "已完成"}));
        Path c = form("BL-北仑区-问题整改情况反馈表.xlsx", ids("BL"),
                List.<Object[]>of(new Object[] {"专项整治", "区市场监管局", "区司法局", "2027年3月31日", "未启动"}));
        CliRun imp = CliRun.of("ledger", "import", a.toString(), b.toString(), c.toString(), "--out", releases.toString(),
                "--today", "2026-12-08");
        assertEquals(0, imp.exitCode(), imp::toString);
        int items = jb.size() + ids("HS").size() + ids("BL").size();
        assertTrue(imp.out().contains("已导入3份反馈表、" + items + "项整改事项"), imp.out());
        Path ledger = releases.resolve("ledger/2026H1/ledger.csv");
        String csv = Files.readString(ledger);
        assertTrue(csv.contains(jb.get(1) + ",JB,") && csv.contains(",2027-06-30,推进中,2026-12-08,"), csv);
        assertTrue(csv.contains(",2027-03-31,未启动,"), "2027年3月31日 read as a date: " + csv);

        CliRun before = CliRun.of("ledger", "status", "--out", releases.toString(), "--today", "2026-12-31");
        assertEquals(0, before.exitCode(), before::toString);
        CliRun after = CliRun.of("ledger", "status", "--out", releases.toString(), "--today", "2027-01-01", "--format", "json");
        assertEquals(2, after.exitCode(), after::toString);
        assertTrue(after.out().replace(" ", "").contains("\"overdue\":1,"), after.out());
        long done = ids("HS").size();
        assertTrue(after.out().replace(" ", "").contains("\"done\":" + done), after.out());
        CliRun text = CliRun.of("ledger", "status", "--out", releases.toString(), "--today", "2027-01-01");
        assertTrue(text.out().contains("逾期事项") && text.out().contains("江北区") && text.out().contains("完成时限2026年12月31日"),
                text.out());

        Path notices = dir.resolve("notices");
        CliRun remind = CliRun.of("ledger", "remind", "--out", releases.toString(), "--today", "2027-01-01", "--notices",
                notices.toString());
        assertEquals(0, remind.exitCode(), remind::toString);
        String notice = Files.readString(notices.resolve("督办-JB-江北区.txt"));
        assertTrue(notice.startsWith("关于督促落实2026年上半年亲清健康指数问题整改事项的函") && notice.contains("江北区：")
                && notice.contains("以下1项已超过") && notice.contains("完成时限2026年12月31日，整改进度为“推进中”，责任单位区经信局"), notice);
        assertTrue(Files.exists(notices.resolve("督办-JB-江北区.docx")));
        try (var s = Files.list(notices)) {
            assertEquals(2, s.filter(p -> !p.getFileName().toString().startsWith(".")).count(), "one place overdue: one notice, two files");
        }

        // a malformed form: an open item without 整改措施, a date that is none, an id not on the list, a passed deadline
        byte[] kept = Files.readAllBytes(ledger);
        List<String> yz = new ArrayList<>(ids("YZ"));
        yz.add("YZ-Z9.9");
        List<Object[]> bad = new ArrayList<>();
        bad.add(new Object[] {null, "区经信局", "", "2027-06-30", "推进中"});
        bad.add(new Object[] {"措施", "区经信局", "", "明年上半年", "推进中"});
        bad.add(new Object[] {"措施", "区经信局", "", "2026-11-30", "推进中"});
        Path d = form("YZ-鄞州区-问题整改情况反馈表.xlsx", yz, bad);
        CliRun refused = CliRun.of("ledger", "import", d.toString(), "--out", releases.toString(), "--today", "2026-12-08");
        assertEquals(65, refused.exitCode(), refused::toString);
        String err = refused.err();
        assertTrue(err.contains("YZ-鄞州区-问题整改情况反馈表.xlsx!E3") && err.contains("整改措施"), err);
        assertTrue(err.contains("YZ-鄞州区-问题整改情况反馈表.xlsx!H4") && err.contains("明年上半年"), err);
        assertTrue(err.contains("早于导入日期"), err);
        assertTrue(err.contains("YZ-Z9.9"), err);
        assertTrue(!err.contains("Exception"), err);
        assertArrayEquals(kept, Files.readAllBytes(ledger), "nothing imported from a refused form");
    }

    /**
     * The next period reads the ledger (issue 35, item 3): 2025H2 released, three places report
     * (海曙区 everything 已完成), 2026H1 released into the same folder: its 通报 gives the 整改完成率 of
     * the forms and the 销号率 of rectification-followup.csv, and an item whose figure met its
     * standard is 已销号 only when its place reported it 已完成.
     */
    @Test
    void theNextPeriodReportsCompletionAndClosingFromTheLedger(@TempDir Path tmp) throws Exception {
        Path rel = tmp.resolve("rel");
        assertEquals(0, CliRun.of("release", "-p", "2025H2", "--out", rel.toString(), "--quiet").exitCode());
        List<String> hs = ids(rel, "2025H2", "HS");
        List<String> jb = ids(rel, "2025H2", "JB");
        Path a = form("2025-HS.xlsx", hs, List.<Object[]>of(new Object[] {"已整改到位", "区发改局", "", null, "已完成"}));
        Path b = form("2025-JB.xlsx", jb, List.<Object[]>of(new Object[] {"推进整改", "区经信局", "", "2026-03-31", "推进中"}));
        CliRun imp = CliRun.of("ledger", "import", a.toString(), b.toString(), "--out", rel.toString(), "--period", "2025H2",
                "--today", "2026-01-10");
        assertEquals(0, imp.exitCode(), imp::toString);
        assertEquals(0, CliRun.of("release", "-p", "2026H1", "--out", rel.toString(), "--quiet").exitCode());

        List<String> follow = Files.readAllLines(rel.resolve("2026H1/rectification-followup.csv"), StandardCharsets.UTF_8);
        int listed = follow.size() - 1;
        long closed = follow.stream().filter(l -> l.endsWith(",已销号")).count();
        assertTrue(closed > 0, "some of 海曙区's items met their standard");
        for (String l : follow.subList(1, follow.size())) {
            if (l.endsWith(",已销号")) assertTrue(l.startsWith("HS,"), "only HS reported 已完成: " + l);
        }
        String bulletin = DocumentTextTest.text(rel.resolve("2026H1/2026年上半年亲清健康指数评价结果通报.docx")).replace(" ", "");
        String expected = "2025年下半年问题整改清单共" + listed + "项，各地反馈已完成" + hs.size() + "项，整改完成率"
                + String.format(java.util.Locale.ROOT, "%.1f", 100.0 * hs.size() / listed) + "%，已销号" + closed + "项，销号率"
                + String.format(java.util.Locale.ROOT, "%.1f", 100.0 * closed / listed) + "%；逾期未完成" + jb.size() + "项（江北区"
                + jb.size() + "项）";
        assertTrue(bulletin.contains(expected), expected + "\n in \n" + bulletin);
    }

    @Test
    void datesAreReadAsAClerkWritesThem() {
        // Excel's serial 46387 is 2026-12-31 (day 1 = 1900-01-01 with the phantom 1900-02-29, so day 0 = 1899-12-30)
        assertEquals(LocalDate.of(2026, 12, 31), io.qqhi.app.LedgerForms.date("46387"));
        assertEquals(LocalDate.of(2027, 3, 1), io.qqhi.app.LedgerForms.date("2027/3/1"));
        assertEquals(LocalDate.of(2027, 3, 1), io.qqhi.app.LedgerForms.date("2027.03.01"));
        assertEquals(null, io.qqhi.app.LedgerForms.date("2027-02-30"));
        assertEquals(null, io.qqhi.app.LedgerForms.date("下月"));
    }
}
