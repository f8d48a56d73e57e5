package io.qqhi.report;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams CSV rows for Excel as UTF-8 bytes, with the cells of {@link CsvText#forExcel()}:
 * strings quoted and neutralised, numbers written as numbers. Strings that repeat on many rows
 * (unit and node names, rule labels, departments) are encoded once: the lists of a national run
 * have a million rows.
 */
final class ExcelCsvRows {
    private final Utf8Writer out;
    private final Map<Object, byte[]> encoded = new HashMap<>();
    /** {@link #joined}'s lists by identity: the shared instances of a run's entries. */
    private final Map<List<String>, byte[]> sameList = new java.util.IdentityHashMap<>();
    private boolean first = true;

    ExcelCsvRows(Utf8Writer out) {
        this.out = out;
    }

    ExcelCsvRows header(String... names) throws IOException {
        for (String n : names) text(n);
        return end();
    }

    private void separator() throws IOException {
        if (!first) out.ascii(',');
        first = false;
    }

    ExcelCsvRows text(String s) throws IOException {
        separator();
        out.text(CsvText.excelField(s));
        return this;
    }

    /** A string seen on many rows. */
    ExcelCsvRows repeated(String s) throws IOException {
        separator();
        if (s == null) return this;
        byte[] b = encoded.get(s);
        if (b == null) {
            b = Utf8Writer.encode(CsvText.excelField(s));
            encoded.put(s, b);
        }
        out.bytes(b);
        return this;
    }

    /** Cells already encoded (with their own commas between them), e.g. a unit's code and name. */
    ExcelCsvRows encoded(byte[] cells) throws IOException {
        separator();
        out.bytes(cells);
        return this;
    }

    /** Strings joined with a separator, a combination seen on many rows (such as the rules that fired). */
    ExcelCsvRows joined(List<String> parts, String sep) throws IOException {
        separator();
        // the lists of a run's entries are a few shared instances: found by identity first, without
        // hashing the list's strings on every row
        byte[] b = sameList.get(parts);
        if (b == null) {
            b = encoded.get(parts);
            if (b == null) {
                b = Utf8Writer.encode(CsvText.excelField(String.join(sep, parts)));
                encoded.put(List.copyOf(parts), b);
            }
            sameList.put(parts, b);
        }
        out.bytes(b);
        return this;
    }


    /** Rounded to {@code places} decimals; empty when missing. */
    ExcelCsvRows fixed(double v, int places) throws IOException {
        if (Double.isInfinite(v)) return text(Numbers.fixed(v, places));
        separator();
        out.fixed(v, places);
        return this;
    }

    ExcelCsvRows integer(long v) throws IOException {
        separator();
        out.integer(v);
        return this;
    }

    /** A rank, empty when there is none (0). */
    ExcelCsvRows rank(int r) throws IOException {
        separator();
        if (r != 0) out.integer(r);
        return this;
    }

    ExcelCsvRows empty() throws IOException {
        separator();
        return this;
    }

    ExcelCsvRows end() throws IOException {
        out.ascii('\n');
        first = true;
        return this;
    }
}
