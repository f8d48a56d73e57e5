package io.qqhi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.io.schubfach.DoubleToDecimal;

/**
 * {@link ShortestDecimal} is Schubfach reshaped to write bytes; jackson-core's DoubleToDecimal (what
 * qqhi used before, and the same algorithm as Java 19's Double.toString) is the reference, and every
 * text must also read back as the same double.
 */
class ShortestDecimalTest {
    private static String text(double v) {
        byte[] b = new byte[ShortestDecimal.MAX_BYTES + 3];
        b[0] = 'x';
        int end = ShortestDecimal.write(v, b, 1);
        assertEquals('x', b[0], "nothing written before the position");
        return new String(b, 1, end - 1, java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static void check(double v) {
        String expected = DoubleToDecimal.toString(v);
        String actual = text(v);
        assertEquals(expected, actual, () -> "bits " + Long.toHexString(Double.doubleToRawLongBits(v)));
        if (!Double.isNaN(v)) assertEquals(v, Double.parseDouble(actual), 0);
    }

    @Test
    void agreesWithTheReferenceOnEdgeCases() {
        double[] edges = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
            -Double.MIN_VALUE, 2 * Double.MIN_VALUE, 3 * Double.MIN_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL),
            Double.MAX_VALUE, -Double.MAX_VALUE, 1.0, -1.0, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 58.733333333333334, 100.0,
            1e-3, 9.999999999999999e-4, 1e7, 9999999.999999998, 1e-7, 1.2345678e7, 123456789.125, 1e15, 1e16, 1e22, 1e23,
            2e-323, 4.9e-324, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 0.001, 0.01, 12345.678,
            Math.PI, Math.E, 1.0E-5, 5.0E-4, 0.5, 0.25, 0.125, 9007199254740993.0, 4503599627370496.5};
        for (double v : edges) {
            check(v);
            check(-v);
            check(Math.nextUp(v));
            check(Math.nextDown(v));
        }
        assertEquals("58.733333333333334", text(58.733333333333334));
        assertEquals("1.0E-5", text(1e-5));
        assertEquals("1.2345678E7", text(1.2345678e7));
        assertEquals("0.001", text(0.001));
        assertEquals("-0.0", text(-0.0));
    }

    @Test
    void agreesWithTheReferenceOnRandomDoubles() {
        SplittableRandom r = new SplittableRandom(20261122);
        for (int i = 0; i < 250_000; i++) {
            check(Double.longBitsToDouble(r.nextLong())); // every exponent, subnormals and NaNs
            check(r.nextDouble() * 100); // scores
            check((r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-12, 20))); // raw values of any size
            check(Math.round(r.nextDouble() * 1e6) / 1e4); // short decimals
        }
    }

    @Test
    void numbersFullWritesWholeNumbersWithoutAPoint() {
        assertEquals("80", Numbers.full(80.0));
        assertEquals("0", Numbers.full(-0.0));
        assertEquals("-17", Numbers.full(-17.0));
        assertEquals("999999999999999", Numbers.full(999_999_999_999_999.0));
        assertEquals("1.0E15", Numbers.full(1e15), "from 10^15 on, as Double.toString");
        assertEquals("", Numbers.full(Double.NaN));
        assertEquals("Infinity", Numbers.full(Double.POSITIVE_INFINITY));
        assertEquals("58.733333333333334", Numbers.full(58.733333333333334));
        for (long k = -3_000_000_000L; k <= 3_000_000_000L; k += 999_983) {
            assertEquals(Long.toString(k), Numbers.full(k));
        }
    }
}
