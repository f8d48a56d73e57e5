package io.qqhi.report.records;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * The one CSV writer of qqhi: RFC 4180 quoting (only where needed) and "\n" line ends, into a string
 * or streamed to a writer. On FastCSV rather than commons-csv: writing a national run's 450 MB of CSV
 * took commons-csv's printer 4.7 s against FastCSV's 2.1 s (docs/performance.md), and the 6 s
 * target of a national compute cannot be met without it. Every file is safe to open in Excel:
 * cells starting with = + - @ tab or CR (formula injection) get a leading apostrophe, unless they
 * are plain numbers, which stay numbers; qqhi's readers of its own outputs take it off again
 * ({@code input.Table.ownOutputCell}).
 */
public final class CsvText {
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private final StringWriter text;
    private final CsvWriter csv;

    private CsvText(Writer sink) {
        this.text = sink == null ? new StringWriter() : null;
        this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(sink == null ? text : sink);
    }

    public CsvText() {
        this(null);
    }

    public static CsvText forExcel() {
        return new CsvText(null);
    }

    /** Rows written to {@code sink} (call {@link #finish()} at the end): large files never sit in memory. */
    public static CsvText forExcel(Writer sink) {
        return new CsvText(sink);
    }

    /** Writes the rows still buffered. */
    public void finish() throws IOException {
        csv.flush();
    }

    public CsvText row(String... cells) {
        String[] out = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i] == null ? "" : cells[i];
            out[i] = neutralised(c);
        }
        csv.writeRecord(out);
        return this;
    }

    public CsvText row(List<String> cells) {
        return row(cells.toArray(new String[0]));
    }

    /** A text cell as Excel must not take it: a leading = + - @ tab or CR made inert by an apostrophe, numbers kept. */
    static String neutralised(String v) {
        if (v.isEmpty() || "=+-@\t\r".indexOf(v.charAt(0)) < 0 || NUMBER.matcher(v).matches()) return v;
        return "'" + v;
    }

    /**
     * Cells as CSV lines, quoted and Excel-neutralised as {@link #row} writes them, each without its
     * line end: for writers that repeat a run of cells on many lines. One CSV writer, its text taken
     * and cleared after each line.
     */
    public static final class Lines {
        private final CsvText csv = new CsvText();

        public String of(String... cells) {
            csv.row(cells);
            StringBuffer b = csv.text.getBuffer();
            try {
                csv.csv.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String line = b.substring(0, b.length() - 1);
            b.setLength(0);
            return line;
        }
    }

    @Override
    public String toString() {
        if (text == null) return "";
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
