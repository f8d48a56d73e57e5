package io.qqhi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;


import org.junit.jupiter.api.Test;

class NumbersTest {
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
