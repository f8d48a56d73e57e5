package io.qqhi.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every normaliser on small columns worked by hand (docs/methods.md). */
class NormaliserTest {
    static final double NaN = Double.NaN;
    static final double EPS = 1e-12;

    static double[] run(Normaliser n, Column c, double... x) {
        double[] out = new double[x.length];
        n.normalise(x, c, out);
        return out;
    }

    static Column up() {
        return new Column("x", 1, null, null, null);
    }

    static Column down() {
        return new Column("x", -1, null, null, null);
    }

    @Test
    void efficacyMatchesThePublishedExample() {
        // docs/methods.md, test vectors: x = 5.81 %, x_h = 12 %, x_s = 6 % → 60 + 40·(−0.19/6) = 58.7333
        double[] d = run(new EfficacyNormaliser(60, 40, true, false), new Column("x", 1, null, 6.0, 12.0), 5.81);
        assertEquals(58.73333333333333, d[0], 1e-12);
        assertEquals(58.7333, EfficacyNormaliser.score(5.81, 12, 6, 60, 40), 5e-5);
    }

    @Test
    void efficacyWithPoolBenchmarksAndLowerIsBetter() {
        assertArrayEquals(new double[] {60, 70, 100}, run(new EfficacyNormaliser(60, 40, false, false), up(), 2, 4, 10), EPS);
        // lower is better: 2 is best (100), 10 worst (60), 4 → 60 + 40·(10 − 4)/(10 − 2) = 90
        assertArrayEquals(new double[] {100, 90, 60}, run(new EfficacyNormaliser(60, 40, false, false), down(), 2, 4, 10), EPS);
        // fixed targets for a lower-is-better leaf: x_h = 20 days, x_s = 60 days; 30 days → 60 + 40·30/40 = 90; clipped at 100
        Column days = new Column("x", -1, null, 60.0, 20.0);
        assertArrayEquals(new double[] {90, 110}, run(new EfficacyNormaliser(60, 40, true, false), days, 30, 10), EPS);
        assertArrayEquals(new double[] {90, 100}, run(new EfficacyNormaliser(60, 40, true, true), days, 30, 10), EPS);
    }

    @Test
    void minMaxIgnoresAndKeepsMissing() {
        assertArrayEquals(new double[] {0, NaN, 50, 100}, run(new MinMaxNormaliser(0, 100), up(), 1, NaN, 3, 5), EPS);
        assertArrayEquals(new double[] {100, 50, 0}, run(new MinMaxNormaliser(0, 100), down(), 1, 3, 5), EPS);
        assertArrayEquals(new double[] {1, 100}, run(new MinMaxNormaliser(1, 100), up(), 7, 9), EPS);
    }

    @Test
    void zScoreUsesTheSampleStandardDeviation() {
        // mean 4, sample sd √((4 + 0 + 4)/2) = 2
        assertArrayEquals(new double[] {-1, 0, 1, NaN}, run(new ZScoreNormaliser(0, 1), up(), 2, 4, 6, NaN), EPS);
        assertArrayEquals(new double[] {110, 100, 90}, run(new ZScoreNormaliser(100, 10), down(), 2, 4, 6), EPS);
    }

    @Test
    void rankFamiliesGiveTiesTheLowestRank() {
        assertArrayEquals(new double[] {3, 1, 3, 2}, run(new RankNormaliser(RankNormaliser.Kind.RANK), up(), 3, 1, 3, 2), EPS);
        assertArrayEquals(new double[] {2.0 / 3, 0, 2.0 / 3, 1.0 / 3},
                run(new RankNormaliser(RankNormaliser.Kind.PRANK), up(), 3, 1, 3, 2), EPS);
        assertArrayEquals(new double[] {2, 0, 2, 1}, run(new RankNormaliser(RankNormaliser.Kind.BORDA), up(), 3, 1, 3, 2), EPS);
        // lower is better: −3, −3 are the lowest oriented values (rank 1, tied), then −2 (3), then −1 (4)
        assertArrayEquals(new double[] {1, 4, 1, 3}, run(new RankNormaliser(RankNormaliser.Kind.RANK), down(), 3, 1, 3, 2), EPS);
    }

    @Test
    void distanceToMaxAndToTarget() {
        assertArrayEquals(new double[] {0, 0.5, 1}, run(new Dist2MaxNormaliser(), up(), 2, 4, 6), EPS);
        Column t8 = new Column("x", 1, 8.0, null, null);
        assertArrayEquals(new double[] {0, 1.0 / 3, 2.0 / 3}, run(new Dist2TargetNormaliser(false), t8, 2, 4, 6), EPS);
        Column t5 = new Column("x", 1, 5.0, null, null);
        assertArrayEquals(new double[] {0, 2.0 / 3, 1}, run(new Dist2TargetNormaliser(true), t5, 2, 4, 6), EPS);
        // lower is better, target 1: (max − x)/(max − target) = (6 − x)/5
        Column t1 = new Column("x", -1, 1.0, null, null);
        assertArrayEquals(new double[] {0.8, 0.4, 0}, run(new Dist2TargetNormaliser(false), t1, 2, 4, 6), EPS);
    }

    @Test
    void goalpostsClipAndFlipForLowerIsBetter() {
        assertArrayEquals(new double[] {0, 50, 100}, run(new GoalpostsNormaliser(0, 100, 100), up(), -10, 50, 120), EPS);
        assertArrayEquals(new double[] {80}, run(new GoalpostsNormaliser(0, 100, 100), down(), 20), EPS);
    }

    @Test
    void deductionTakesPointsPerCaseDownToTheFloor() {
        assertArrayEquals(new double[] {100, 80, 40, 0, NaN}, run(new DeductionNormaliser(100, 20, 0), down(), 0, 1, 3, 6, NaN), EPS);
        assertFalse(new DeductionNormaliser(100, 20, 0).normalise(new double[] {0, 0}, down(), new double[2]),
                "all-zero counts are normal for deduction, not a constant-indicator problem");
    }

    @Test
    void constantColumnIsReportedAndGetsTheTopScoreNotNaN() {
        double[] out = new double[3];
        assertTrue(new MinMaxNormaliser(0, 100).normalise(new double[] {5, 5, NaN}, up(), out));
        assertArrayEquals(new double[] {100, 100, NaN}, out, EPS);
        assertTrue(new EfficacyNormaliser(60, 40, false, false).normalise(new double[] {5, 5}, up(), out = new double[2]));
        assertArrayEquals(new double[] {100, 100}, out, EPS);
        assertTrue(new ZScoreNormaliser(0, 1).normalise(new double[] {5, 5}, up(), out));
        assertArrayEquals(new double[] {0, 0}, out, EPS);
    }

    /** COINr's n_fracmax after the direction: x / max. */
    @Test
    void fracmaxIsTheShareOfTheMaximum() {
        // 2/8, 4/8, 8/8, missing stays missing
        assertArrayEquals(new double[] {0.25, 0.5, 1, NaN}, run(new FracMaxNormaliser(), up(), 2, 4, 8, NaN), EPS);
        // lower is better: d·x = −2, −4, −8, max = −2 → 1, 2, 4 (COINr's value, followed as it is)
        assertArrayEquals(new double[] {1, 2, 4}, run(new FracMaxNormaliser(), down(), 2, 4, 8), EPS);
        assertThrows(IllegalArgumentException.class, () -> run(new FracMaxNormaliser(), down(), 0, 4, 8));
    }

    /** COINr's n_scaled, npara = c(l, u): (x − l)/(u − l)·100. */
    @Test
    void scaledShiftsAndScalesByFixedNumbers() {
        // l = 10, u = 20: 15 → 50, 30 → 200, 10 → 0
        assertArrayEquals(new double[] {50, 200, 0}, run(new ScaledNormaliser(10, 20), up(), 15, 30, 10), EPS);
        // lower is better: d·x = −15 → (−15 − 10)/10·100 = −250
        assertArrayEquals(new double[] {-250}, run(new ScaledNormaliser(10, 20), down(), 15), EPS);
        assertThrows(IllegalArgumentException.class, () -> new ScaledNormaliser(5, 5));
    }

    /** COINr's n_dist2ref: (x − min)/(x_ref − min), the reference scoring 1; cap_max caps above it. */
    @Test
    void dist2refMeasuresFromTheMinimumToTheReference() {
        java.util.List<io.qqhi.input.UnitRecord> units = java.util.List.of(unit("A"), unit("B"), unit("C"));
        Normaliser n = new Dist2RefNormaliser("B", false).forPool(units);
        // min 2, ref B = 6: A 2 → 0, B 6 → 1, C 10 → 2
        assertArrayEquals(new double[] {0, 1, 2}, run(n, up(), 2, 6, 10), EPS);
        assertArrayEquals(new double[] {0, 1, 1}, run(new Dist2RefNormaliser("B", true).forPool(units), up(), 2, 6, 10), EPS);
        // lower is better: d·x = −2, −6, −10; min −10, ref −6 → (−2 + 10)/4 = 2, 1, 0
        assertArrayEquals(new double[] {2, 1, 0}, run(n, down(), 2, 6, 10), EPS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Dist2RefNormaliser("D", false).forPool(units));
        assertTrue(e.getMessage().contains("D"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> run(n, up(), 2, 2, 10), "the reference at the minimum");
    }

    private static io.qqhi.input.UnitRecord unit(String code) {
        return new io.qqhi.input.UnitRecord(code, code, null, "all", null, java.util.Map.of());
    }
}
