package io.qqhi.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV writer of qqhi: commons-csv with RFC 4180 quoting and "\n" line ends, into a string or
 * streamed to a writer. For files people open in Excel use {@link #forExcel()}: cells starting
 * with = + - @ (formula injection) get a leading apostrophe, unless they are plain numbers, which
 * stay numbers.
 */
public final class CsvText {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private final StringBuilder text;
    private final CSVPrinter printer;
    private final boolean excelSafe;

    private CsvText(boolean excelSafe, Writer sink) {
        this.excelSafe = excelSafe;
        this.text = sink == null ? new StringBuilder() : null;
        try {
            this.printer = new CSVPrinter(sink == null ? text : sink, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CsvText() {
        this(false, null);
    }

    public static CsvText forExcel() {
        return new CsvText(true, null);
    }

    /** Excel-safe rows written straight to {@code sink} (call {@link #finish()} at the end): large files never sit in memory. */
    public static CsvText forExcel(Writer sink) {
        return new CsvText(true, sink);
    }

    /** Rows written straight to {@code sink}, without Excel neutralising. */
    public static CsvText to(Writer sink) {
        return new CsvText(false, sink);
    }

    /** Flushes the rows to the sink. */
    public void finish() throws IOException {
        printer.flush();
    }

    public CsvText row(String... cells) {
        try {
            for (String c : cells) printer.print(excelSafe ? neutralised(c) : c);
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public CsvText row(List<String> cells) {
        return row(cells.toArray(new String[0]));
    }

    /** A text cell as Excel must not take it: a leading = + - @ tab or CR made inert by an apostrophe, numbers kept. */
    static String neutralised(String v) {
        if (v == null || v.isEmpty() || "=+-@\t\r".indexOf(v.charAt(0)) < 0 || NUMBER.matcher(v).matches()) return v;
        return "'" + v;
    }

    @Override
    public String toString() {
        return text == null ? "" : text.toString();
    }
}
