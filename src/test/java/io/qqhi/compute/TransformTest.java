package io.qqhi.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The transforms of COINr 1.1.14's treat.R (docs/methods.md, outliers), on columns worked by hand,
 * and a transform as the first treatment.
 */
class TransformTest {
    static final double EPS = 1e-12;
    static final double NaN = Double.NaN;

    @Test
    void eachTransformByHand() {
        // log_CT_orig: log(x − min + 1); min 0 → log 1, log 2, log e = 0, 0.693…, 1; NaN stays
        assertArrayEquals(new double[] {0, Math.log(2), 1, NaN}, Transform.LOG_CT_ORIG.apply(new double[] {0, 1, Math.E - 1, NaN}, 1), EPS);
        // log_CT: a = 0.01·(10 − 0) = 0.1 → log 0.1, log 10.1
        assertArrayEquals(new double[] {Math.log(0.1), Math.log(10.1)}, Transform.LOG_CT.apply(new double[] {0, 10}, 1), EPS);
        // log_GII on 1, 3, 5: (5 − 1)(x − 1)/(5 − 1) + 1 = x → log 1, log 3, log 5
        assertArrayEquals(new double[] {0, Math.log(3), Math.log(5)}, Transform.LOG_GII.apply(new double[] {1, 3, 5}, 1), EPS);
        // boxcox λ = 2 on 0, 1, 2: y = x + 1 → (y² − 1)/2 = 0, 1.5, 4; λ = 0 → log y
        assertArrayEquals(new double[] {0, 1.5, 4}, Transform.BOXCOX.apply(new double[] {0, 1, 2}, 2), EPS);
        assertArrayEquals(new double[] {0, Math.log(2), Math.log(3)}, Transform.BOXCOX.apply(new double[] {0, 1, 2}, 0), EPS);
    }

    @Test
    void logCtPlusFollowsTheSkew() {
        // right skew (one high value): log(x − min + a), a = 0.01·(100 − 0) = 1
        double[] right = {0, 1, 2, 100};
        assertArrayEquals(new double[] {0, Math.log(2), Math.log(3), Math.log(101)}, Transform.LOG_CT_PLUS.apply(right, 1), EPS);
        // left skew (one low value): −log(max + a − x), max 100, a = 1 → −log 101, −log 2, −log 1
        double[] left = {0, 99, 100};
        assertArrayEquals(new double[] {-Math.log(101), -Math.log(2), -0.0}, Transform.LOG_CT_PLUS.apply(left, 1), EPS);
    }

    @Test
    void aTransformTreatsOnlyAColumnThatFailsAndFallsBackWhenItStillFails() {
        double[] calm = {1, 2, 3, 4, 5, 6};
        OutlierTreatment.Result r = new TransformTreatment(Transform.LOG_CT_ORIG, 1, 2, 3.5, null).treat(calm);
        assertEquals("none", r.how());
        assertArrayEquals(calm, r.values(), 0);
        // twenty ones and one 1000: G1 ≈ 4.58, G2 = 21 → fails; log(x − 1 + 1) gives twenty zeros and log 1000, which still fails
        double[] spiky = new double[21];
        java.util.Arrays.fill(spiky, 1);
        spiky[20] = 1000;
        assertTrue(Winsoriser.fails(spiky, 2, 3.5));
        OutlierTreatment.Result t = new TransformTreatment(Transform.LOG_CT_ORIG, 1, 2, 3.5, null).treat(spiky);
        assertEquals("log_CT_orig", t.how());
        assertEquals(Math.log(1000), t.values()[20], EPS);
        OutlierTreatment.Result f = new TransformTreatment(Transform.LOG_CT_ORIG, 1, 2, 3.5, Transform.BOXCOX).treat(spiky);
        assertEquals("boxcox", f.how(), "still failing after the first transform: the fallback, on the original values");
        // boxcox with λ = 1: y = x − 1 + 1 = x, (y − 1)/1 → 1000 becomes 999
        assertEquals(999, f.values()[20], EPS);
    }
}
