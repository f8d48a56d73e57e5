package io.qqhi.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void tooFewOrEqualValuesHaveNoShape() {
        // G1 needs three values, G2 four; a constant column has neither (m2 = 0); missing values do not count
        assertEquals(Double.NaN, Stats.skew(new double[] {1, 2, Double.NaN}));
        assertEquals(0.0, Stats.skew(new double[] {1, 2, 3}), 1e-15);
        assertEquals(Double.NaN, Stats.kurtosis(new double[] {1, 2, 3, Double.NaN}));
        assertEquals(Double.NaN, Stats.skew(new double[] {4, 4, 4, 4}));
        assertEquals(Double.NaN, Stats.kurtosis(new double[] {4, 4, 4, 4}));
        // by hand, 1 2 3 10: mean 4, m2 = (9+4+1+36)/4 = 12.5, m3 = (−27−8−1+216)/4 = 45, m4 = (81+16+1+1296)/4 = 348.5
        assertEquals(Math.sqrt(12.0) / 2 * 45 / Math.pow(12.5, 1.5), Stats.skew(new double[] {1, 2, 3, 10}), 1e-12);
        assertEquals((5 * (348.5 / 156.25 - 3) + 6) * 3 / 2.0, Stats.kurtosis(new double[] {1, 2, 3, 10}), 1e-12);
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
