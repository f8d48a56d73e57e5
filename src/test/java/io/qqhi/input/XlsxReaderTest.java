package io.qqhi.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qqhi.framework.InputException;
import io.qqhi.framework.Problems;

/** Workbooks written the way Excel writes them (shared strings, rich text, gaps), built by hand. */
class XlsxReaderTest {
    static final String WORKBOOK = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/"
            + "spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<sheets><sheet name=\"数据\" sheetId=\"1\" r:id=\"rId7\"/><sheet name=\"说明\" sheetId=\"2\" r:id=\"rId1\"/></sheets></workbook>";
    static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
            + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId7\" Type=\"x/worksheet\" Target=\"/xl/worksheets/data.xml\"/></Relationships>";
    static final String SHARED = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
            + "spreadsheetml/2006/main\" count=\"4\" uniqueCount=\"4\"><si><t>unit</t></si><si><t>Q25</t></si>"
            + "<si><r><t>海</t></r><r><rPr><b/></rPr><t>曙区</t></r><rPh sb=\"0\" eb=\"1\"><t>hai</t></rPh></si>"
            + "<si><t xml:space=\"preserve\">A &amp; B </t></si></sst>";

    static Path workbook(Path dir, String sheetXml) throws Exception {
        Path f = dir.resolve("t.xlsx");
        try (OutputStream os = Files.newOutputStream(f); ZipOutputStream z = new ZipOutputStream(os)) {
            for (Map.Entry<String, String> e : Map.of("xl/workbook.xml", WORKBOOK, "xl/_rels/workbook.xml.rels", RELS,
                    "xl/sharedStrings.xml", SHARED, "xl/worksheets/sheet1.xml", sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
                            + "<is><t>wrong sheet</t></is></c></row>", ""), "xl/worksheets/data.xml", sheetXml).entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return f;
    }

    static String sheet(String rows, String after) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
                + "2006/main\"><sheetData>" + rows + "</sheetData>" + after + "</worksheet>";
    }

    @Test
    void readsTheFirstSheetWithSharedRichAndInlineStringsGapsAndExactNumbers(@TempDir Path dir) throws Exception {
        Path f = workbook(dir, sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                + "<c r=\"C1\" t=\"inlineStr\"><is><t>note</t></is></c></row>"
                + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c><c r=\"B3\"><v>0.1</v></c><c r=\"C3\" t=\"s\"><v>3</v></c></row>"
                + "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>江北区</t></is></c><c r=\"C4\" t=\"b\"><v>1</v></c></row>"
                + "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>镇海区</t></is></c><c r=\"B5\" s=\"3\"><v>1.5E-3</v></c></row>", ""));
        Problems p = new Problems();
        Table t = XlsxReader.read(f, p);
        assertTrue(p.isEmpty(), p.all()::toString);
        assertEquals(List.of("unit", "Q25", "note"), t.header());
        assertEquals(3, t.rows().size());
        assertEquals(new Table.Row(3, List.of("海曙区", "0.1", "A & B ")), t.rows().get(0), "rich text without the phonetic guide");
        assertEquals(new Table.Row(4, List.of("江北区", "", "TRUE")), t.rows().get(1), "a missing cell is empty");
        assertEquals(new Table.Row(5, List.of("镇海区", "0.0015", "")), t.rows().get(2), "numbers as written, not rounded");
    }

    @Test
    void formulaErrorAndMergedCellsAreRefusedWithTheirAddresses(@TempDir Path dir) throws Exception {
        Path f = workbook(dir, sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\"><f>90+1</f><v>91</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c><c r=\"B3\" t=\"e\"><v>#DIV/0!</v></c></row>",
                "<mergeCells count=\"1\"><mergeCell ref=\"A4:A6\"/></mergeCells>"));
        Problems p = new Problems();
        assertNull(XlsxReader.read(f, p));
        String all = p.all().toString();
        assertTrue(all.contains("B2 holds a formula (=90+1)") && all.contains("B3 holds an Excel error #DIV/0!")
                && all.contains("A4:A6 are merged"), all);
        assertEquals(List.of(2, 3, 4), p.all().stream().map(x -> x.line()).toList());
    }

    @Test
    void aFileThatIsNotAWorkbookIsAnInputError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.xlsx");
        Files.writeString(f, "unit,Q25\nHS,1\n");
        Problems p = new Problems();
        InputException e = assertThrows(InputException.class, () -> XlsxReader.read(f, p));
        assertEquals(65, e.exitCode());
        assertTrue(e.problems().get(0).message().contains("is it an .xlsx file?"), e.problems()::toString);
    }

    @Test
    void theZipFileSystemReadingGivesTheSameParts(@TempDir Path dir) throws Exception {
        // the fallback for file names Java cannot turn into a java.io.File (an ASCII locale and Chinese names)
        Path f = workbook(dir, sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", ""));
        try (XlsxReader.Parts a = XlsxReader.open(f); XlsxReader.Parts b = XlsxReader.openAsFileSystem(f)) {
            for (String name : List.of("xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml",
                    "xl/worksheets/sheet1.xml", "xl/worksheets/data.xml")) {
                assertTrue(a.get(name) != null && java.util.Arrays.equals(a.get(name), b.get(name)), name);
            }
            assertNull(a.get("xl/styles.xml"));
            assertNull(b.get("xl/styles.xml"));
        }
    }
}
