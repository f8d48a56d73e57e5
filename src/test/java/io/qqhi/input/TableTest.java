package io.qqhi.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qqhi.framework.Problem;
import io.qqhi.framework.Problems;

class TableTest {
    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaksAndRowsKeepTheirLines() {
        Problems p = new Problems();
        Table t = Table.parseCsv("f.csv", "unit,note\r\n\r\nHS,\"a, \"\"b\"\"\nc\"\nJB,x\n", p);
        assertTrue(p.isEmpty(), p.all()::toString);
        assertEquals(List.of(new Table.Row(3, List.of("HS", "a, \"b\"\nc")), new Table.Row(5, List.of("JB", "x"))), t.rows());
    }

    @Test
    void textAfterAClosingQuoteIsAnErrorNotSilentlyDropped() {
        Problems p = new Problems();
        assertNull(Table.parseCsv("f.csv", "unit,Q01\nHS,\"12\"3\n", p));
        Problem e = p.all().get(0);
        assertEquals(2, e.line());
        assertTrue(e.message().contains("右引号后还有文字"), e.message());
    }

    @Test
    void raggedRowsAreReportedAndTrailingEmptyCellsForgiven() {
        Problems p = new Problems();
        Table t = Table.parseCsv("f.csv", "unit,Q01\nHS,1,,\nJB,2,3\nZH\"x,1\n", p);
        assertEquals(List.of(new Table.Row(2, List.of("HS", "1")), new Table.Row(4, List.of("ZH\"x", "1"))), t.rows());
        assertEquals(1, p.all().size());
        assertEquals(3, p.all().get(0).line());
    }

    @TempDir
    Path dir;

    /** scanCsv on a file, as the readers call it; the rows it handed on. */
    private List<Table.Row> scan(Path f, Problems p) {
        List<Table.Row> rows = new ArrayList<>();
        Table.scanCsv(f, "auto", p, rows::add);
        return rows;
    }

    /** Many rows of Chinese text, so that the file is streamed (read past the first 64 KB) rather than decoded whole. */
    private static String bigChinese(int rows) {
        StringBuilder b = new StringBuilder("unit,name\n");
        for (int i = 0; i < rows; i++) b.append("u").append(i).append(",宁波市第").append(i).append("号单位\n");
        return b.toString();
    }

    @Test
    void aStreamedUtf8FileIsReadRowByRowWithItsLines() throws IOException {
        Path f = dir.resolve("big.csv");
        Files.writeString(f, "\uFEFF" + bigChinese(20_000), StandardCharsets.UTF_8);
        Problems p = new Problems();
        List<Table.Row> rows = scan(f, p);
        assertTrue(p.isEmpty(), p.all()::toString);
        assertEquals(20_000, rows.size());
        assertEquals(new Table.Row(20_001, List.of("u19999", "宁波市第19999号单位")), rows.get(19_999));
    }

    @Test
    void aByteThatIsNotUtf8FarIntoAStreamedFileIsAnErrorNearItsLineNotGarbage() throws IOException {
        Path f = dir.resolve("mixed.csv");
        byte[] good = bigChinese(20_000).getBytes(StandardCharsets.UTF_8);
        byte[] gb = "u20000,宁波\n".getBytes(Charset.forName("GB18030"));
        byte[] all = new byte[good.length + gb.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(gb, 0, all, good.length, gb.length);
        Files.write(f, all);
        Problems p = new Problems();
        scan(f, p);
        assertEquals(1, p.all().size(), p.all()::toString);
        Problem e = p.all().get(0);
        // the bad bytes are on line 20,002; the reader reads ahead, so the line told is at most a buffer before
        assertTrue(e.line() > 19_000 && e.line() <= 20_002, () -> "line " + e.line());
        assertTrue(e.message().contains("UTF-8"), e.message());
    }

    @Test
    void aGb18030FileIsStillReadAsGb18030() throws IOException {
        Path f = dir.resolve("gb.csv");
        Files.write(f, "unit,name\nu1,宁波市\n".getBytes(Charset.forName("GB18030")));
        Problems p = new Problems();
        assertEquals(List.of(new Table.Row(2, List.of("u1", "宁波市"))), scan(f, p));
        assertTrue(p.isEmpty(), p.all()::toString);
    }

    @Test
    void aQuoteNeverClosedInAStreamedFileIsStillAnError() throws IOException {
        Path f = dir.resolve("open.csv");
        Files.writeString(f, bigChinese(20_000) + "u20000,\"宁波\nu20001,x\n", StandardCharsets.UTF_8);
        Problems p = new Problems();
        scan(f, p);
        assertTrue(p.hasErrors(), "an unclosed quote must not pass");
        assertTrue(p.all().get(0).message().contains("引号"), p.all().get(0).message());
    }
}
