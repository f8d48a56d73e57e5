package io.qqhi.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class RulesTest {
    /** Rule labels show numbers as String.format("%.2f") did: same text for halves, negatives and tiny values. */
    @Test
    void numbersAsFormatterWritesThem() {
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 200_000; i++) {
            double x = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-3, 7));
            double v = switch (i % 4) {
                case 0 -> Math.round(x * 1000) / 1000.0; // 2.675-like values sitting on a half
                case 1 -> Math.round(x * 8) / 8.0;
                default -> x;
            };
            String want = v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
            assertEquals(want, Rules.num(v), () -> "value " + v);
        }
        assertEquals("2.68", Rules.num(2.675));
        assertEquals("-0.00", Rules.num(-0.001));
        assertEquals("3", Rules.num(3.0));
    }
}
