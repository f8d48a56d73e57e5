package io.qqhi.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qqhi.cli.CliRun;

/**
 * The corpus of broken inputs: each breaks one file of a copy of the sample data and expects a
 * precise message with its location, exit 65, and no stack trace.
 */
class BadDataTest {
    static CliRun validate(Path data) {
        return CliRun.of("validate", "--data", data.toString(), "--period", "2026H1");
    }

    static void expect65(CliRun r, String fileName, String line, String message) {
        assertEquals(65, r.exitCode(), r::toString);
        String all = r.out() + r.err();
        assertTrue(all.contains(fileName + ":" + line), () -> "no location " + fileName + ":" + line + " in\n" + r);
        assertTrue(all.contains(message), () -> "no message '" + message + "' in\n" + r);
        assertFalse(all.contains("Exception"), r::toString);
    }

    static void append(Path f, String text) throws Exception {
        Files.writeString(f, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }

    @Test
    void theSampleDataItselfValidates(@TempDir Path dir) throws Exception {
        CliRun r = validate(SampleDataCopy.into(dir));
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("数据报送情况"), r::toString);
    }

    @Test
    void raggedRow(@TempDir Path dir) throws Exception {
        Path d = SampleDataCopy.into(dir);
        Path f = SampleDataCopy.departmentFile(d, "2026H1", "D02");
        long lines = Files.readAllLines(f).size();
        append(f, "HS,Q10,1,2,3,4\n");
        expect65(validate(d), "D02-市委组织部.csv", Long.toString(lines + 1), "该行有6格，表头有4列");
    }

    @Test
    void unterminatedQuote(@TempDir Path dir) throws Exception {
        Path d = SampleDataCopy.into(dir);
        Path f = SampleDataCopy.departmentFile(d, "2026H1", "D02");
        append(f, "HS,Q10,\"85,note\n");
        CliRun r = validate(d);
        assertEquals(65, r.exitCode(), r::toString);
        assertTrue((r.out() + r.err()).contains("引号"), r::toString);
    }

    @Test
    void headerTypo(@TempDir Path dir) throws Exception {
        Path d = SampleDataCopy.into(dir);
        Path f = SampleDataCopy.departmentFile(d, "2026H1", "D02");
        Files.writeString(f, Files.readString(f).replaceFirst("unit,item", "unti,item"));
        expect65(validate(d), "D02-市委组织部.csv", "1:1", "缺少单位列");
    }

    @Test
    void gb18030AndBomFilesAreRead(@TempDir Path dir) throws Exception {
        Path d = SampleDataCopy.into(dir);
        Path f = SampleDataCopy.departmentFile(d, "2026H1", "D10");
        byte[] raw = Files.readAllBytes(f);
        assertFalse(new String(raw, StandardCharsets.UTF_8).contains("暂无") && isUtf8(raw), "the sample's D10 file is GB18030");
        Path g = SampleDataCopy.departmentFile(d, "2026H1", "D11");
        Files.write(g, Files.readString(g).getBytes(Charset.forName("GB18030")));
        assertEquals(0, validate(d).exitCode());
    }

    private static boolean isUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void xlsxWithAFormulaCell(@TempDir Path dir) throws Exception {
        Path d = SampleDataCopy.into(dir);
        Path f = SampleDataCopy.departmentFile(d, "2026H1", "D24");
        try (OutputStream os = Files.newOutputStream(f); Workbook wb = new Workbook(os, "t", "1.0")) {
            Worksheet ws = wb.newWorksheet("s");
            ws.value(0, 0, "unit");
            ws.value(0, 1, "Q25");
            ws.value(1, 0, "HS");
            ws.formula(1, 1, "90+1");
        }
        expect65(validate(d), "D24-市中级人民法院.xlsx", "2:2", "是公式");
    }

    @Test
    void xlsxWithMergedCells(@TempDir Path dir) throws Exception {
        Path d = SampleDataCopy.into(dir);
        Path f = SampleDataCopy.departmentFile(d, "2026H1", "D24");
        try (OutputStream os = Files.newOutputStream(f); Workbook wb = new Workbook(os, "t", "1.0")) {
            Worksheet ws = wb.newWorksheet("s");
            ws.value(0, 0, "unit");
            ws.value(0, 1, "Q25");
            ws.value(1, 0, "HS");
            ws.value(1, 1, 90);
            ws.range(1, 1, 2, 1).merge();
        }
        expect65(validate(d), "D24-市中级人民法院.xlsx", "2:2", "被合并");
    }

    @Test
    void duplicateConflictingRows(@TempDir Path dir) throws Exception {
        Path d = SampleDataCopy.into(dir);
        Path f = SampleDataCopy.departmentFile(d, "2026H1", "D02");
        long lines = Files.readAllLines(f).size();
        append(f, "HS,Q10,1.5,\n");
        expect65(validate(d), "D02-市委组织部.csv", Long.toString(lines + 1), "重复报送且数值不同");
    }

    @Test
    void unknownUnitInTraditionalCharactersGetsASuggestion(@TempDir Path dir) throws Exception {
        Path d = SampleDataCopy.into(dir);
        Path f = SampleDataCopy.departmentFile(d, "2026H1", "D02");
        long lines = Files.readAllLines(f).size();
        append(f, "海曙區,Q10,80,\n");
        expect65(validate(d), "D02-市委组织部.csv", lines + 1 + ":1", "没有单位“海曙區”（是否指“海曙区”？）");
    }

    @Test
    void nonNumberNegativeCountRateOver100AndForeignItem(@TempDir Path dir) throws Exception {
        Path d = SampleDataCopy.into(dir);
        Path f = SampleDataCopy.departmentFile(d, "2026H1", "D02");
        String text = Files.readString(f);
        long lines = text.lines().count();
        Files.writeString(f, text.replaceFirst("(?m)^HS,Q10,[^,]*,", "HS,Q10,abc,")
                .replaceFirst("(?m)^JB,Q16,[^,]*,", "JB,Q16,-3,").replaceFirst("(?m)^JB,Q10,[^,]*,", "JB,Q10,120,")
                + "HS,Q19,100,\n");
        CliRun r = validate(d);
        assertEquals(65, r.exitCode(), r::toString);
        String all = r.out() + r.err();
        assertTrue(all.contains("“abc”不是数字"), r::toString);
        assertTrue(all.contains("计数不能为负：-3"), r::toString);
        assertTrue(all.contains("比率须在0到100之间（百分数）：120"), r::toString);
        assertTrue(all.contains(":" + (lines + 1) + ":") && all.contains("数据项Q19由D05"), r::toString);
    }

    @Test
    void surveyAnswerOffTheScale(@TempDir Path dir) throws Exception {
        Path d = SampleDataCopy.into(dir);
        Path f = d.resolve("2026H1/survey/responses.csv");
        long lines = Files.readAllLines(f).size();
        append(f, "X9999,HS,大型,制造业,91330200MAXXXXXXXX,300,7,4,4,4,4,4,4\n");
        expect65(validate(d), "responses.csv", (lines + 1) + ":7", "答案“7”不在1–5的量表内");
    }

    @Test
    void respondentListedTwice(@TempDir Path dir) throws Exception {
        Path d = SampleDataCopy.into(dir);
        Path f = d.resolve("2026H1/survey/responses.csv");
        String first = Files.readAllLines(f).get(1);
        long lines = Files.readAllLines(f).size();
        // the same id with another answer to the last item: which is right cannot be told
        String other = first.substring(0, first.length() - 1) + (first.endsWith("1") ? "2" : "1");
        append(f, other + "\n");
        expect65(validate(d), "responses.csv", (lines + 1) + ":1", "出现两次且答案不同（第一次在第2行）");
    }

    /** A misspelt pool would rank the unit alone; it is an error with a did-you-mean (regression: exit 0 before). */
    @Test
    void aMisspeltPoolIsAnError(@TempDir Path dir) throws Exception {
        Path d = SampleDataCopy.into(dir);
        Path units = d.resolve("units.csv");
        String text = Files.readString(units, StandardCharsets.UTF_8).replace("HS,海曙区,Haishu,district", "HS,海曙区,Haishu,distrct");
        Files.writeString(units, text, StandardCharsets.UTF_8);
        CliRun r = validate(d);
        assertEquals(65, r.exitCode(), r::toString);
        assertTrue((r.out() + r.err()).contains("units.csv:2:4") && (r.out() + r.err()).contains("distrct") && (r.out() + r.err()).contains("district"), r::toString);
    }

    /** A header with no data rows is an error (regression: it passed as OK), a warning with --allow-empty, marked in the coverage table. */
    @Test
    void aHeaderOnlyDepartmentFileIsAnError(@TempDir Path dir) throws Exception {
        Path d = SampleDataCopy.into(dir);
        Path f = SampleDataCopy.departmentFile(d, "2026H1", "D09");
        Files.writeString(f, "unit,item,value,note\n", StandardCharsets.UTF_8);
        CliRun r = validate(d);
        assertEquals(65, r.exitCode(), r::toString);
        assertTrue((r.out() + r.err()).contains("D09") && (r.out() + r.err()).contains("没有数据行"), r::toString);
        CliRun allowed = io.qqhi.cli.CliRun.of("validate", "--data", d.toString(), "--allow-empty");
        assertEquals(0, allowed.exitCode(), allowed::toString);
        // the coverage table says the file came empty, not merely that figures are short
        assertTrue(allowed.out().lines().anyMatch(l -> l.contains("D09") && l.contains("空文件")), allowed::toString);
    }

    /** The same respondent id with a trailing space is the same respondent (regression: counted twice). */
    @Test
    void aDuplicateRespondentDifferingBySpacesIsAnError(@TempDir Path dir) throws Exception {
        Path d = SampleDataCopy.into(dir);
        Path f = d.resolve("2026H1/survey/responses.csv");
        java.util.List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        String first = lines.get(1);
        int comma = first.indexOf(',');
        String changed = first.substring(0, first.length() - 1) + (first.endsWith("1") ? "2" : "1");
        lines.add(changed.substring(0, comma) + " " + changed.substring(comma));
        Files.write(f, lines, StandardCharsets.UTF_8);
        CliRun r = validate(d);
        assertEquals(65, r.exitCode(), r::toString);
        assertTrue((r.out() + r.err()).contains("出现两次且答案不同"), r::toString);
    }

    /** A survey row one field short would shift every answer; it is an error with its line (regression: read shifted). */
    @Test
    void aSurveyRowOfTheWrongWidthIsAnError(@TempDir Path dir) throws Exception {
        Path d = SampleDataCopy.into(dir);
        Path f = d.resolve("2026H1/survey/responses.csv");
        java.util.List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        String row = lines.get(5);
        lines.set(5, row.substring(0, row.lastIndexOf(',')));
        Files.write(f, lines, StandardCharsets.UTF_8);
        CliRun r = validate(d);
        assertEquals(65, r.exitCode(), r::toString);
        assertTrue((r.out() + r.err()).contains("responses.csv:6:") && (r.out() + r.err()).contains("格，表头有"), r::toString);
    }

    /** An unquoted 1,234 in the long layout would be read as 1 with the note 234 (regression: silently). */
    @Test
    void anUnquotedThousandsCommaIsAnError(@TempDir Path dir) throws Exception {
        Path d = SampleDataCopy.into(dir);
        Path f = SampleDataCopy.departmentFile(d, "2026H1", "D09");
        java.util.List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        assertTrue(lines.get(1).startsWith("HS,Q26,"), lines.get(1));
        lines.set(1, "HS,Q26,1,234");
        Files.write(f, lines, StandardCharsets.UTF_8);
        expect65(validate(d), "D09-市公安局.csv", "2:3", "千分位逗号");
    }

    /** A UTF-8 file with a line pasted in GB18030 is refused at that line (regression: no line was given). */
    @Test
    void anEncodingSwitchPartWayNamesItsLine(@TempDir Path dir) throws Exception {
        Path d = SampleDataCopy.into(dir);
        Path f = SampleDataCopy.departmentFile(d, "2026H1", "D09");
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        byte[] before = Files.readAllBytes(f);
        b.write(before);
        b.write("海曙区,Q26,73.1,核实\n".getBytes(StandardCharsets.UTF_8)); // UTF-8 Chinese: a UTF-8 file
        b.write("江北区,Q26,80,备注\n".getBytes(Charset.forName("GB18030")));
        Files.write(f, b.toByteArray());
        int lines = (int) new String(before, StandardCharsets.UTF_8).lines().count();
        expect65(validate(d), "D09-市公安局.csv", (lines + 2) + ":", "不是有效的UTF-8");
    }

    /** The same questionnaire submitted twice is dropped with a warning and logged, not an error. */
    @Test
    void anIdenticalQuestionnaireTwiceIsDropped(@TempDir Path dir) throws Exception {
        Path d = SampleDataCopy.into(dir);
        Path f = d.resolve("2026H1/survey/responses.csv");
        append(f, Files.readAllLines(f).get(1) + "\n");
        CliRun r = validate(d);
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue((r.out() + r.err()).contains("以相同答案重复提交"), r::toString);
    }

    /** Twelve months of legal education reported for a half-year: an error naming file, line, unit and item. */
    @Test
    void moreMonthsThanThePeriodHasIsAnError(@TempDir Path dir) throws Exception {
        Path d = SampleDataCopy.into(dir);
        Path f = SampleDataCopy.departmentFile(d, "2026H1", "D10");
        Charset gb = Charset.forName("GB18030");
        java.util.List<String> lines = new java.util.ArrayList<>(java.util.Arrays.asList(new String(Files.readAllBytes(f), gb).split("\n")));
        int row = -1;
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith("JB,Q37,")) row = i;
        assertTrue(row > 0, lines::toString);
        lines.set(row, "JB,Q37,12,");
        Files.write(f, (String.join("\n", lines) + "\n").getBytes(gb));
        CliRun r = validate(d);
        expect65(r, "D10-市司法局.csv", (row + 1) + ":3", "本期只有6个月");
        assertTrue((r.out() + r.err()).contains("江北区（JB）：Q37"), r::toString);
    }
}
