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
            double v = i % 7 == 0 ? Math.round(x * 1000) / 1000.0 : x; // many values sitting exactly on a half
            for (int places : new int[] {0, 2, 4}) {
                BigDecimal d = new BigDecimal(v).setScale(places, RoundingMode.HALF_UP);
                if (d.signum() == 0) d = d.abs();
                assertEquals(d.toPlainString(), Numbers.fixed(v, places), () -> "value " + v);
            }
        }
        assertEquals("2.68", Numbers.fixed(2.675 + 1e-12, 2));
        assertEquals("2.67", Numbers.fixed(2.675, 2), "2.675 is 2.67499999… as a double");
        assertEquals("0.00", Numbers.fixed(-0.001, 2));
        assertEquals("", Numbers.fixed(Double.NaN, 2));
    }

    @Test
    void fullRoundTrips() {
        for (double v : new double[] {0.1, 1.0 / 3, 58.73333333333333, 1e-7, 123456789.125}) {
            assertEquals(v, Double.parseDouble(Numbers.full(v)), 0);
        }
        assertEquals("80", Numbers.full(80.0));
    }
}
