package io.qqhi.input;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import io.qqhi.framework.InputException;
import io.qqhi.framework.Problems;

/**
 * Reads the first sheet of an .xlsx workbook as a {@link Table}, with the JDK's zip reader and
 * {@link XmlScanner} (a general workbook library cost a tenth of a second of class initialisation
 * per run for a few dozen cells). Numbers come as written in the file (no binary rounding), shared and
 * inline strings as text. Formula, error and merged cells are refused with their address: a
 * formula's cached value may be stale, and a merged cell has a value in one of its rows only —
 * both lose data silently if taken as they are.
 */
public final class XlsxReader {
    private XlsxReader() {
    }

    public static Table read(Path path, Problems problems) {
        String file = path.toString();
        int before = problems.size();
        List<List<String>> cells = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        Map<Integer, PercentCells> percent = new java.util.TreeMap<>();
        try (Parts zip = open(path)) {
            String sheet = firstSheet(zip);
            List<String> shared = sharedStrings(zip);
            XmlScanner x = part(zip, sheet);
            if (x == null) throw new IOException("the workbook has no sheet " + sheet);
            readSheet(x, new Sheet(shared, percentStyles(zip), percent), file, problems, cells, lines);
        } catch (IOException | RuntimeException e) {
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
        for (Map.Entry<Integer, PercentCells> e : percent.entrySet()) {
            PercentCells c = e.getValue();
            String column = header != null && e.getKey() < header.size() ? header.get(e.getKey()) : address(1, e.getKey());
            problems.add(io.qqhi.framework.Problem.coded(io.qqhi.framework.Severity.INFO, file, c.row, e.getKey() + 1, null,
                    null, "xlsx.percent-cells", column, Integer.toString(c.count), c.address, c.stored, c.read));
        }
        if (problems.size() > before && problems.hasErrors()) return null;
        return new Table(file, header, rows);
    }

    /** A workbook's parts by name, each read when asked for (null for a part it lacks). */
    interface Parts extends AutoCloseable {
        byte[] get(String name) throws IOException;

        @Override
        void close() throws IOException;
    }

    /** The workbook's parts through the zip's central directory (as Excel reads it). */
    static Parts open(Path path) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (IOException e) {
            if (e.getCause() instanceof java.nio.file.InvalidPathException) return openAsFileSystem(path);
            throw e;
        } catch (java.nio.file.InvalidPathException | UnsupportedOperationException e) {
            return openAsFileSystem(path);
        }
        return new Parts() {
            @Override
            public byte[] get(String name) throws IOException {
                ZipEntry e = zip.getEntry(name);
                if (e == null || e.isDirectory()) return null;
                try (java.io.InputStream in = zip.getInputStream(e)) {
                    return in.readAllBytes();
                }
            }

            @Override
            public void close() throws IOException {
                zip.close();
            }
        };
    }

    /**
     * The same through the zip file system, which opens the path itself: a java.io.File cannot name a
     * Chinese file name when Java runs in an ASCII locale (cron's), while a listed path keeps its bytes.
     * Not the first choice only because it starts ~40 ms slower.
     */
    static Parts openAsFileSystem(Path path) throws IOException {
        FileSystem zip;
        try {
            zip = FileSystems.newFileSystem(path, Map.of());
        } catch (java.nio.file.ProviderNotFoundException e) {
            throw new IOException("not a zip file");
        }
        return new Parts() {
            @Override
            public byte[] get(String name) throws IOException {
                Path p = zip.getPath("/" + name);
                return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
            }

            @Override
            public void close() throws IOException {
                zip.close();
            }
        };
    }

    /** The zip path of the workbook's first sheet, through workbook.xml and its relationships. */
    private static String firstSheet(Parts zip) throws IOException {
        String relId = null;
        XmlScanner x = part(zip, "xl/workbook.xml");
        if (x == null) throw new IOException("xl/workbook.xml is missing");
        for (int ev = x.next(); ev != XmlScanner.EOF && relId == null; ev = x.next()) {
            if (ev == XmlScanner.START && x.localName().equals("sheet")) relId = x.attribute("id");
        }
        XmlScanner rels = relId == null ? null : part(zip, "xl/_rels/workbook.xml.rels");
        if (rels != null) {
            for (int ev = rels.next(); ev != XmlScanner.EOF; ev = rels.next()) {
                if (ev == XmlScanner.START && rels.localName().equals("Relationship") && relId.equals(rels.attribute("Id"))) {
                    String target = rels.attribute("Target");
                    if (target == null) break;
                    return target.startsWith("/") ? target.substring(1) : "xl/" + target;
                }
            }
        }
        return "xl/worksheets/sheet1.xml";
    }

    /** A part of the workbook ready to scan, or null when the workbook has no such part. */
    private static XmlScanner part(Parts zip, String name) throws IOException {
        byte[] b = zip.get(name);
        return b == null ? null : new XmlScanner(name, b);
    }

    private static List<String> sharedStrings(Parts zip) throws IOException {
        List<String> out = new ArrayList<>();
        XmlScanner x = part(zip, "xl/sharedStrings.xml");
        if (x == null) return out;
        for (int ev = x.next(); ev != XmlScanner.EOF; ev = x.next()) {
            if (ev == XmlScanner.START && x.localName().equals("si")) out.add(text(x, "si"));
        }
        return out;
    }

    /** The text runs (t elements) inside the current element, without phonetic guides (rPh). */
    private static String text(XmlScanner x, String element) throws IOException {
        StringBuilder b = new StringBuilder();
        int phonetic = 0;
        for (int ev = x.next(); ev != XmlScanner.EOF; ev = x.next()) {
            if (ev == XmlScanner.START) {
                if (x.localName().equals("rPh")) phonetic++;
                else if (x.localName().equals("t")) {
                    String t = x.elementText();
                    if (phonetic == 0) b.append(t);
                }
            } else if (ev == XmlScanner.END) {
                if (x.localName().equals("rPh")) phonetic--;
                else if (x.localName().equals(element)) break;
            }
        }
        return b.toString();
    }

    /** What reading a sheet's cells needs: shared strings, percent formats, and where percent cells were found. */
    private record Sheet(List<String> shared, java.util.BitSet percentStyles, Map<Integer, PercentCells> percent) {
    }

    /** The percent-formatted numbers of one column: how many, and the first (for the info line). */
    private static final class PercentCells {
        int count;
        int row;
        String address;
        String stored;
        String read;
    }

    /**
     * The cell formats (indexes into styles.xml's cellXfs, a cell's s attribute) that show a number
     * as a percent: built-in formats 9 (0%) and 10 (0.00%), and custom formats with a % outside
     * quotes. Excel stores 88.9 % as 0.889 in such a cell, while a clerk means 88.9.
     */
    static java.util.BitSet percentStyles(Parts zip) throws IOException {
        java.util.BitSet out = new java.util.BitSet();
        XmlScanner x = part(zip, "xl/styles.xml");
        if (x == null) return out;
        java.util.Set<String> percentFormats = new java.util.HashSet<>(List.of("9", "10"));
        boolean inCellXfs = false;
        int xf = 0;
        for (int ev = x.next(); ev != XmlScanner.EOF; ev = x.next()) {
            if (ev == XmlScanner.START) {
                switch (x.localName()) {
                    case "numFmt":
                        String code = x.attribute("formatCode");
                        if (code != null && isPercentFormat(code)) percentFormats.add(String.valueOf(x.attribute("numFmtId")).strip());
                        break;
                    case "cellXfs":
                        inCellXfs = true;
                        break;
                    case "xf":
                        if (inCellXfs) {
                            String id = x.attribute("numFmtId");
                            if (id != null && percentFormats.contains(id.strip())) out.set(xf);
                            xf++;
                        }
                        break;
                    default:
                        break;
                }
            } else if (ev == XmlScanner.END && x.localName().equals("cellXfs")) {
                inCellXfs = false;
            }
        }
        return out;
    }

    /** A % in a number format code that is not quoted text ("%") or escaped (\%). */
    static boolean isPercentFormat(String code) {
        boolean quoted = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == '\\' && !quoted) i++;
            else if (c == '%' && !quoted) return true;
        }
        return false;
    }

    private static void readSheet(XmlScanner x, Sheet sheet, String file, Problems problems, List<List<String>> rows,
                                  List<Integer> lines) throws IOException {
        List<String> row = null;
        int rowNumber = 0;
        for (int ev = x.next(); ev != XmlScanner.EOF; ev = x.next()) {
            if (ev != XmlScanner.START) continue;
            switch (x.localName()) {
                case "row": {
                    String r = x.attribute("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r.strip());
                    row = new ArrayList<>();
                    rows.add(row);
                    lines.add(rowNumber);
                    break;
                }
                case "c": {
                    if (row == null) break;
                    String ref = x.attribute("r");
                    int col = ref == null ? row.size() : columnIndex(ref);
                    String value = cell(x, ref == null ? address(rowNumber, col) : ref, sheet, file, rowNumber, col, problems);
                    while (row.size() < col) row.add("");
                    if (col < row.size()) row.set(col, value);
                    else row.add(value);
                    break;
                }
                case "mergeCell": {
                    String ref = x.attribute("ref");
                    String first = ref == null ? "A1" : ref.split(":")[0];
                    problems.error(file, rowOf(first), columnIndex(first) + 1, null, "cells " + ref + " are merged; unmerge "
                            + "them and fill every row (a merged cell has a value in one row only)");
                    break;
                }
                default:
                    break;
            }
        }
    }

    /** One c element's value as text; the reader ends on its end tag. */
    private static String cell(XmlScanner x, String address, Sheet sheet, String file, int row, int col,
                               Problems problems) throws IOException {
        List<String> shared = sheet.shared();
        String type = x.attribute("t");
        String style = x.attribute("s");
        String formula = null;
        String value = null;
        String inline = null;
        for (int ev = x.next(); ev != XmlScanner.EOF; ev = x.next()) {
            if (ev == XmlScanner.START) {
                switch (x.localName()) {
                    case "f": formula = x.elementText(); break;
                    case "v": value = x.elementText(); break;
                    case "is": inline = text(x, "is"); break;
                    default: break;
                }
            } else if (ev == XmlScanner.END && x.localName().equals("c")) {
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
            BigDecimal number;
            try {
                number = new BigDecimal(value.trim());
            } catch (NumberFormatException e) {
                return value;
            }
            if (style != null && isPercentStyle(sheet.percentStyles(), style)) {
                // shown as 88.9% in Excel, stored as 0.889: read as the clerk typed it, exactly (no binary ×100)
                String read = number.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
                PercentCells c = sheet.percent().computeIfAbsent(col, k -> new PercentCells());
                if (c.count++ == 0) {
                    c.row = row;
                    c.address = address;
                    c.stored = number.toPlainString();
                    c.read = read;
                }
                return read;
            }
            return number.toPlainString();
        }
        return value;
    }

    private static boolean isPercentStyle(java.util.BitSet percent, String style) {
        try {
            return percent.get(Integer.parseInt(style.strip()));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return false;
        }
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
