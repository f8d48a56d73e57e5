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

    /** Parses a file's text; returns null after reporting when it cannot be read as a table at all. */
    public static Table parseCsv(String file, String text, Problems problems) {
        CsvBytes csv = new CsvBytes(text.getBytes(StandardCharsets.UTF_8));
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        try {
            while (csv.next()) {
                int n = csv.size();
                String[] cells = new String[n];
                for (int i = 0; i < n; i++) cells[i] = csv.string(i);
                if (n == 1 && cells[0].isBlank()) continue;
                if (header == null) {
                    header = new ArrayList<>();
                    for (String h : cells) header.add(h.strip());
                    continue;
                }
                List<String> row = Arrays.asList(cells);
                if (n != header.size()) {
                    boolean trailingEmpty = n > header.size() && row.subList(header.size(), n).stream().allMatch(String::isBlank);
                    if (!trailingEmpty) {
                        problems.error(file, csv.line(), Math.min(n, header.size()) + 1, null, "row has " + n
                                + " cells but the header has " + header.size() + "; check for a missing or extra comma");
                        continue;
                    }
                    row = row.subList(0, header.size());
                }
                rows.add(new Row(csv.line(), row));
            }
        } catch (CsvBytes.Malformed e) {
            problems.error(file, e.line, 0, null, "CSV cannot be read: " + e.getMessage());
            return null;
        }
        if (header == null) {
            problems.error(file, 1, 1, null, "file is empty; expected a header row");
            return null;
        }
        return new Table(file, header, rows);
    }
}
