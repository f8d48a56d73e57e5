package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qqhi.input.SampleDataCopy;
import io.qqhi.report.workbook.ReviewPack;

/** The review and appeal round (issue 33, item 1; docs/formats.md, round review-pack) on a copy of the sample data. */
class ReviewRoundTest {
    /** A returned objection sheet as a place fills it: a title row, our header, then its rows. */
    static void sheet(Path file, List<List<String>> rows) throws Exception {
        try (OutputStream os = Files.newOutputStream(file); Workbook wb = new Workbook(os, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("异议表");
            ws.value(0, 0, "江北区 异议表（征求意见稿，不得外传）");
            for (int c = 0; c < ReviewPack.HEADER.size(); c++) ws.value(1, c, ReviewPack.HEADER.get(c));
            for (int r = 0; r < rows.size(); r++) for (int c = 0; c < rows.get(r).size(); c++) ws.value(r + 2, c, rows.get(r).get(c));
        }
    }

    /**
     * Packs for all 27 places; a malformed sheet is refused at its cells; 江北区 objects to its
     * Q13 (19 → 18) and 海曙区 to its Q06: the first accepted changes D12's file through a recorded
     * version, the second rejected is kept with its reason; open objections block the release until
     * ruled; the 通报 then says 经复核更正1项.
     */
    @Test
    void objectionsAreReadRuledAndCorrectThroughAVersion(@TempDir Path dir) throws Exception {
        Path data = SampleDataCopy.into(dir);
        assertEquals(0, CliRun.of("round", "open", "--data", data.toString(), "--period", "2026H1", "--deadline", "2026-07-15",
                "--review-from", "2026-07-21", "--review-to", "2026-07-28", "--quiet").exitCode());
        Path pack = dir.resolve("pack");
        assertEquals(0, CliRun.of("round", "review-pack", "--data", data.toString(), "--out", pack.toString(), "--quiet").exitCode());
        try (var s = Files.list(pack)) {
            assertEquals(54, s.filter(p -> !p.getFileName().toString().startsWith(".")).count(), "a .docx and an .xlsx for each of the 27 places");
        }
        assertTrue(DocumentsTest.text(pack.resolve("征求意见-JB-江北区.docx")).contains("征求意见稿，不得外传"));

        Path bad = Files.createDirectories(dir.resolve("bad"));
        sheet(bad.resolve("JB.xlsx"), List.of(List.of("JB-Q99", "JB", "Q99", "", "", "19", "", "abc", "")));
        CliRun refused = CliRun.of("--lang", "zh", "round", "objections", bad.toString(), "--data", data.toString());
        assertEquals(ExitCodes.DATA, refused.exitCode(), refused::toString);
        assertTrue(refused.err().contains("没有数据项“Q99”（异议表H3）") && refused.err().contains("“abc”不是数值")
                && refused.err().contains("未填写依据"), refused::toString);

        Path back = Files.createDirectories(dir.resolve("back"));
        sheet(back.resolve("JB.xlsx"), List.of(List.of("JB-Q13", "JB", "Q13", "立案查处欠薪案件数", "件", "19", "市人力社保局", "18",
                "一起案件重复立案", "立案登记表")));
        sheet(back.resolve("HS.xlsx"), List.of(List.of("HS-Q06", "HS", "Q06", "", "", "", "", "30", "统计口径", "")));
        CliRun listed = CliRun.of("--lang", "zh", "round", "objections", back.toString(), "--data", data.toString(), "--format", "json");
        assertEquals(0, listed.exitCode(), listed::toString);
        assertEquals(2, new ObjectMapper().readTree(listed.out()).get("objections").size());

        Path rel = dir.resolve("rel");
        CliRun blocked = CliRun.of("--lang", "zh", "release", "--data", data.toString(), "--out", rel.toString(), "--accept-flags", "测试");
        assertEquals(ExitCodes.DATA, blocked.exitCode(), blocked::toString);
        assertTrue(blocked.err().contains("尚有待裁定的异议") && blocked.err().contains("JB-Q13"), blocked::toString);

        Path d12 = SampleDataCopy.departmentFile(data, "2026H1", "D12");
        String before = Files.readString(d12);
        assertEquals(0, CliRun.of("round", "rule", "JB-Q13", "accept", "--reason", "核实属实", "--data", data.toString(), "--quiet").exitCode());
        assertEquals(0, CliRun.of("round", "rule", "HS-Q06", "reject", "--reason", "口径与全市一致", "--data", data.toString(), "--quiet").exitCode());
        assertEquals(before.replace("JB,Q13,19,", "JB,Q13,18,"), Files.readString(d12), "only the contested cell changed");
        try (var s = Files.list(d12.resolveSibling(".versions"))) {
            assertEquals(before, Files.readString(s.findFirst().orElseThrow()), "the earlier version kept byte for byte");
        }
        String round = Files.readString(data.resolve("2026H1/round.yaml"));
        assertTrue(round.contains("status: rejected") && round.contains("ruling: 口径与全市一致") && round.contains("复核更正（异议JB-Q13）"), round);

        CliRun ok = CliRun.of("release", "--data", data.toString(), "--out", rel.toString(), "--quiet", "--accept-flags", "测试");
        assertEquals(0, ok.exitCode(), ok::toString);
        assertTrue(DocumentsTest.text(rel.resolve("2026H1/2026年上半年亲清健康指数评价结果通报.docx")).contains("经复核更正1项"));
        JsonNode manifest = new ObjectMapper().readTree(rel.resolve("2026H1/manifest.json").toFile());
        assertEquals("1", manifest.get("round").get("corrections_after_review").asText());
    }
}
