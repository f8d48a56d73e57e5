package io.qqhi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class NumbersTest {
    /** The quick rounding must agree with exact half-up rounding of the double's decimal value. */
    @Test
    void fixedAgreesWithExactHalfUpRounding() {
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 200_000; i++) {
            double x = (r.nextDouble() - 0.3) * Math.pow(10, r.nextInt(7));
            double v = switch (i % 7) {
                case 0 -> Math.round(x * 1000) / 1000.0; // near a half at 2 places, but not on it
                case 1 -> Math.round(x * 64) / 64.0; // exactly on a half (binary fractions such as 0.125)
                case 2 -> Math.round(x) + 0.5;
                default -> x;
            };
            for (int places : new int[] {0, 1, 2, 4, 6}) {
                BigDecimal d = new BigDecimal(v).setScale(places, RoundingMode.HALF_UP);
                if (d.signum() == 0) d = d.abs();
                assertEquals(d.toPlainString(), Numbers.fixed(v, places), () -> "value " + v);
                assertEquals(d.toPlainString(), viaWriter(v, places), () -> "Utf8Writer, value " + v);
            }
        }
        assertEquals("2.68", Numbers.fixed(2.675 + 1e-12, 2));
        assertEquals("2.67", Numbers.fixed(2.675, 2), "2.675 is 2.67499999… as a double");
        assertEquals("0.00", Numbers.fixed(-0.001, 2));
        assertEquals("", Numbers.fixed(Double.NaN, 2));
        assertEquals("0.13", Numbers.fixed(0.125, 2), "an exact half rounds up");
        assertEquals("-0.13", Numbers.fixed(-0.125, 2), "half-up is away from zero");
        assertEquals("1234567890.12", Numbers.fixed(1234567890.123, 2), "beyond the quick range");
    }

    private static String viaWriter(double v, int places) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        try (Utf8Writer w = new Utf8Writer(b)) {
            w.fixed(v, places);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return b.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void fullRoundTrips() {
        for (double v : new double[] {0.1, 1.0 / 3, 58.73333333333333, 1e-7, 123456789.125}) {
            assertEquals(v, Double.parseDouble(Numbers.full(v)), 0);
        }
        assertEquals("80", Numbers.full(80.0));
    }
}
