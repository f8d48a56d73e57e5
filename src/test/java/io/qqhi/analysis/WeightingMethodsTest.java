package io.qqhi.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The weighting methods against the test vectors of docs/methods.md (checked with numpy). */
class WeightingMethodsTest {
    static final double[][] X = {{9, 0, 0, 0}, {8, 3, 0.9, 0.5}, {6, 7, 0.2, 1}};
    static final double[][] A = {{1, 3, 5}, {1.0 / 3, 1, 3}, {1.0 / 5, 1.0 / 3, 1}};

    @Test
    void entropyCriticAndCoefficientOfVariation() {
        assertArrayEquals(new double[] {0.00857, 0.30716, 0.39326, 0.29101}, WeightingMethods.entropy(X), 5e-6);
        assertArrayEquals(new double[] {0.3755, 0.2122, 0.2077, 0.2046}, WeightingMethods.critic(X), 5e-5);
        assertArrayEquals(new double[] {0.0563, 0.2975, 0.3639, 0.2824}, WeightingMethods.coefficientOfVariation(X), 5e-5);
    }

    @Test
    void ahpEigenvectorSumAndRootMethods() {
        WeightingMethods.Ahp e = WeightingMethods.ahp(A, WeightingMethods.AhpVariant.EIGEN, WeightingMethods.RI_SAATY);
        assertArrayEquals(new double[] {0.6370, 0.2583, 0.1047}, e.weights(), 5e-5);
        assertEquals(3.0385, e.lambdaMax(), 5e-5);
        assertEquals(0.0193, e.ci(), 5e-5);
        assertEquals(0.0332, e.cr(), 5e-5);
        assertTrue(e.consistent());
        assertArrayEquals(new double[] {0.6333, 0.2605, 0.1062},
                WeightingMethods.ahp(A, WeightingMethods.AhpVariant.SUM, WeightingMethods.RI_SAATY).weights(), 5e-5);
        assertArrayEquals(new double[] {0.6370, 0.2583, 0.1047},
                WeightingMethods.ahp(A, WeightingMethods.AhpVariant.ROOT, WeightingMethods.RI_SAATY).weights(), 5e-5);
        // an inconsistent judgement: a > b > c but c > a strongly
        double[][] bad = {{1, 5, 1.0 / 7}, {1.0 / 5, 1, 5}, {7, 1.0 / 5, 1}};
        assertTrue(!WeightingMethods.ahp(bad, WeightingMethods.AhpVariant.EIGEN, WeightingMethods.RI_SAATY).consistent());
    }

    @Test
    void combinedWeights() {
        double[] s = {0.5, 0.3, 0.2};
        double[] o = {0.2, 0.2, 0.6};
        assertArrayEquals(new double[] {0.35, 0.25, 0.4}, WeightingMethods.combine(s, o, 0.5, false), 1e-12);
        // multiplicative: (0.10, 0.06, 0.12) / 0.28
        assertArrayEquals(new double[] {0.10 / 0.28, 0.06 / 0.28, 0.12 / 0.28}, WeightingMethods.combine(s, o, 0, true), 1e-12);
    }
}
