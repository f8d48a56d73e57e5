package io.qqhi.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Fixed number formatting for outputs: full precision that round-trips, or rounded for people. */
public final class Numbers {
    private static final double[] POW10 = {1, 10, 100, 1000, 10000, 100000, 1000000};

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
        if (places <= 6 && Math.abs(v) < 1e9) {
            double scale = POW10[places];
            double x = Math.abs(v) * scale;
            double frac = x - Math.floor(x);
            // away from a half, the quick rounding agrees with the exact one below
            if (Math.abs(frac - 0.5) > 1e-6) {
                long r = Math.round(x);
                if (r == 0) return places == 0 ? "0" : "0." + "0".repeat(places);
                String digits = Long.toString(r);
                if (places > 0) {
                    if (digits.length() <= places) digits = "0".repeat(places - digits.length() + 1) + digits;
                    digits = digits.substring(0, digits.length() - places) + "." + digits.substring(digits.length() - places);
                }
                return v < 0 ? "-" + digits : digits;
            }
        }
        BigDecimal d = new BigDecimal(v).setScale(places, RoundingMode.HALF_UP);
        if (d.signum() == 0) d = d.abs();
        return d.toPlainString();
    }
}
