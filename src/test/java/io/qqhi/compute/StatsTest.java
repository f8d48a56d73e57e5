package io.qqhi.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void shapeIsSkewAndKurtosisToTheBit() {
        // the outlier rule's one-pass shape must decide exactly as the separate statistics do
        Random r = new Random(7);
        for (int t = 0; t < 2000; t++) {
            double[] x = new double[r.nextInt(12)];
            for (int i = 0; i < x.length; i++) {
                x[i] = r.nextInt(6) == 0 ? Double.NaN : r.nextInt(4) == 0 ? Math.exp(r.nextGaussian() * 3) : r.nextInt(5);
            }
            double[] g = new double[2];
            Stats.shape(x, g);
            assertEquals(Stats.skew(x), g[0], 0.0, java.util.Arrays.toString(x));
            assertEquals(Stats.kurtosis(x), g[1], 0.0, java.util.Arrays.toString(x));
        }
    }

    @Test
    void skewAndKurtosisOnAHandWorkedExample() {
        // by hand: mean 4, deviations −3 −2 −1 0 6, m2 = 50/5 = 10, m3 = 180/5 = 36, m4 = 1394/5 = 278.8;
        // G1 = √(5·4)/3 · 36/10^1.5 = 12·√0.02; G2 = (6·(278.8/100 − 3) + 6)·4/(3·2) = 3.152
        double[] x = {1, 2, 3, 4, 10, Double.NaN};
        double[] g = new double[2];
        Stats.shape(x, g);
        assertEquals(12 * Math.sqrt(0.02), g[0], 1e-12);
        assertEquals(3.152, g[1], 1e-12);
    }
}
