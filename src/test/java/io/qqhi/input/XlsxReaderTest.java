package io.qqhi.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qqhi.framework.InputException;
import io.qqhi.framework.Problems;

/** The .xlsx reader on workbooks written by fastexcel (and one patched by hand where no writer would). */
class XlsxReaderTest {

    interface Filler {
        void fill(Worksheet ws);
    }

    static Path workbook(Path dir, String name, Filler filler) throws Exception {
        Path f = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(f)) {
            Workbook wb = new Workbook(os, "qqhi-test", "1.0");
            filler.fill(wb.newWorksheet("数据"));
            wb.newWorksheet("说明").value(0, 0, "not read");
            wb.finish();
        }
        return f;
    }

    /** The same workbook with one part's text replaced (what no writer produces: error cells, damaged references). */
    static void patch(Path f, String part, String from, String to) throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(f.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                try (java.io.InputStream in = z.getInputStream(e)) {
                    parts.put(e.getName(), in.readAllBytes());
                }
            }
        }
        String xml = new String(parts.get(part), StandardCharsets.UTF_8);
        assertTrue(xml.contains(from), xml);
        parts.put(part, xml.replace(from, to).getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        Files.write(f, b.toByteArray());
    }

    @Test
    void readsTheFirstSheetWithGapsAndExactNumbers(@TempDir Path dir) throws Exception {
        Path f = workbook(dir, "海曙区数据.xlsx", ws -> {
            ws.value(0, 0, "unit");
            ws.value(0, 1, "Q25");
            ws.value(0, 2, "note");
            ws.value(2, 0, "海曙区");
            ws.value(2, 1, new BigDecimal("0.1"));
            ws.value(2, 2, "A & B ");
            ws.value(3, 0, "江北区");
            ws.value(3, 2, Boolean.TRUE);
            ws.value(4, 0, "镇海区");
            ws.value(4, 1, new BigDecimal("0.0015"));
        });
        Problems p = new Problems();
        Table t = XlsxReader.read(f, p);
        assertTrue(p.isEmpty(), p.all()::toString);
        assertEquals(List.of("unit", "Q25", "note"), t.header());
        assertEquals(3, t.rows().size(), "the empty row 2 is skipped");
        assertEquals(new Table.Row(3, List.of("海曙区", "0.1", "A & B ")), t.rows().get(0));
        assertEquals(new Table.Row(4, List.of("江北区", "", "TRUE")), t.rows().get(1), "a missing cell is empty");
        assertEquals(new Table.Row(5, List.of("镇海区", "0.0015", "")), t.rows().get(2), "numbers as written, not rounded");
    }

    @Test
    void formulaErrorAndMergedCellsAreRefusedWithTheirAddresses(@TempDir Path dir) throws Exception {
        Path f = workbook(dir, "t.xlsx", ws -> {
            ws.value(0, 0, "unit");
            ws.value(0, 1, "Q25");
            ws.value(1, 0, "HS");
            ws.formula(1, 1, "90+1");
            ws.value(2, 0, "JB");
            ws.value(2, 1, 7);
            ws.value(3, 0, "ZH");
            ws.range(3, 0, 5, 0).merge();
        });
        Problems p = new Problems();
        assertNull(XlsxReader.read(f, p));
        String all = p.all().toString();
        assertTrue(all.contains("单元格B2是公式（=90+1）") && all.contains("单元格A4:A6被合并"), all);

        Path g = workbook(dir, "e.xlsx", ws -> {
            ws.value(0, 0, "unit");
            ws.value(0, 1, "Q25");
            ws.value(1, 0, "HS");
            ws.value(1, 1, 7);
        });
        patch(g, "xl/worksheets/sheet1.xml", "<c r=\"B2\" t=\"n\"><v>7</v></c>", "<c r=\"B2\" t=\"e\"><v>#DIV/0!</v></c>");
        Problems q = new Problems();
        assertNull(XlsxReader.read(g, q));
        assertTrue(q.all().toString().contains("单元格B2是 Excel 错误值#DIV/0!"), q.all()::toString);
        assertEquals(2, q.all().get(0).line());
    }

    /** An ISO-8601 date cell (t="d", as some tools write dates) is refused at its address, not as an unreadable file. */
    @Test
    void anIsoDateCellIsRefusedAtItsAddress(@TempDir Path dir) throws Exception {
        Path g = workbook(dir, "d.xlsx", ws -> {
            ws.value(0, 0, "unit");
            ws.value(0, 1, "Q25");
            ws.value(1, 0, "HS");
            ws.value(1, 1, 7);
        });
        patch(g, "xl/worksheets/sheet1.xml", "<c r=\"B2\" t=\"n\"><v>7</v></c>", "<c r=\"B2\" t=\"d\"><v>2026-06-30T00:00:00</v></c>");
        Problems q = new Problems();
        assertNull(XlsxReader.read(g, q));
        String all = q.all().toString();
        assertTrue(all.contains("B2") && !all.contains("是否为 .xlsx 文件"), all);
        assertEquals(2, q.all().get(0).line(), all);
    }

    @Test
    void aCellReferenceBeyondExcelsGridIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path f = workbook(dir, "t.xlsx", ws -> {
            ws.value(0, 0, "unit");
            ws.value(1, 0, "HS");
        });
        patch(f, "xl/worksheets/sheet1.xml", "r=\"A2\"", "r=\"FXSHRXW3\"");
        Problems p = new Problems();
        assertNull(XlsxReader.read(f, p));
        assertTrue(p.all().toString().contains("超出 Excel 表格范围"), p.all()::toString);
    }

    @Test
    void aPartThatInflatesTooFarIsRefused(@TempDir Path dir) throws Exception {
        Path f = workbook(dir, "t.xlsx", ws -> ws.value(0, 0, "unit"));
        // 8 MB of one repeated character compresses about a thousand to one
        patch(f, "xl/worksheets/sheet1.xml", "</sheetData>", "</sheetData><!--" + "x".repeat(8 << 20) + "-->");
        Problems p = new Problems();
        InputException e = assertThrows(InputException.class, () -> XlsxReader.read(f, p));
        assertEquals(65, e.exitCode());
        assertTrue(e.problems().toString().contains("压缩比"), e.problems()::toString);
    }

    @Test
    void aFileThatIsNotAWorkbookIsAnInputError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.xlsx");
        Files.writeString(f, "unit,Q25\nHS,1\n");
        Problems p = new Problems();
        InputException e = assertThrows(InputException.class, () -> XlsxReader.read(f, p));
        assertEquals(65, e.exitCode());
        assertTrue(e.problems().get(0).message().contains("不是有效的 .xlsx 文件"), e.problems()::toString);
    }

    @Test
    void percentFormatsAreTold() {
        assertTrue(XlsxReader.isPercentFormat("0.0%"));
        assertTrue(XlsxReader.isPercentFormat("0%;[Red]-0%"));
        assertTrue(!XlsxReader.isPercentFormat("0.0\"%\""), "a quoted % is text");
        assertTrue(!XlsxReader.isPercentFormat("0.0\\%"), "an escaped % is text");
    }
}
