package io.qqhi.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The winsorising rule's point count (docs/methods.md, outliers): distinct positions changed, as
 * COINr's winmax counts them. The column below was checked with scipy.stats (skew and kurtosis
 * with bias=False): G1 = 3.566, G2 = 13.59 before treatment; it needs three rounds, in which the
 * point 300 moves twice (300 → 150 → 125 → 55), so three distinct points change while the
 * replacements add up to 1 + 2 + 3 = 6.
 */
class WinsoriserTest {
    static final double[] COLUMN = {45, 52, 48, 55, 51, 47, 54, 50, 46, 53, 49, 45, 52, 48, 55, 51, 47, 54, 50, 46,
            125, 150, 300};

    @Test
    void aPointChangedInSeveralRoundsCountsOnce() {
        OutlierTreatment.Result r = new Winsoriser(2, 3.5, 3).treat(COLUMN);
        assertEquals("winsorised", r.how(), "three distinct points are within max_points = 3");
        assertEquals(3, r.points());
        double[] want = COLUMN.clone();
        want[20] = want[21] = want[22] = 55;
        assertArrayEquals(want, r.values(), 0);
    }

    @Test
    void fewerPointsAllowedThanNeededFallsBackToTheLog() {
        OutlierTreatment.Result r = new Winsoriser(2, 3.5, 2).treat(COLUMN);
        assertEquals("log_CT_plus", r.how(), "COINr's default f2");
        // the skew is positive, so log(x − min + 0.01·(max − min)) on the original values: min 45, max 300
        assertEquals(Math.log(300 - 45 + 0.01 * 255), r.values()[22], 1e-12);
        assertEquals(Math.log(0 + 2.55), r.values()[0], 1e-12);
    }

    @Test
    void withoutAFallbackTheWinsorisedValuesStay() {
        OutlierTreatment.Result r = new Winsoriser(2, 3.5, 2, null, 1).treat(COLUMN);
        assertEquals("winsorised", r.how());
        assertEquals(2, r.points());
    }

    @Test
    void tiedExtremesCountOneEach() {
        double[] x = COLUMN.clone();
        x[21] = 300; // two points at the maximum: one round changes two positions
        OutlierTreatment.Result r = new Winsoriser(2, 3.5, 5).treat(x);
        assertEquals("winsorised", r.how());
        assertEquals(3, r.points(), "300, 300 → 125 (two points), then 125 → 55 (a third)");
    }

    @Test
    void aColumnThatPassesIsLeftAlone() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        OutlierTreatment.Result r = new Winsoriser(2, 3.5, 5).treat(x);
        assertEquals("none", r.how());
        assertArrayEquals(x, r.values(), 0);
    }
}
