package io.qqhi.framework;

import java.util.Locale;

/** Whether more of an indicator is better ({@code +}) or worse ({@code -}). */
public enum Direction {
    HIGHER(1), LOWER(-1);

    public final int sign;

    Direction(int sign) {
        this.sign = sign;
    }

    public String symbol() {
        return sign > 0 ? "+" : "-";
    }

    /** Reads {@code +}, {@code higher}, {@code 1}, {@code ↑} / {@code -}, {@code lower}, {@code -1}, {@code ↓}; null otherwise. */
    public static Direction parse(String s) {
        switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "+": case "higher": case "1": case "↑": case "positive":
                return HIGHER;
            case "-": case "lower": case "-1": case "↓": case "negative":
                return LOWER;
            default:
                return null;
        }
    }
}
