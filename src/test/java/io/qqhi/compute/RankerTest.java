package io.qqhi.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class RankerTest {
    @Test
    void tiesShareTheLowestRankAndMissingValuesGetNone() {
        assertArrayEquals(new int[] {4, 1, 2, 0, 2}, Ranker.rank(new double[] {1, 9, 5, Double.NaN, 5}));
        assertArrayEquals(new int[] {1, 1}, Ranker.rank(new double[] {-0.0, 0.0}), "-0 and 0 are the same score");
    }

    /** The definition, by brute force: rank = 1 + how many present values are strictly higher. */
    @Test
    void equalsTheDefinitionOnRandomPoolsWithManyTies() {
        SplittableRandom r = new SplittableRandom(5);
        for (int t = 0; t < 500; t++) {
            double[] x = new double[1 + r.nextInt(200)];
            for (int i = 0; i < x.length; i++) {
                int k = r.nextInt(12);
                x[i] = k == 0 ? Double.NaN : k == 1 ? -0.0 : k == 2 ? 0.0 : r.nextInt(8) * 12.5 - 30;
            }
            int[] expected = new int[x.length];
            for (int i = 0; i < x.length; i++) {
                if (Double.isNaN(x[i])) continue;
                expected[i] = 1;
                for (double y : x) if (y > x[i]) expected[i]++;
            }
            assertArrayEquals(expected, Ranker.rank(x));
        }
    }

    /** The order of present values is a stable sort by value (−0.0 equal to 0.0), for small and large pools alike. */
    @Test
    void ascendingOrderIsTheStableSortOfThePresentValues() {
        SplittableRandom r = new SplittableRandom(9);
        for (int t = 0; t < 300; t++) {
            double[] x = new double[1 + r.nextInt(t < 150 ? 100 : 6000)];
            for (int i = 0; i < x.length; i++) {
                int k = r.nextInt(10);
                x[i] = k == 0 ? Double.NaN : k == 1 ? -0.0 : k == 2 ? 0.0 : k == 3 ? r.nextInt(5) - 2.0
                        : k == 4 ? -r.nextDouble() * 1e300 : k == 5 ? Double.MIN_VALUE * r.nextInt(3) : (r.nextDouble() - 0.3) * 100;
            }
            java.util.List<Integer> expected = new java.util.ArrayList<>();
            for (int i = 0; i < x.length; i++) if (!Double.isNaN(x[i])) expected.add(i);
            expected.sort((a, b) -> x[a] < x[b] ? -1 : x[a] > x[b] ? 1 : 0); // List.sort is stable
            assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), Ranker.ascendingOrder(x));
        }
    }
}
