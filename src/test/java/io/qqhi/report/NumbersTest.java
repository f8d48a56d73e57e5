package io.qqhi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;


import org.junit.jupiter.api.Test;

class NumbersTest {
    /** The quick rounding agrees with BigDecimal's exact half-up rounding of the double's decimal value. */
    @Test
    void fixedAgreesWithBigDecimal() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        for (int i = 0; i < 20_000; i++) {
            double x = (r.nextDouble() - 0.3) * Math.pow(10, r.nextInt(7));
            double v = switch (i % 4) {
                case 0 -> Math.round(x * 1000) / 1000.0; // near a half at 2 places, but not on it
                case 1 -> Math.round(x * 64) / 64.0; // exactly on a half (binary fractions such as 0.125)
                case 2 -> Math.round(x) + 0.5;
                default -> x;
            };
            for (int places : new int[] {0, 2, 4}) {
                java.math.BigDecimal d = new java.math.BigDecimal(v).setScale(places, java.math.RoundingMode.HALF_UP);
                if (d.signum() == 0) d = d.abs();
                assertEquals(d.toPlainString(), Numbers.fixed(v, places), "value " + v);
            }
        }
    }

    /** Half-up rounding of the double's exact decimal value, worked by hand. */
    @Test
    void fixedRoundsTheExactValueHalfUp() {
        assertEquals("2.68", Numbers.fixed(2.675 + 1e-12, 2));
        assertEquals("2.67", Numbers.fixed(2.675, 2), "2.675 is 2.67499999… as a double");
        assertEquals("0.00", Numbers.fixed(-0.001, 2));
        assertEquals("", Numbers.fixed(Double.NaN, 2));
        assertEquals("0.13", Numbers.fixed(0.125, 2), "an exact half rounds up");
        assertEquals("-0.13", Numbers.fixed(-0.125, 2), "half-up is away from zero");
        assertEquals("1234567890.12", Numbers.fixed(1234567890.123, 2));
        assertEquals("86.76", Numbers.fixed(86.761, 2));
    }

    @Test
    void fullRoundTrips() {
        for (double v : new double[] {0.1, 1.0 / 3, 58.73333333333333, 1e-7, 123456789.125}) {
            assertEquals(v, Double.parseDouble(Numbers.full(v)), 0);
        }
        assertEquals("80", Numbers.full(80.0));
        // JDK-4511638: Java 17's Double.toString gives 2.82879384806159008E17, not the shortest text
        assertEquals("2.82879384806159E17", Numbers.full(2.82879384806159E17));
        assertEquals("", Numbers.full(Double.NaN));
    }
}
