package io.qqhi.input;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Text;

/**
 * A sheet of data as header + rows, each row with its line (CSV) or row number (XLSX). Every CSV
 * file qqhi reads goes through {@link #scanCsv}: FastCSV over the text {@link TextDecoder} gives
 * (validating a million survey rows took 2.25 s with commons-csv, 1.5 s with FastCSV; docs/performance.md),
 * with the line of each record, ragged rows and broken quoting reported with their line, blank
 * lines skipped.
 */
public final class Table {
    public record Row(int line, List<String> cells) {
        public String get(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }
    }

    /**
     * RFC 4180 as Excel writes it (records may span lines inside quotes), no comment lines, rows of
     * any width (checked against the header here, with the line), text after a closing quote an error.
     */
    private static final CsvReader.CsvReaderBuilder READER = CsvReader.builder().skipEmptyLines(true)
            .commentStrategy(CommentStrategy.NONE).allowExtraFields(true).allowMissingFields(true)
            .allowExtraCharsAfterClosingQuote(false);

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

    /**
     * A cell of a CSV file qqhi wrote, as it was before Excel neutralising: a leading apostrophe that
     * made =, +, -, @ inert is taken off again, so names survive the round trip.
     */
    public static String ownOutputCell(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
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
        Reader stream = encoding == null || encoding.equalsIgnoreCase(TextDecoder.AUTO) ? TextDecoder.utf8Stream(path) : null;
        if (stream == null) return scanCsv(path.toString(), TextDecoder.read(path, encoding).text(), problems, handler);
        String file = path.toString();
        try (QuoteCount in = new QuoteCount(stream)) {
            return scan(file, READER.ofCsvRecord(in), () -> in.quotes, problems, handler);
        } catch (IOException e) {
            problems.error(file, 0, 0, null, Text.of("csv.unreadable", String.valueOf(e.getMessage())));
            return null;
        }
    }

    /** The text passed on, its double quotes counted on the way (the check for a quote never closed). */
    private static final class QuoteCount extends FilterReader {
        long quotes;

        QuoteCount(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            for (int i = off; i < off + n; i++) if (buf[i] == '"') quotes++;
            return n;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c == '"') quotes++;
            return c;
        }
    }

    static List<String> scanCsv(String file, String text, Problems problems, RowHandler handler) {
        return scan(file, READER.ofCsvRecord(text), () -> text.chars().filter(c -> c == '"').count(), problems, handler);
    }

    private static List<String> scan(String file, CsvReader<CsvRecord> records, LongSupplier quotes, Problems problems,
                                     RowHandler handler) {
        List<String> header = null;
        long last = 0;
        boolean lastSpansLines = false;
        boolean titleSkipped = false;
        try (CsvReader<CsvRecord> reader = records) {
            for (CsvRecord rec : reader) {
                int line = (int) rec.getStartingLineNumber();
                last = line;
                lastSpansLines = false;
                for (String f : rec.getFields()) lastSpansLines |= f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0;
                int n = rec.getFieldCount();
                if (n == 1 && rec.getField(0).isBlank()) continue;
                if (header == null && !titleSkipped && isTitle(rec.getFields())) {
                    // a title line above the header (a template's 部门 期别 数据报送表)
                    titleSkipped = true;
                    continue;
                }
                if (header == null) {
                    header = new ArrayList<>(n);
                    for (String h : rec.getFields()) header.add(h.strip());
                    handler.header(header);
                    continue;
                }
                List<String> cells = rec.getFields();
                if (n != header.size()) {
                    boolean trailingEmpty = n > header.size();
                    for (int i = header.size(); i < n && trailingEmpty; i++) trailingEmpty = cells.get(i).isBlank();
                    if (!trailingEmpty) {
                        problems.error(file, line, Math.min(n, header.size()) + 1, null, Text.of("csv.cells", String.valueOf(n), String.valueOf(header.size())));
                        continue;
                    }
                    cells = cells.subList(0, header.size());
                }
                handler.row(new Row(line, cells));
            }
        } catch (CsvParseException e) {
            Matcher m = LINE_IN_MESSAGE.matcher(String.valueOf(e.getMessage()));
            problems.error(file, m.find() ? Integer.parseInt(m.group(1)) : 0, 0, null, Text.of("csv.after-quote"));
            return null;
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
            if (cause instanceof CharacterCodingException) {
                // a streamed UTF-8 file with a byte further on that is not UTF-8: the line after the last record read
                problems.error(file, (int) last + 1, 0, null, Text.of("encoding.invalid-line", "UTF-8"));
                return null;
            }
            problems.error(file, 0, 0, null, Text.of("csv.unreadable", String.valueOf(cause.getMessage())));
            return null;
        }
        // quotes come in pairs (enclosing a field, or doubled inside one), except a stray one inside an
        // unquoted field (read as it is): an odd count with a last record running over several lines
        // is a quote never closed, whose field the parser read on to the end of the file
        // (counted only then: a pass over the whole text costs 0.1 s on a million rows)
        if (lastSpansLines && quotes.getAsLong() % 2 == 1) {
            problems.error(file, (int) Math.max(1, last), 0, null, Text.of("csv.open-quote"));
            return null;
        }
        if (header == null) {
            problems.error(file, 1, 1, null, Text.of("csv.empty"));
            return null;
        }
        return header;
    }

    /** A first row with one cell of text and the rest empty is a title line, not a header. */
    static boolean isTitle(List<String> cells) {
        int filled = 0;
        for (String c : cells) if (!c.isBlank()) filled++;
        return filled == 1 && !cells.get(0).isBlank() && cells.get(0).strip().length() > 8;
    }

    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("started in line (\\d+)");
}
