package io.qqhi.input;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.qqhi.framework.InputException;
import io.qqhi.framework.Problems;

/**
 * Reads the first sheet of an .xlsx workbook as a {@link Table}, with the JDK's own zip and StAX
 * readers (a general workbook library cost a tenth of a second of class initialisation per run
 * for a few dozen cells). Numbers come as written in the file (no binary rounding), shared and
 * inline strings as text. Formula, error and merged cells are refused with their address: a
 * formula's cached value may be stale, and a merged cell has a value in one of its rows only —
 * both lose data silently if taken as they are.
 */
public final class XlsxReader {
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private XlsxReader() {
    }

    public static Table read(Path path, Problems problems) {
        String file = path.toString();
        int before = problems.size();
        List<List<String>> cells = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (ZipFile zip = new ZipFile(path.toFile())) {
            String sheet = firstSheet(zip);
            List<String> shared = sharedStrings(zip);
            ZipEntry e = zip.getEntry(sheet);
            if (e == null) throw new IOException("the workbook has no sheet " + sheet);
            try (InputStream in = zip.getInputStream(e)) {
                readSheet(in, shared, file, problems, cells, lines);
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            problems.error(file, 0, 0, null, "cannot read the workbook: " + e.getMessage() + " (is it an .xlsx file?)");
            throw new InputException(InputException.DATA, problems.all());
        }
        List<String> header = null;
        List<Table.Row> rows = new ArrayList<>();
        for (int k = 0; k < cells.size(); k++) {
            List<String> row = cells.get(k);
            while (!row.isEmpty() && row.get(row.size() - 1).isBlank()) row.remove(row.size() - 1);
            if (row.isEmpty()) continue;
            if (header == null) {
                header = new ArrayList<>();
                for (String h : row) header.add(h.strip());
                continue;
            }
            while (row.size() < header.size()) row.add("");
            if (row.size() > header.size()) {
                problems.error(file, lines.get(k), header.size() + 1, null, "row has cells beyond the header's "
                        + header.size() + " columns");
                continue;
            }
            rows.add(new Table.Row(lines.get(k), row));
        }
        if (header == null) {
            problems.error(file, 1, 1, null, "the first sheet is empty; expected a header row");
        }
        if (problems.size() > before && problems.hasErrors()) return null;
        return new Table(file, header, rows);
    }

    /** The zip path of the workbook's first sheet, through workbook.xml and its relationships. */
    private static String firstSheet(ZipFile zip) throws IOException, XMLStreamException {
        String relId = null;
        ZipEntry wb = zip.getEntry("xl/workbook.xml");
        if (wb == null) throw new IOException("xl/workbook.xml is missing");
        try (InputStream in = zip.getInputStream(wb)) {
            XMLStreamReader x = xml(in);
            while (x.hasNext() && relId == null) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("sheet")) {
                    relId = x.getAttributeValue(REL_NS, "id");
                }
            }
            x.close();
        }
        ZipEntry rels = zip.getEntry("xl/_rels/workbook.xml.rels");
        if (relId != null && rels != null) {
            try (InputStream in = zip.getInputStream(rels)) {
                XMLStreamReader x = xml(in);
                while (x.hasNext()) {
                    if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("Relationship")
                            && relId.equals(x.getAttributeValue(null, "Id"))) {
                        String target = x.getAttributeValue(null, "Target");
                        x.close();
                        return target.startsWith("/") ? target.substring(1) : "xl/" + target;
                    }
                }
                x.close();
            }
        }
        return "xl/worksheets/sheet1.xml";
    }

    private static List<String> sharedStrings(ZipFile zip) throws IOException, XMLStreamException {
        List<String> out = new ArrayList<>();
        ZipEntry e = zip.getEntry("xl/sharedStrings.xml");
        if (e == null) return out;
        try (InputStream in = zip.getInputStream(e)) {
            XMLStreamReader x = xml(in);
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("si")) out.add(text(x, "si"));
            }
            x.close();
        }
        return out;
    }

    /** The text runs (t elements) inside the current element, without phonetic guides (rPh). */
    private static String text(XMLStreamReader x, String element) throws XMLStreamException {
        StringBuilder b = new StringBuilder();
        int phonetic = 0;
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (x.getLocalName().equals("rPh")) phonetic++;
                else if (x.getLocalName().equals("t") && phonetic == 0) b.append(x.getElementText());
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                if (x.getLocalName().equals("rPh")) phonetic--;
                else if (x.getLocalName().equals(element)) break;
            }
        }
        return b.toString();
    }

    private static void readSheet(InputStream in, List<String> shared, String file, Problems problems, List<List<String>> rows,
                                  List<Integer> lines) throws XMLStreamException {
        XMLStreamReader x = xml(in);
        List<String> row = null;
        int rowNumber = 0;
        while (x.hasNext()) {
            int ev = x.next();
            if (ev != XMLStreamConstants.START_ELEMENT) continue;
            switch (x.getLocalName()) {
                case "row": {
                    String r = x.getAttributeValue(null, "r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    row = new ArrayList<>();
                    rows.add(row);
                    lines.add(rowNumber);
                    break;
                }
                case "c": {
                    if (row == null) break;
                    String ref = x.getAttributeValue(null, "r");
                    int col = ref == null ? row.size() : columnIndex(ref);
                    String value = cell(x, ref == null ? address(rowNumber, col) : ref, shared, file, rowNumber, col, problems);
                    while (row.size() < col) row.add("");
                    if (col < row.size()) row.set(col, value);
                    else row.add(value);
                    break;
                }
                case "mergeCell": {
                    String ref = x.getAttributeValue(null, "ref");
                    String first = ref == null ? "A1" : ref.split(":")[0];
                    problems.error(file, rowOf(first), columnIndex(first) + 1, null, "cells " + ref + " are merged; unmerge "
                            + "them and fill every row (a merged cell has a value in one row only)");
                    break;
                }
                default:
                    break;
            }
        }
        x.close();
    }

    /** One c element's value as text; the reader ends on its end tag. */
    private static String cell(XMLStreamReader x, String address, List<String> shared, String file, int row, int col,
                               Problems problems) throws XMLStreamException {
        String type = x.getAttributeValue(null, "t");
        String formula = null;
        String value = null;
        String inline = null;
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (x.getLocalName()) {
                    case "f": formula = x.getElementText(); break;
                    case "v": value = x.getElementText(); break;
                    case "is": inline = text(x, "is"); break;
                    default: break;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("c")) {
                break;
            }
        }
        if (formula != null) {
            problems.error(file, row, col + 1, null, "cell " + address + " holds a formula (=" + formula
                    + "); send values only (Paste Special → Values)");
            return "";
        }
        if ("e".equals(type)) {
            problems.error(file, row, col + 1, null, "cell " + address + " holds an Excel error " + value);
            return "";
        }
        if ("inlineStr".equals(type)) return inline == null ? "" : inline;
        if (value == null) return "";
        if ("s".equals(type)) {
            int k = Integer.parseInt(value.trim());
            if (k < 0 || k >= shared.size()) throw new IllegalStateException("cell " + address + " names shared string " + k
                    + " of " + shared.size());
            return shared.get(k);
        }
        if ("b".equals(type)) return value.trim().equals("1") ? "TRUE" : "FALSE";
        if (type == null || type.equals("n")) {
            try {
                return new BigDecimal(value.trim()).toPlainString();
            } catch (NumberFormatException e) {
                return value;
            }
        }
        return value;
    }

    private static XMLStreamReader xml(InputStream in) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        // a workbook is data: no DTDs, no external entities
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f.createXMLStreamReader(in);
    }

    /** 0-based column of a cell reference such as "AB12". */
    static int columnIndex(String ref) {
        int n = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            n = n * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return n - 1;
    }

    private static int rowOf(String ref) {
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) i++;
        try {
            return Integer.parseInt(ref.substring(i));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String address(int row, int col) {
        StringBuilder letters = new StringBuilder();
        for (int c = col + 1; c > 0; c = (c - 1) / 26) letters.insert(0, (char) ('A' + (c - 1) % 26));
        return letters.toString() + row;
    }
}
