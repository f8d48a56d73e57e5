package io.qqhi.input;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.qqhi.framework.Problems;

/**
 * A sheet of data as header + rows, each row with its line (CSV) or row number (XLSX). Every CSV
 * file qqhi reads goes through {@link #scanCsv}: commons-csv over the text {@link TextDecoder}
 * gives, with the line of each record, ragged rows and broken quoting reported with their line,
 * blank lines skipped.
 */
public final class Table {
    public record Row(int line, List<String> cells) {
        public String get(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }
    }

    /** RFC 4180 as Excel writes it; records may span lines inside quotes. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private final String file;
    private final List<String> header;
    private final List<Row> rows;

    public Table(String file, List<String> header, List<Row> rows) {
        this.file = file;
        this.header = header;
        this.rows = rows;
    }

    public String file() {
        return file;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    public int column(String... names) {
        for (String n : names) {
            for (int i = 0; i < header.size(); i++) if (header.get(i).equalsIgnoreCase(n)) return i;
        }
        return -1;
    }

    /** Reads a CSV file in any accepted encoding (see {@link TextDecoder}); null after reporting, as {@link #parseCsv}. */
    public static Table readCsv(Path path, String encoding, Problems problems) {
        return parseCsv(path.toString(), TextDecoder.read(path, encoding).text(), problems);
    }

    /** Parses a file's text; returns null after reporting when it cannot be read as a table at all. */
    public static Table parseCsv(String file, String text, Problems problems) {
        List<Row> rows = new ArrayList<>();
        List<String> header = scanCsv(file, text, problems, rows::add);
        return header == null ? null : new Table(file, header, rows);
    }

    /** Receives each data row of {@link #scanCsv} as it is read. */
    public interface RowHandler {
        /** The header, before any row. */
        default void header(List<String> header) {
        }

        /** A data row with as many cells as the header (trailing empty cells beyond it dropped). */
        void row(Row row);
    }

    /**
     * Reads a CSV file row by row, handing each data row to {@code handler} as it is read (a national
     * indicator file has 1.6 million cells, which need not all be alive at once); returns the header,
     * or null after reporting when the file cannot be read as a table.
     */
    public static List<String> scanCsv(Path path, String encoding, Problems problems, RowHandler handler) {
        return scanCsv(path.toString(), TextDecoder.read(path, encoding).text(), problems, handler);
    }

    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("(?i)line:? *(\\d+)");

    static List<String> scanCsv(String file, String text, Problems problems, RowHandler handler) {
        int[] lineStarts = lineStarts(text);
        List<String> header = null;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            for (CSVRecord rec : parser) {
                int line = lineOf(lineStarts, firstCharacter(text, rec.getCharacterPosition()));
                int n = rec.size();
                if (n == 1 && rec.get(0).isBlank()) continue;
                if (header == null) {
                    header = new ArrayList<>(n);
                    for (String h : rec) header.add(h.strip());
                    handler.header(header);
                    continue;
                }
                String[] cells = rec.values();
                if (n != header.size()) {
                    boolean trailingEmpty = n > header.size();
                    for (int i = header.size(); i < n && trailingEmpty; i++) trailingEmpty = cells[i].isBlank();
                    if (!trailingEmpty) {
                        problems.error(file, line, Math.min(n, header.size()) + 1, null, "row has " + n
                                + " cells but the header has " + header.size() + "; check for a missing or extra comma");
                        continue;
                    }
                    cells = Arrays.copyOf(cells, header.size());
                }
                handler.row(new Row(line, Arrays.asList(cells)));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            Matcher m = LINE_IN_MESSAGE.matcher(message);
            String why = message.contains("EOF reached before encapsulated token finished")
                    ? "a quoted field starting on this line is never closed (a missing closing quote)"
                    : message.contains("Invalid character between encapsulated token and delimiter")
                    ? "text after the closing quote of a field (write a quote inside a quoted field as \"\")"
                    : message.replaceAll("^[a-zA-Z.]+Exception: ", "");
            problems.error(file, m.find() ? Integer.parseInt(m.group(1)) : 0, 0, null, "CSV cannot be read: " + why);
            return null;
        }
        if (header == null) {
            problems.error(file, 1, 1, null, "file is empty; expected a header row");
            return null;
        }
        return header;
    }

    /** Where each line of the text starts (after \n, or a \r not followed by \n). */
    private static int[] lineStarts(String text) {
        int[] starts = new int[64];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    /** A record's first character: commons-csv gives where it began looking, before any blank lines it skipped. */
    private static long firstCharacter(String text, long position) {
        long p = position;
        while (p < text.length() && (text.charAt((int) p) == '\n' || text.charAt((int) p) == '\r')) p++;
        return p;
    }

    /** The 1-based line of a character position. */
    private static int lineOf(int[] starts, long position) {
        int i = Arrays.binarySearch(starts, (int) position);
        return (i >= 0 ? i : -i - 2) + 1;
    }
}
