package io.qqhi.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Fixed number formatting for outputs: full precision that round-trips, or rounded for people. */
public final class Numbers {
    private Numbers() {
    }

    /** Shortest text that parses back to the same double; empty for NaN (missing). */
    public static String full(double v) {
        if (Double.isNaN(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    /** Rounded half-up to {@code places} decimals, always that many; empty for NaN. */
    public static String fixed(double v, int places) {
        if (Double.isNaN(v)) return "";
        if (Double.isInfinite(v)) return v > 0 ? "Inf" : "-Inf";
        BigDecimal d = new BigDecimal(v).setScale(places, RoundingMode.HALF_UP);
        if (d.signum() == 0) d = d.abs();
        return d.toPlainString();
    }
}
