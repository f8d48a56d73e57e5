package io.qqhi.input;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.qqhi.framework.InputException;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Severity;
import io.qqhi.framework.Text;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the first sheet of an .xlsx workbook as a {@link Table} with fastexcel-reader, after our own
 * checks of the package (docs/formats.md, limits): every part's inflated size and compression ratio
 * are bounded (a 1 MB file must not inflate to gigabytes), cell references must lie within Excel's
 * grid (XFD1048576), and merged cells are refused. Numbers come as written in the file (no binary
 * rounding); a number shown as a percent is read as the percent typed. Formula, error and merged
 * cells are refused with their address: a formula's cached value may be stale, and a merged cell
 * has a value in one of its rows only — both lose data silently if taken as they are.
 */
public final class XlsxReader {
    /** The largest workbook file read. */
    static final long MAX_FILE = 100L << 20;
    /** The largest a part of the package may inflate to. */
    static final long MAX_PART = 100L << 20;
    /** The highest compression ratio of a part above {@link #RATIO_FROM} bytes (sheet XML compresses 10–30×). */
    static final long MAX_RATIO = 100;
    static final long RATIO_FROM = 1L << 20;
    static final int MAX_COLUMN = 16_384;
    static final int MAX_ROW = 1_048_576;

    private XlsxReader() {
    }

    public static Table read(Path path, Problems problems) {
        String file = path.toString();
        int before = problems.size();
        byte[] bytes = bytes(path);
        Map<String, byte[]> parts;
        try {
            parts = checkedParts(bytes, file, problems);
        } catch (IOException e) {
            problems.error(file, 0, 0, null, Text.of("xlsx.unreadable"));
            throw new InputException(InputException.DATA, problems.all());
        }
        if (problems.size() > before && problems.hasErrors()) throw new InputException(InputException.DATA, problems.all());
        byte[] sheet = parts.get(firstSheet(parts));
        // merged cells are reported with the cells' own problems; a reference off the grid stops here
        if (sheet != null && !checkSheet(sheet, file, problems)) return null;

        List<List<String>> cells = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        Map<Integer, PercentCells> percent = new TreeMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false));
             Stream<Row> rows = wb.getFirstSheet().openStream()) {
            rows.forEach(r -> {
                List<String> row = new ArrayList<>();
                for (Cell c : r) {
                    if (c == null) {
                        row.add("");
                        continue;
                    }
                    while (row.size() < c.getColumnIndex()) row.add("");
                    row.add(text(c, file, r.getRowNum(), problems, percent));
                }
                cells.add(row);
                lines.add(r.getRowNum());
            });
        } catch (IOException | RuntimeException e) {
            problems.error(file, 0, 0, null, Text.of("xlsx.unreadable"));
            throw new InputException(InputException.DATA, problems.all());
        }
        List<String> header = null;
        boolean titleSkipped = false;
        List<Table.Row> rows = new ArrayList<>();
        for (int k = 0; k < cells.size(); k++) {
            List<String> row = cells.get(k);
            while (!row.isEmpty() && row.get(row.size() - 1).isBlank()) row.remove(row.size() - 1);
            if (row.isEmpty()) continue;
            if (header == null && !titleSkipped && Table.isTitle(row)) {
                titleSkipped = true;
                continue;
            }
            if (header == null) {
                header = new ArrayList<>();
                for (String h : row) header.add(h.strip());
                continue;
            }
            while (row.size() < header.size()) row.add("");
            if (row.size() > header.size()) {
                problems.error(file, lines.get(k), header.size() + 1, null, Text.of("xlsx.beyond-header", String.valueOf(header.size())));
                continue;
            }
            rows.add(new Table.Row(lines.get(k), row));
        }
        if (header == null) {
            problems.error(file, 1, 1, null, Text.of("xlsx.empty"));
        }
        for (Map.Entry<Integer, PercentCells> e : percent.entrySet()) {
            PercentCells c = e.getValue();
            String column = header != null && e.getKey() < header.size() ? header.get(e.getKey()) : address(1, e.getKey());
            problems.add(Problem.coded(Severity.INFO, file, c.row, e.getKey() + 1, null, null, "xlsx.percent-cells", column,
                    Integer.toString(c.count), c.address, c.stored, c.read));
        }
        if (problems.size() > before && problems.hasErrors()) return null;
        return new Table(file, header, rows);
    }

    private static byte[] bytes(Path path) {
        try {
            if (Files.size(path) > MAX_FILE) {
                throw InputException.of(InputException.DATA, Problem.error(path.toString(), 0, 0, null,
                        Text.of("xlsx.too-large", String.valueOf(MAX_FILE >> 20))));
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw InputException.missingFile(path.toString(), Text.of("file.not-found"));
        } catch (IOException e) {
            throw InputException.missingFile(path.toString(), "cannot read: " + e.getMessage());
        }
    }

    /**
     * Every part of the package inflated once within the limits; the parts qqhi looks into itself
     * (the workbook, its relationships, the sheets) are kept.
     */
    private static Map<String, byte[]> checkedParts(byte[] bytes, String file, Problems problems) throws IOException {
        Map<String, byte[]> kept = new HashMap<>();
        byte[] buf = new byte[1 << 16];
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                String name = e.getName();
                boolean keep = name.equals("xl/workbook.xml") || name.equals("xl/_rels/workbook.xml.rels")
                        || name.startsWith("xl/worksheets/");
                ByteArrayOutputStream out = keep ? new ByteArrayOutputStream() : null;
                long size = 0;
                try (InputStream in = zip.getInputStream(e)) {
                    for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                        size += n;
                        if (size > MAX_PART) {
                            problems.error(file, 0, 0, null, Text.of("xlsx.part-too-large", name, String.valueOf(MAX_PART >> 20)));
                            return kept;
                        }
                        if (out != null) out.write(buf, 0, n);
                    }
                }
                long packed = e.getCompressedSize();
                if (size > RATIO_FROM && packed > 0 && size / packed > MAX_RATIO) {
                    problems.error(file, 0, 0, null, Text.of("xlsx.ratio", name, String.valueOf(size / packed), String.valueOf(MAX_RATIO)));
                    return kept;
                }
                if (out != null) kept.put(name, out.toByteArray());
            }
        }
        if (kept.get("xl/workbook.xml") == null) throw new IOException("xl/workbook.xml is missing");
        return kept;
    }

    private static final Pattern FIRST_SHEET = Pattern.compile("<(?:\\w+:)?sheet\\b[^>]*?\\br:id=\"([^\"]+)\"");
    private static final Pattern RELATIONSHIP = Pattern.compile("<(?:\\w+:)?Relationship\\b[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(Id|Target)=\"([^\"]*)\"");

    /** The part name of the workbook's first sheet, through workbook.xml and its relationships. */
    static String firstSheet(Map<String, byte[]> parts) {
        Matcher s = FIRST_SHEET.matcher(new String(parts.get("xl/workbook.xml"), StandardCharsets.UTF_8));
        byte[] rels = parts.get("xl/_rels/workbook.xml.rels");
        if (s.find() && rels != null) {
            Matcher r = RELATIONSHIP.matcher(new String(rels, StandardCharsets.UTF_8));
            while (r.find()) {
                Map<String, String> a = new HashMap<>();
                Matcher m = ATTRIBUTE.matcher(r.group());
                while (m.find()) a.put(m.group(1), m.group(2));
                if (s.group(1).equals(a.get("Id")) && a.get("Target") != null) {
                    String t = a.get("Target");
                    return t.startsWith("/") ? t.substring(1) : "xl/" + t;
                }
            }
        }
        return "xl/worksheets/sheet1.xml";
    }

    private static final Pattern MERGED = Pattern.compile("<(?:\\w+:)?mergeCell\\b[^>]*\\bref=\"([^\"]*)\"");
    private static final Pattern CELL_REF = Pattern.compile("<(?:\\w+:)?c\\b[^>]*?\\br=\"([^\"]*)\"[^>]*>");
    private static final Pattern ISO_DATE = Pattern.compile("\\bt=\"d\"");

    /** Merged cells and cell references outside Excel's grid, with their addresses; false when the sheet is not safe to read. */
    private static boolean checkSheet(byte[] sheet, String file, Problems problems) {
        String xml = new String(sheet, StandardCharsets.UTF_8);
        Matcher m = MERGED.matcher(xml);
        while (m.find()) {
            String ref = m.group(1);
            String first = ref.split(":")[0];
            problems.error(file, rowOf(first), columnIndex(first) + 1, null, Text.of("xlsx.merged", ref));
        }
        Matcher c = CELL_REF.matcher(xml);
        boolean dates = false;
        while (c.find()) {
            String ref = c.group(1);
            if (!ref.matches("[A-Za-z]{1,3}[0-9]{1,7}") || columnIndex(ref) >= MAX_COLUMN || rowOf(ref) > MAX_ROW || rowOf(ref) < 1) {
                problems.error(file, 0, 0, null, Text.of("xlsx.off-grid", Problems.excerpt(ref)));
                return false;
            }
            // an ISO-8601 date cell (t="d"), which some tools write and the reader cannot take: said at its address
            if (ISO_DATE.matcher(c.group()).find()) {
                problems.error(file, rowOf(ref), columnIndex(ref) + 1, null, Text.of("xlsx.date-cell", ref));
                dates = true;
            }
        }
        return !dates;
    }

    /** The percent-formatted numbers of one column: how many, and the first (for the info line). */
    private static final class PercentCells {
        int count;
        int row;
        String address;
        String stored;
        String read;
    }

    /** One cell as text; formulas and errors are reported and read as empty. */
    private static String text(Cell c, String file, int row, Problems problems, Map<Integer, PercentCells> percent) {
        int col = c.getColumnIndex();
        String address = address(row, col);
        switch (c.getType()) {
            case FORMULA:
                problems.error(file, row, col + 1, null, Text.of("xlsx.formula", address, c.getFormula()));
                return "";
            case ERROR:
                problems.error(file, row, col + 1, null, Text.of("xlsx.error", address, c.getRawValue()));
                return "";
            case NUMBER:
                BigDecimal number;
                try {
                    number = new BigDecimal(c.getRawValue().trim());
                } catch (NumberFormatException e) {
                    return c.getRawValue();
                }
                String format = c.getDataFormatString();
                if (format != null && isPercentFormat(format)) {
                    // shown as 88.9% in Excel, stored as 0.889: read as the clerk typed it, exactly (no binary ×100)
                    String read = number.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
                    PercentCells p = percent.computeIfAbsent(col, k -> new PercentCells());
                    if (p.count++ == 0) {
                        p.row = row;
                        p.address = address;
                        p.stored = number.toPlainString();
                        p.read = read;
                    }
                    return read;
                }
                return number.toPlainString();
            case BOOLEAN:
                return Boolean.TRUE.equals(c.asBoolean()) ? "TRUE" : "FALSE";
            case EMPTY:
                return "";
            default:
                String t = c.getText();
                return t == null ? "" : t;
        }
    }

    /** A % in a number format code that is not quoted text ("%") or escaped (\%). */
    static boolean isPercentFormat(String code) {
        boolean quoted = false;
        for (int i = 0; i < code.length(); i++) {
            char ch = code.charAt(i);
            if (ch == '"') quoted = !quoted;
            else if (ch == '\\' && !quoted) i++;
            else if (ch == '%' && !quoted) return true;
        }
        return false;
    }

    /** 0-based column of a cell reference such as "AB12". */
    static int columnIndex(String ref) {
        int n = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)) && n <= MAX_COLUMN; i++) {
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

    static String address(int row, int col) {
        StringBuilder letters = new StringBuilder();
        for (int c = col + 1; c > 0; c = (c - 1) / 26) letters.insert(0, (char) ('A' + (c - 1) % 26));
        return letters.toString() + row;
    }
}
