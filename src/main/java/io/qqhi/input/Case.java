package io.qqhi.input;

/**
 * A 典型案例 in the case register (docs/formats.md, cases): a place's practice in a period, on a
 * leaf (its id) or on a theme, with a title, a text of 300–800 characters and a contact; {@code id}
 * is the period's running number (2026H1-01), {@code registered} the day it was entered.
 */
public record Case(String id, String unit, String node, String theme, String title, String text, String contact,
                   String registered) {
    /** A case as listed: its place's and leaf's names, and whether the period's lists tell it. */
    public record Listed(Case c, String unitName, String leafName, boolean told) {
    }

    /** The least and most characters of a case's text. */
    public static final int MIN_TEXT = 300;
    public static final int MAX_TEXT = 800;

    /** The text's length in characters (code points), white space not counted. */
    public static int length(String text) {
        return (int) text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    }
}
