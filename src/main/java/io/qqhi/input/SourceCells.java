package io.qqhi.input;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.qqhi.framework.Problems;

/**
 * The cells of department files as written, read again on demand (for {@code qqhi trace}): a
 * figure keeps its file, line and column, not its text, so a national period does not hold
 * 1.2 million strings for the few cells anyone asks about. Each file is read once, with the
 * readers that read it for the run.
 */
public final class SourceCells {
    private final String encoding;
    private final Map<String, Map<Integer, List<String>>> files = new HashMap<>();

    public SourceCells(String encoding) {
        this.encoding = encoding == null ? TextDecoder.AUTO : encoding;
    }

    /** The text of the cell at a 1-based line and column, or null when the file or cell is not there (any more). */
    public String text(String file, int line, int column) {
        Map<Integer, List<String>> rows = files.computeIfAbsent(file, this::read);
        List<String> row = rows.get(line);
        return row == null || column < 1 || column > row.size() ? null : row.get(column - 1);
    }

    /** Whether the figure was read from a workbook (its position is a sheet cell, not a line and column). */
    public static boolean isWorkbook(String file) {
        return file.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** A spreadsheet cell address: column 3, row 5 → C5. */
    public static String cellAddress(int line, int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) letters.insert(0, (char) ('A' + (c - 1) % 26));
        return letters + Integer.toString(line);
    }

    private Map<Integer, List<String>> read(String file) {
        Map<Integer, List<String>> rows = new HashMap<>();
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) return rows;
        Problems ignored = new Problems();
        try {
            Table t = isWorkbook(file) ? XlsxReader.read(path, ignored) : Table.readCsv(path, encoding, ignored);
            if (t == null) return rows;
            rows.put(1, t.header());
            for (Table.Row r : t.rows()) rows.put(r.line(), r.cells());
        } catch (RuntimeException e) {
            // a file that no longer reads gives no text: the trace says the cell cannot be shown
        }
        return rows;
    }
}
