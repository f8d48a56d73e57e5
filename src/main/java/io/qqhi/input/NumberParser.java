package io.qqhi.input;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a cell becomes a number (docs/formats.md, numbers in data files). Accepted: plain decimals
 * (12.5, -3, 1e3), full-width digits (８５．３), thousands separators in the strict form 1,234,567.8,
 * and a trailing % (85% → 85, since rates are kept in percent). Missing: blank, —, –, -, /, N/A,
 * NA, null, 无, 空, 暂无. Anything else is an error, never a silent zero.
 */
public final class NumberParser {
    private static final Pattern PLAIN = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");
    private static final Pattern THOUSANDS = Pattern.compile("[-+]?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?");
    private static final Set<String> MISSING = Set.of("", "—", "——", "–", "-", "/", "n/a", "na", "null", "none",
            "无", "空", "暂无", "缺", "#n/a");

    /** The number, or NaN for a missing marker; {@code error} says why the text is not a number. */
    public record Parsed(double value, boolean missing, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private static final Parsed MISSING_CELL = new Parsed(Double.NaN, true, null);

    private NumberParser() {
    }

    /** Digits with at most a sign and a point: the usual cell, parsed without the slower rules. */
    private static boolean plainAscii(String s) {
        int n = s.length();
        if (n == 0 || n > 30) return false;
        int i = s.charAt(0) == '-' ? 1 : 0;
        if (i == n) return false;
        boolean digit = false;
        boolean point = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') digit = true;
            else if (c == '.' && !point) point = true;
            else return false;
        }
        return digit;
    }

    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
            1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /**
     * A plain decimal (checked by {@link #plainAscii}) with at most 15 digits, as the double nearest
     * to it: the digits and the power of ten are both exact doubles, so one correctly rounded
     * division gives the correctly rounded value (Clinger's fast path), without parseDouble's
     * general machinery. NaN when the text has more digits.
     */
    private static double fewDigits(String s) {
        long m = 0;
        int digits = 0;
        int decimals = -1;
        int i = s.charAt(0) == '-' ? 1 : 0;
        for (int n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                decimals = 0;
                continue;
            }
            if (m != 0 || c != '0') digits++;
            if (digits > 15 || decimals >= 22) return Double.NaN;
            m = m * 10 + (c - '0');
            if (decimals >= 0) decimals++;
        }
        double v = decimals > 0 ? m / POW10[decimals] : m;
        return s.charAt(0) == '-' ? -v : v;
    }

    /**
     * A cell's bytes when they are a plain decimal ({@code -}? digits with at most one point), as
     * the double nearest to it; NaN for anything else, which then goes to {@link #parse}. Lets a
     * reader take numbers straight from the file's bytes. Up to 15 digits by {@link #fewDigits}'s
     * rule; longer ones (a computed 87.91666666666667) by FastDoubleParser, which jackson-core
     * ships: Java 17's parseDouble takes a big-integer path for them, ten times slower.
     */
    public static double plainDecimal(byte[] b, int from, int to) {
        int i = from;
        boolean negative = i < to && b[i] == '-';
        if (negative) i++;
        long m = 0;
        int digits = 0;
        int decimals = -1;
        boolean any = false;
        boolean exact = true;
        for (; i < to; i++) {
            int c = b[i];
            if (c == '.') {
                if (decimals >= 0) return Double.NaN;
                decimals = 0;
                continue;
            }
            if (c < '0' || c > '9') return Double.NaN;
            any = true;
            if (m != 0 || c != '0') digits++;
            if (digits > 15 || decimals >= 22) exact = false;
            if (exact) m = m * 10 + (c - '0');
            if (decimals >= 0) decimals++;
        }
        if (!any) return Double.NaN;
        if (!exact) return com.fasterxml.jackson.core.io.doubleparser.JavaDoubleParser.parseDouble(b, from, to - from);
        double v = decimals > 0 ? m / POW10[decimals] : m;
        return negative ? -v : v;
    }

    public static Parsed parse(String cell) {
        if (cell == null || cell.isEmpty()) return MISSING_CELL;
        if (plainAscii(cell)) {
            double quick = fewDigits(cell);
            if (!Double.isNaN(quick)) return new Parsed(quick, false, null);
            try {
                return new Parsed(com.fasterxml.jackson.core.io.doubleparser.JavaDoubleParser.parseDouble(cell), false, null);
            } catch (NumberFormatException e) {
                // falls through to the full rules
            }
        }
        String s = nfkc(cell).trim();
        if (MISSING.contains(s.toLowerCase(java.util.Locale.ROOT))) return new Parsed(Double.NaN, true, null);
        if (s.endsWith("%")) s = s.substring(0, s.length() - 1).trim();
        if (THOUSANDS.matcher(s).matches()) s = s.replace(",", "");
        if (!PLAIN.matcher(s).matches()) {
            return new Parsed(Double.NaN, false, "'" + cell + "' is not a number");
        }
        double d = Double.parseDouble(s);
        if (!Double.isFinite(d)) return new Parsed(Double.NaN, false, "'" + cell + "' is out of range");
        return new Parsed(d, false, null);
    }

    /**
     * NFKC form of a cell (full-width digits, ideographic spaces). Text of ASCII and common Chinese
     * characters alone is already in NFKC, and skipping the normaliser then spares loading its
     * Unicode tables in a run that never needs them.
     */
    static String nfkc(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && (c < 0x4E00 || c > 0x9FFF)) return Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        return s;
    }
}
