package io.qqhi.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The estimators on the Ishigami function, whose indices are known analytically (a = 7, b = 0.1):
 * S = (0.3139, 0.4424, 0), ST = (0.5576, 0.4424, 0.2437).
 */
class SobolTest {
    static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + 7 * Math.sin(x2) * Math.sin(x2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
    }

    @Test
    void recoversTheIshigamiIndices() {
        Sobol.Result r = Sobol.analyse(SobolTest::ishigami, 3, 20_000, 42, 100, 2);
        // analytical values: V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2, V1 = (1 + bπ⁴/5)²/2, V2 = a²/8, VT3 = 8b²π⁸/225
        double b = 0.1;
        double v = 49.0 / 8 + b * Math.pow(Math.PI, 4) / 5 + b * b * Math.pow(Math.PI, 8) / 18 + 0.5;
        double v1 = 0.5 * Math.pow(1 + b * Math.pow(Math.PI, 4) / 5, 2);
        double v2 = 49.0 / 8;
        double vt3 = 8 * b * b * Math.pow(Math.PI, 8) / 225;
        assertEquals(v1 / v, r.first()[0], 0.03);
        assertEquals(v2 / v, r.first()[1], 0.03);
        assertEquals(0, r.first()[2], 0.03);
        assertEquals(1 - v2 / v, r.total()[0], 0.03);
        assertEquals(v2 / v, r.total()[1], 0.03);
        assertEquals(vt3 / v, r.total()[2], 0.03);
        assertEquals(20_000 * 5, r.runs());
        assertTrue(r.firstCi()[1][0] <= r.first()[1] && r.first()[1] <= r.firstCi()[1][1]);
    }

    @Test
    void sameSeedSameBitsWhateverTheThreadCount() {
        Sobol.Result one = Sobol.analyse(SobolTest::ishigami, 3, 2_000, 7, 20, 1);
        Sobol.Result two = Sobol.analyse(SobolTest::ishigami, 3, 2_000, 7, 20, 2);
        assertArrayEquals(one.first(), two.first(), 0);
        assertArrayEquals(one.total(), two.total(), 0);
    }

    /** Estimates a true Sobol index cannot take (outside [0, 1], or S above ST) say the runs were too few. */
    @Test
    void impossibleEstimatesMeanTooFewRuns() {
        double[][] ok = {{0.2, 0.4}};
        assertFalse(new Sobol.Result(new double[] {0.3}, new double[] {0.5}, ok, new double[][] {{0.4, 0.6}}, 100).tooFewRuns());
        assertTrue(new Sobol.Result(new double[] {0.3}, new double[] {0.5}, new double[][] {{-0.1, 0.6}}, new double[][] {{0.4, 0.6}}, 100)
                .tooFewRuns(), "an interval below 0");
        assertTrue(new Sobol.Result(new double[] {0.6}, new double[] {0.5}, new double[][] {{0.5, 0.7}}, new double[][] {{0.4, 0.6}}, 100)
                .tooFewRuns(), "first order above total");
        assertTrue(new Sobol.Result(new double[] {0.3}, new double[] {1.02}, ok, new double[][] {{0.9, 1.1}}, 100).tooFewRuns(), "above 1");
    }
}
