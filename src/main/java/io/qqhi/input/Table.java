package io.qqhi.input;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
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

    /** Parses; returns null after reporting when the file cannot be read as a table at all. */
    public static Table parseCsv(String file, String text, Problems problems) {
        int[] lineStarts = lineStarts(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).build();
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord r : p) {
                int line = lineOf(lineStarts, r.getCharacterPosition());
                List<String> cells = Arrays.asList(r.values());
                if (cells.size() == 1 && cells.get(0).isBlank()) continue;
                if (header == null) {
                    header = new ArrayList<>();
                    for (String h : cells) header.add(h.strip());
                    continue;
                }
                if (cells.size() != header.size()) {
                    boolean trailingEmpty = cells.size() > header.size()
                            && cells.subList(header.size(), cells.size()).stream().allMatch(String::isBlank);
                    if (!trailingEmpty) {
                        problems.error(file, line, Math.min(cells.size(), header.size()) + 1, null, "row has " + cells.size()
                                + " cells but the header has " + header.size() + "; check for a missing or extra comma");
                        continue;
                    }
                    cells = cells.subList(0, header.size());
                }
                rows.add(new Row(line, cells));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage();
            int line = 0;
            Matcher m = Pattern.compile("line (\\d+)").matcher(msg);
            if (m.find()) line = Integer.parseInt(m.group(1));
            problems.error(file, line, 0, null, "CSV cannot be read: " + simplify(msg)
                    + " (an opening quote \" is probably never closed)");
            return null;
        }
        if (header == null) {
            problems.error(file, 1, 1, null, "file is empty; expected a header row");
            return null;
        }
        return new Table(file, header, rows);
    }

    private static String simplify(String msg) {
        int i = msg.indexOf(": ");
        return msg.length() > 200 ? msg.substring(0, 200) : (i > 0 && msg.startsWith("java.") ? msg.substring(i + 2) : msg);
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts.add(i + 1);
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] starts, long pos) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= pos) lo = mid;
            else hi = mid - 1;
        }
        return lo + 1;
    }
}
