package io.qqhi.report;

/**
 * CSV text with RFC 4180 quoting and "\n" line ends. For files people open in Excel use
 * {@link #forExcel()}: cells starting with = + - @ (formula injection) get a leading apostrophe,
 * unless they are plain numbers, which stay numbers.
 */
public final class CsvText {
    private final StringBuilder b = new StringBuilder();
    private final boolean excelSafe;
    private final java.io.Writer sink;

    public CsvText() {
        this(false, null);
    }

    private CsvText(boolean excelSafe, java.io.Writer sink) {
        this.excelSafe = excelSafe;
        this.sink = sink;
    }

    public static CsvText forExcel() {
        return new CsvText(true, null);
    }

    /**
     * Excel-safe rows passed on to {@code sink} as they pile up (call {@link #finish()} at the
     * end): a million short-board rows never sit in memory as one string.
     */
    public static CsvText forExcel(java.io.Writer sink) {
        return new CsvText(true, sink);
    }

    /** Writes the rows not yet passed on to the sink. */
    public void finish() throws java.io.IOException {
        drainTo(sink);
    }

    public CsvText row(String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) b.append(',');
            b.append(cell(cells[i]));
        }
        b.append('\n');
        if (sink != null && b.length() > 1 << 16) {
            try {
                drainTo(sink);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return this;
    }

    public CsvText row(java.util.List<String> cells) {
        return row(cells.toArray(new String[0]));
    }

    private String cell(String v) {
        return excelSafe ? excelField(v) : field(v);
    }

    /** One field for a file opened in Excel: RFC 4180 quoting, and a formula-like text neutralised. */
    public static String excelField(String v) {
        if (v == null) return "";
        String s = v;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !isNumber(s)) s = "'" + s;
        return field(s);
    }

    /** One field with RFC 4180 quoting (no Excel neutralising), for writers that assemble rows themselves. */
    public static String field(String s) {
        if (s == null) return "";
        boolean quote = false;
        boolean quotes = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') quotes = true;
            if (c == ',' || c == '"' || c == '\n' || c == '\r') quote = true;
        }
        if (!quote) return s;
        return '"' + (quotes ? s.replace("\"", "\"\"") : s) + '"';
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private static boolean isNumber(String s) {
        return NUMBER.matcher(s).matches();
    }

    /** Writes what has been built so far and starts empty again (for streaming big files). */
    public void drainTo(java.io.Writer out) throws java.io.IOException {
        out.append(b);
        b.setLength(0);
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
