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

    private static final double[] POW10 = {1, 10, 100, 1000, 10000, 100000, 1000000};

    /** Rounded half-up (of the double's exact decimal value) to {@code places} decimals, always that many; empty for NaN. */
    public static String fixed(double v, int places) {
        if (Double.isNaN(v)) return "";
        if (Double.isInfinite(v)) return v > 0 ? "Inf" : "-Inf";
        long r = scaledHalfUp(v, places);
        if (r == NOT_SCALED) {
            BigDecimal d = new BigDecimal(v).setScale(places, RoundingMode.HALF_UP);
            return (d.signum() == 0 ? d.abs() : d).toPlainString();
        }
        String digits = Long.toString(r);
        if (places > 0) {
            if (digits.length() <= places) digits = "0".repeat(places - digits.length() + 1) + digits;
            digits = digits.substring(0, digits.length() - places) + "." + digits.substring(digits.length() - places);
        }
        return v < 0 && r != 0 ? "-" + digits : digits;
    }

    static final long NOT_SCALED = Long.MIN_VALUE;

    /**
     * |v| × 10^places rounded half-up exactly as BigDecimal rounds the double's decimal value, without
     * it (an exact BigDecimal of every score made the national lists' writing three times slower,
     * measured): hi + lo (a fused multiply-add) is the exact product, and hi − (f + ½) is exact and,
     * when not zero, larger than |lo|, so its sign decides; on a tie lo does. {@link #NOT_SCALED}
     * outside the range where that holds.
     */
    static long scaledHalfUp(double v, int places) {
        if (places < 0 || places >= POW10.length || !(Math.abs(v) < 1e9)) return NOT_SCALED;
        double a = Math.abs(v);
        double scale = POW10[places];
        double hi = a * scale;
        double lo = Math.fma(a, scale, -hi);
        double f = Math.floor(hi);
        double t = f + 0.5;
        boolean up = hi > t || (hi == t && lo >= 0);
        return (long) f + (up ? 1 : 0);
    }
}
