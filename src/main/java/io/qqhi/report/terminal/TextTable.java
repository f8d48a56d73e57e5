package io.qqhi.report.terminal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for the terminal whose columns line up when cells mix Chinese and ASCII:
 * widths are counted in display columns (an East Asian wide or fullwidth character takes two,
 * after Unicode's East_Asian_Width property), columns are separated by two spaces, and numbers can
 * be right-aligned.
 */
public final class TextTable {
    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] right;

    /** A table whose columns are left-aligned, except those listed as right-aligned. */
    public TextTable(int columns, int... rightAligned) {
        right = new boolean[columns];
        for (int c : rightAligned) right[c] = true;
    }

    public TextTable row(String... cells) {
        if (cells.length != right.length) throw new IllegalArgumentException("expected " + right.length + " cells");
        rows.add(cells.clone());
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Prints the rows, each indented by {@code indent} spaces, without trailing spaces. */
    public void print(PrintWriter out, int indent) {
        int[] widths = new int[right.length];
        for (String[] r : rows) for (int c = 0; c < r.length; c++) widths[c] = Math.max(widths[c], width(text(r[c])));
        for (String[] r : rows) {
            StringBuilder b = new StringBuilder(" ".repeat(indent));
            for (int c = 0; c < r.length; c++) {
                String cell = text(r[c]);
                String gap = " ".repeat(widths[c] - width(cell));
                if (c > 0) b.append("  ");
                b.append(right[c] ? gap + cell : cell + (c == r.length - 1 ? "" : gap));
            }
            out.println(b.toString().stripTrailing());
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** The columns a text takes in a terminal: two for each East Asian wide or fullwidth character. */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : (Character.getType(cp) == Character.NON_SPACING_MARK ? 0 : 1);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** Spaces that pad a text to a display width. */
    public static String pad(String s, int width) {
        return " ".repeat(Math.max(0, width - width(s)));
    }

    /**
     * The East_Asian_Width W and F blocks that names, units and punctuation in our outputs use
     * (Unicode Standard Annex #11): Hangul Jamo, CJK radicals to Yi, Hangul syllables, CJK
     * compatibility ideographs, vertical and small forms, fullwidth forms, and the supplementary
     * ideographic planes.
     */
    static boolean wide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F
                || cp >= 0x2E80 && cp <= 0x303E
                || cp >= 0x3041 && cp <= 0x33FF
                || cp >= 0x3400 && cp <= 0x4DBF
                || cp >= 0x4E00 && cp <= 0x9FFF
                || cp >= 0xA000 && cp <= 0xA4CF
                || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF
                || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x20000 && cp <= 0x3FFFD;
    }
}
