package io.qqhi.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Fixed number formatting for outputs: full precision that round-trips, or rounded for people. */
public final class Numbers {
    private static final double[] POW10 = {1, 10, 100, 1000, 10000, 100000, 1000000};

    private Numbers() {
    }

    /** Shortest text that parses back to the same double (whole numbers without ".0"); empty for NaN (missing). */
    @SuppressWarnings("deprecation") // the ASCII bytes are exactly the characters
    public static String full(double v) {
        byte[] b = new byte[ShortestDecimal.MAX_BYTES];
        int n = full(v, b, 0);
        return new String(b, 0, 0, n);
    }

    /**
     * {@link #full(double)} as ASCII bytes into {@code dst} from {@code pos} (at least
     * {@link ShortestDecimal#MAX_BYTES} of room); returns the position after them.
     */
    static int full(double v, byte[] dst, int pos) {
        if (Double.isNaN(v)) return pos;
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return whole((long) v, dst, pos);
        // Schubfach (as Double.toString from Java 19): the shortest digits, and twice as fast as Java 17's
        return ShortestDecimal.write(v, dst, pos);
    }

    /** A whole number's digits (as Long.toString), last digit first and then turned round. */
    private static int whole(long v, byte[] dst, int pos) {
        int i = pos;
        if (v < 0) {
            dst[i++] = '-';
            v = -v; // |v| < 1e15 here
        }
        int start = i;
        do {
            long q = v / 10;
            dst[i++] = (byte) ('0' + (v - q * 10));
            v = q;
        } while (v != 0);
        for (int a = start, b = i - 1; a < b; a++, b--) {
            byte t = dst[a];
            dst[a] = dst[b];
            dst[b] = t;
        }
        return i;
    }

    /** Returned by {@link #scaledHalfUp} for values it does not handle (too large, too many places, not finite). */
    static final long NOT_SCALED = Long.MIN_VALUE;

    /** Rounded half-up to {@code places} decimals, always that many; empty for NaN. */
    public static String fixed(double v, int places) {
        if (Double.isNaN(v)) return "";
        if (Double.isInfinite(v)) return v > 0 ? "Inf" : "-Inf";
        long r = scaledHalfUp(v, places);
        if (r != NOT_SCALED) {
            String digits = Long.toString(r);
            if (places > 0) {
                if (digits.length() <= places) digits = "0".repeat(places - digits.length() + 1) + digits;
                digits = digits.substring(0, digits.length() - places) + "." + digits.substring(digits.length() - places);
            }
            return v < 0 && r != 0 ? "-" + digits : digits;
        }
        BigDecimal d = new BigDecimal(v).setScale(places, RoundingMode.HALF_UP);
        if (d.signum() == 0) d = d.abs();
        return d.toPlainString();
    }

    /**
     * |v| × 10^places rounded half-up, exactly as BigDecimal would round the double's decimal
     * value, but without it: hi + lo (by fused multiply-add) is the exact product, and hi − (f + ½)
     * is exact and, when not zero, larger than |lo|, so its sign decides; on a tie lo does. (An
     * exact product just below a whole-number hi still rounds to hi: it is far from any half.)
     * {@link #NOT_SCALED} outside the range where that holds.
     */
    static long scaledHalfUp(double v, int places) {
        if (places < 0 || places >= POW10.length || !(Math.abs(v) < 1e9)) return NOT_SCALED;
        double a = Math.abs(v);
        double scale = POW10[places];
        double hi = a * scale;
        double lo = Math.fma(a, scale, -hi);
        double f = (long) hi; // floor for 0 <= hi < 1e15; Math.floor is a call into StrictMath under the client compiler
        double t = f + 0.5;
        boolean up = hi > t || (hi == t && lo >= 0);
        return (long) f + (up ? 1 : 0);
    }
}
