package io.qqhi.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.fasterxml.jackson.core.io.NumberOutput;

/** Fixed number formatting for outputs: full precision that round-trips, or rounded for people. */
public final class Numbers {
    private Numbers() {
    }

    /**
     * The shortest text that parses back to the same double (jackson-core's Schubfach writer:
     * Java 17's Double.toString is not always shortest), whole numbers without ".0"; empty for NaN
     * (missing).
     */
    public static String full(double v) {
        if (Double.isNaN(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return NumberOutput.toString(v, true);
    }

    /** Rounded half-up (of the double's exact decimal value) to {@code places} decimals, always that many; empty for NaN. */
    public static String fixed(double v, int places) {
        if (Double.isNaN(v)) return "";
        if (Double.isInfinite(v)) return v > 0 ? "Inf" : "-Inf";
        BigDecimal d = new BigDecimal(v).setScale(places, RoundingMode.HALF_UP);
        if (d.signum() == 0) d = d.abs();
        return d.toPlainString();
    }
}
