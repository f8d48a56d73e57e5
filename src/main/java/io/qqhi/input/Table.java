package io.qqhi.input;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.qqhi.framework.Problems;

/**
 * A sheet of data as header + rows, each row with its line (CSV) or row number (XLSX). From CSV,
 * ragged rows and broken quoting are reported with their line; blank lines are skipped.
 */
public final class Table {
    public record Row(int line, List<String> cells) {
        public String get(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }
    }

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
    public static Table readCsv(java.nio.file.Path path, String encoding, Problems problems) {
        return parseCsv(path.toString(), TextDecoder.strictUtf8Bytes(path, encoding), problems);
    }

    /** Parses a file's text; returns null after reporting when it cannot be read as a table at all. */
    public static Table parseCsv(String file, String text, Problems problems) {
        return parseCsv(file, text.getBytes(StandardCharsets.UTF_8), problems);
    }

    private static Table parseCsv(String file, byte[] utf8, Problems problems) {
        List<Row> rows = new ArrayList<>();
        List<String> header = scanCsv(file, utf8, problems, (csv, n) -> {
            String[] cells = new String[n];
            for (int i = 0; i < n; i++) cells[i] = csv.string(i);
            rows.add(new Row(csv.line(), Arrays.asList(cells)));
        });
        return header == null ? null : new Table(file, header, rows);
    }

    /** Receives each data row of {@link #scanCsv} as it is read. */
    public interface RowHandler {
        /** The header, before any row. */
        default void header(List<String> header) {
        }

        /** The row's first {@code cells} fields (as many as the header has) are in {@code csv}. */
        void row(CsvBytes csv, int cells);
    }

    /**
     * Reads a CSV file row by row without keeping it as strings (a national indicator file has 1.6
     * million cells): the header is returned, each data row handed to {@code handler}, with the
     * same checks as {@link #readCsv} (blank lines skipped, ragged rows and broken quoting
     * reported with their line). Null after reporting when the file cannot be read as a table.
     */
    public static List<String> scanCsv(java.nio.file.Path path, String encoding, Problems problems, RowHandler handler) {
        return scanCsv(path.toString(), TextDecoder.strictUtf8Bytes(path, encoding), problems, handler);
    }

    private static List<String> scanCsv(String file, byte[] utf8, Problems problems, RowHandler handler) {
        CsvBytes csv = new CsvBytes(utf8);
        List<String> header = null;
        try {
            while (csv.next()) {
                int n = csv.size();
                if (n == 1 && csv.string(0).isBlank()) continue;
                if (header == null) {
                    header = new ArrayList<>();
                    for (int i = 0; i < n; i++) header.add(csv.string(i).strip());
                    handler.header(header);
                    continue;
                }
                if (n != header.size()) {
                    boolean trailingEmpty = n > header.size();
                    for (int i = header.size(); i < n && trailingEmpty; i++) trailingEmpty = csv.string(i).isBlank();
                    if (!trailingEmpty) {
                        problems.error(file, csv.line(), Math.min(n, header.size()) + 1, null, "row has " + n
                                + " cells but the header has " + header.size() + "; check for a missing or extra comma");
                        continue;
                    }
                }
                handler.row(csv, header.size());
            }
        } catch (CsvBytes.Malformed e) {
            problems.error(file, e.line, 0, null, "CSV cannot be read: " + e.getMessage());
            return null;
        }
        if (header == null) {
            problems.error(file, 1, 1, null, "file is empty; expected a header row");
            return null;
        }
        return header;
    }
}
