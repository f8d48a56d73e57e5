package io.qqhi.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Every aggregator on small tables worked by hand (docs/methods.md). */
class AggregatorTest {
    static final double NaN = Double.NaN;

    static double[] run(Aggregator a, double[] w, double[]... rows) {
        double[] out = new double[rows.length];
        a.aggregate(rows, w, out, u -> { });
        return out;
    }

    @Test
    void arithmeticDropsMissingChildrenAndRenormalises() {
        // (0.5·80 + 0.2·60) / 0.7 = 74.2857…
        double[] r = run(new ArithmeticAggregator(), new double[] {0.5, 0.3, 0.2}, new double[] {80, NaN, 60},
                new double[] {NaN, NaN, NaN});
        assertEquals(52.0 / 0.7, r[0], 1e-12);
        assertTrue(Double.isNaN(r[1]));
        // weights 5:3:2 are the same as 0.5:0.3:0.2
        assertEquals(0.5 * 80 + 0.3 * 70 + 0.2 * 60, run(new ArithmeticAggregator(), new double[] {5, 3, 2},
                new double[] {80, 70, 60})[0], 1e-12);
    }

    @Test
    void geometricAndHarmonicMeans() {
        assertEquals(8, run(new GeometricAggregator(), new double[] {1, 1}, new double[] {4, 16})[0], 1e-12);
        // 4^0.25 · 16^0.75 = 2^0.5 · 2^3 = 11.3137…
        assertEquals(Math.sqrt(2) * 8, run(new GeometricAggregator(), new double[] {1, 3}, new double[] {4, 16})[0], 1e-12);
        assertEquals(3, run(new HarmonicAggregator(), new double[] {1, 1}, new double[] {2, 6})[0], 1e-12);
    }

    @Test
    void geometricRefusesNonPositiveValuesAndNamesTheUnit() {
        List<Integer> refused = new ArrayList<>();
        double[] out = new double[2];
        new GeometricAggregator().aggregate(new double[][] {{4, 16}, {0, 5}}, new double[] {1, 1}, out, refused::add);
        assertEquals(List.of(1), refused);
        assertTrue(Double.isNaN(out[1]));
        new HarmonicAggregator().aggregate(new double[][] {{-1, 5}}, new double[] {1, 1}, new double[1], refused::add);
        assertEquals(2, refused.size());
    }

    @Test
    void generalisedMeanMedianAndMpi() {
        assertEquals(Math.sqrt(12.5), run(new GeneralisedMeanAggregator(2), new double[] {1, 1}, new double[] {3, 4})[0], 1e-12);
        assertEquals(8, run(new GeneralisedMeanAggregator(0), new double[] {1, 1}, new double[] {4, 16})[0], 1e-12);
        assertEquals(3, run(new MedianAggregator(), new double[] {9, 1, 1, 1}, new double[] {5, 1, 3, NaN})[0], 0);
        assertEquals(2.5, run(new MedianAggregator(), new double[] {1, 1, 1, 1}, new double[] {1, 2, 3, 4})[0], 0);
        // M = 100, S² = 100, cv = 0.1 → 100 ∓ 10·0.1
        assertEquals(99, run(new MazziottaParetoAggregator(true), new double[] {1, 1}, new double[] {90, 110})[0], 1e-12);
        assertEquals(101, run(new MazziottaParetoAggregator(false), new double[] {1, 1}, new double[] {90, 110})[0], 1e-12);
    }

    @Test
    void copelandCountsPairwiseWinsAndLosses() {
        // a=(3,3) b=(1,5) c=(2,2): a–b split (½, no point), a beats c, b–c split → a +1, b 0, c −1
        assertArrayEquals(new double[] {1, 0, -1},
                run(new CopelandAggregator(), new double[] {1, 1}, new double[] {3, 3}, new double[] {1, 5}, new double[] {2, 2}), 0);
        // weights decide the splits: with (2, 1) a beats b (o = 2/3) and c beats b (o = 2/3) → a +2, b −2, c 0
        assertArrayEquals(new double[] {2, -2, 0},
                run(new CopelandAggregator(), new double[] {2, 1}, new double[] {3, 3}, new double[] {1, 5}, new double[] {2, 2}), 0);
    }

    @Test
    void ranksShareTheLowestRankOnTies() {
        assertArrayEquals(new int[] {1, 2, 2, 4, 0}, Ranker.rank(new double[] {90, 80, 80, 70, NaN}));
    }
}
