package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qqhi.input.SampleDataCopy;

/** The collection round (issue 32; docs/formats.md, round.yaml) on a copy of the sample data. */
class RoundCommandTest {
    private static JsonNode status(Path data) throws Exception {
        CliRun r = CliRun.of("--lang", "zh", "round", "status", "--data", data.toString(), "--today", "2026-07-20", "--format", "json");
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(j.get("complete").asBoolean() ? 0 : 2, r.exitCode(), r::toString);
        return j;
    }

    private static JsonNode department(JsonNode status, String id) {
        for (JsonNode d : status.get("departments")) if (d.get("id").asText().equals(id)) return d;
        throw new AssertionError(id);
    }

    /**
     * Two department files held back (D05, D12) and one sent late (D16, accepted after the
     * deadline): status names exactly the two as without a file and exits 2, D16 as late; remind
     * drafts a notice for each of the two listing its items; once both arrive status exits 0.
     */
    @Test
    void statusNamesWhoOwesWhatRemindDraftsNoticesAndAcceptedFilesCloseTheRound(@TempDir Path dir) throws Exception {
        Path data = SampleDataCopy.into(dir);
        assertEquals(0, CliRun.of("round", "open", "--data", data.toString(), "--period", "2026H1", "--deadline", "2026-07-15",
                "--quiet").exitCode());
        Path held = Files.createDirectories(dir.resolve("held"));
        List<Path> files = new ArrayList<>();
        for (String dep : List.of("D05", "D12", "D16")) {
            Path f = SampleDataCopy.departmentFile(data, "2026H1", dep);
            files.add(Files.move(f, held.resolve(f.getFileName())));
        }
        assertEquals(0, CliRun.of("round", "accept", files.get(2).toString(), "--data", data.toString(), "--quiet").exitCode());
        JsonNode s = status(data);
        assertTrue(!s.get("complete").asBoolean());
        List<String> without = new ArrayList<>();
        for (JsonNode d : s.get("departments")) if (d.get("file").isNull() && d.get("expected").asInt() > 0) without.add(d.get("id").asText());
        assertEquals(List.of("D05", "D12"), without);
        assertEquals(27, department(s, "D12").get("missing").size(), "Q13 for all 27 places");
        assertTrue(department(s, "D16").get("late").asBoolean(), "accepted after the deadline");
        assertTrue(!department(s, "D01").get("late").asBoolean());

        Path out = dir.resolve("remind");
        assertEquals(0, CliRun.of("round", "remind", "--data", data.toString(), "--today", "2026-07-20", "--out", out.toString(),
                "--quiet").exitCode());
        String d12 = Files.readString(out.resolve("催报-D12-市人力社保局.txt"));
        assertTrue(d12.contains("市人力社保局") && d12.contains("立案查处欠薪案件数") && d12.contains("共27个单位")
                && d12.contains("2026年7月15日") && d12.contains("已超过报送时限5天"), d12);
        assertTrue(Files.exists(out.resolve("催报-D05-市政务服务办公室.docx")) && Files.exists(out.resolve("催报-D05-市政务服务办公室.txt")));
        assertTrue(DocumentsTest.text(out.resolve("催报-D05-市政务服务办公室.docx")).contains("催报函"));

        for (Path f : files.subList(0, 2)) {
            assertEquals(0, CliRun.of("round", "accept", f.toString(), "--data", data.toString(), "--quiet").exitCode());
        }
        assertTrue(status(data).get("complete").asBoolean());
    }

    /**
     * A resubmission without a reason is refused and nothing changes; with one it is kept as a new
     * version, the old bytes under departments/.versions/, shown by status and trace.
     */
    @Test
    void aNewVersionNeedsAReasonAndNothingIsOverwritten(@TempDir Path dir) throws Exception {
        Path data = SampleDataCopy.into(dir);
        assertEquals(0, CliRun.of("round", "open", "--data", data.toString(), "--period", "2026H1", "--deadline", "2026-07-15",
                "--quiet").exitCode());
        Path current = SampleDataCopy.departmentFile(data, "2026H1", "D12");
        byte[] before = Files.readAllBytes(current);
        Path fixed = Files.createDirectories(dir.resolve("in")).resolve(current.getFileName());
        Files.writeString(fixed, Files.readString(current).replace("HS,Q13,12,", "HS,Q13,11,"));
        CliRun refused = CliRun.of("--lang", "zh", "round", "accept", fixed.toString(), "--data", data.toString());
        assertEquals(ExitCodes.USAGE, refused.exitCode(), refused::toString);
        assertTrue(refused.err().contains("须说明更正原因"), refused::toString);
        assertArrayEquals(before, Files.readAllBytes(current), "refused: unchanged");
        CliRun ok = CliRun.of("--lang", "zh", "round", "accept", fixed.toString(), "--data", data.toString(), "--reason", "海曙区立案数更正");
        assertEquals(0, ok.exitCode(), ok::toString);
        Path versions = current.resolveSibling(".versions");
        List<Path> kept;
        try (var s = Files.list(versions)) {
            kept = s.toList();
        }
        assertEquals(1, kept.size());
        assertArrayEquals(before, Files.readAllBytes(kept.get(0)), "the earlier version byte for byte");
        assertTrue(Files.readString(current).contains("HS,Q13,11,"));
        assertEquals(1, department(status(data), "D12").get("corrections").asInt());
        CliRun trace = CliRun.of("--lang", "zh", "trace", "海曙区", "A2.2.2", "--data", data.toString());
        assertTrue(trace.out().contains("现行为第2版") && trace.out().contains("更正说明：海曙区立案数更正"), trace::toString);
        String round = Files.readString(data.resolve("2026H1/round.yaml"));
        assertTrue(round.contains("reason: 海曙区立案数更正") && round.contains("replaced: departments/.versions/"), round);
        // the workbook's 原始数据 shows the version in force beside each of the file's figures
        Path rel = dir.resolve("rel");
        assertEquals(0, CliRun.of("release", "--data", data.toString(), "--out", rel.toString(), "--quiet", "--accept-flags", "测试").exitCode());
        StringBuilder xml = new StringBuilder();
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(rel.resolve("2026H1/qqhi-2026H1.xlsx").toFile())) {
            for (var e : java.util.Collections.list(z.entries())) {
                if (e.getName().endsWith(".xml")) xml.append(new String(z.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        // the writer escapes non-ASCII characters as &#x…; references
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml);
        StringBuilder text = new StringBuilder();
        while (m.find()) m.appendReplacement(text, new String(Character.toChars(Integer.parseInt(m.group(1), 16))));
        m.appendTail(text);
        assertTrue(text.indexOf("现行为第2版") >= 0 && text.indexOf("更正说明：海曙区立案数更正") >= 0, "版本 column");
    }

    /**
     * Release of a period with a round: unconfirmed 数据甄别 flags are refused, naming them, unless
     * --accept-flags says why (recorded in the manifest); after the freeze a changed input is
     * refused, naming the file.
     */
    @Test
    void releaseRefusesUnconfirmedFlagsAndInputsChangedAfterTheFreeze(@TempDir Path dir) throws Exception {
        Path data = SampleDataCopy.into(dir);
        assertEquals(0, CliRun.of("round", "open", "--data", data.toString(), "--period", "2026H1", "--deadline", "2026-07-15",
                "--quiet").exitCode());
        CliRun refused = CliRun.of("--lang", "zh", "release", "--data", data.toString(), "--out", dir.resolve("rel").toString());
        assertEquals(ExitCodes.DATA, refused.exitCode(), refused::toString);
        assertTrue(refused.err().contains("数据甄别提示尚未确认") && refused.err().contains("镇海区（ZH） Q06"), refused::toString);
        CliRun accepted = CliRun.of("release", "--data", data.toString(), "--out", dir.resolve("rel").toString(), "--quiet",
                "--accept-flags", "部门电话确认，书面确认后补");
        assertEquals(0, accepted.exitCode(), accepted::toString);
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("rel/2026H1/manifest.json").toFile());
        assertEquals("部门电话确认，书面确认后补", manifest.get("round").get("accepted_flags").asText());

        assertEquals(0, CliRun.of("round", "freeze", "--data", data.toString(), "--quiet").exitCode());
        Path d12 = SampleDataCopy.departmentFile(data, "2026H1", "D12");
        Files.writeString(d12, Files.readString(d12).replace("JB,Q13,19,", "JB,Q13,18,"));
        CliRun changed = CliRun.of("--lang", "zh", "release", "--data", data.toString(), "--out", dir.resolve("rel2").toString(),
                "--accept-flags", "同上");
        assertEquals(ExitCodes.DATA, changed.exitCode(), changed::toString);
        assertTrue(changed.err().contains("冻结后被改动的输入文件：2026H1/departments/" + d12.getFileName()), changed::toString);
        CliRun late = CliRun.of("--lang", "zh", "round", "accept", d12.toString(), "--data", data.toString(), "--reason", "x");
        assertEquals(ExitCodes.DATA, late.exitCode(), late::toString);
        assertTrue(late.err().contains("已冻结"), late::toString);
    }

    /** A 确认 column in a department's returned file confirms the 数据甄别 flags of its rows when the file is accepted. */
    @Test
    void aConfirmColumnInAReturnedFileConfirmsItsFlags(@TempDir Path dir) throws Exception {
        Path data = SampleDataCopy.into(dir);
        assertEquals(0, CliRun.of("round", "open", "--data", data.toString(), "--period", "2026H1", "--deadline", "2026-07-15",
                "--quiet").exitCode());
        Path d07 = SampleDataCopy.departmentFile(data, "2026H1", "D07");
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(d07)) {
            lines.add(line.contains("unit,") ? line + ",确认" : line.startsWith("ZH,Q06,") ? line + ",经核实，新投产项目税收" : line + ",");
        }
        Path back = Files.createDirectories(dir.resolve("back")).resolve(d07.getFileName());
        Files.write(back, lines);
        assertTrue(department(status(data), "D07").get("errors").isEmpty());
        CliRun r = CliRun.of("round", "accept", back.toString(), "--data", data.toString(), "--reason", "附确认", "--quiet");
        assertEquals(0, r.exitCode(), r::toString);
        String round = Files.readString(data.resolve("2026H1/round.yaml"));
        assertTrue(round.contains("item: Q06") && round.contains("unit: ZH") && round.contains("note: 经核实，新投产项目税收"), round);
        JsonNode s = status(data);
        boolean confirmed = false;
        for (JsonNode f : s.get("flags")) confirmed |= f.get("unit").asText().equals("ZH") && f.get("item").asText().equals("Q06") && f.get("confirmed").asBoolean();
        assertTrue(confirmed, s::toString);
    }
}
