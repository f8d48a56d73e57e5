package io.qqhi.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.qqhi.compute.PoolResult;
import io.qqhi.compute.Stats;
import io.qqhi.input.UnitRecord;

class PoolStatsTest {
    /** Row-by-row sums must equal the column statistics of Stats to the last bit, gaps included. */
    @Test
    void equalsTheColumnStatistics() {
        SplittableRandom r = new SplittableRandom(3);
        int m = 500;
        int n = 9;
        double[][] scores = new double[m][n];
        List<UnitRecord> units = new ArrayList<>();
        for (int u = 0; u < m; u++) {
            units.add(new UnitRecord("U" + u, null, null, "p", null, java.util.Map.of()));
            for (int i = 0; i < n; i++) scores[u][i] = r.nextInt(5) == 0 ? Double.NaN : r.nextDouble() * 100 - 10;
        }
        for (int u = 0; u < m; u++) scores[u][7] = Double.NaN; // a node nobody has
        for (int u = 1; u < m; u++) scores[u][8] = Double.NaN; // a node one unit has
        int[][] ranks = new int[m][n];
        for (int u = 0; u < m; u++) ranks[u][0] = u + 1; // every unit ranked: all count
        PoolResult p = new PoolResult("p", units, new int[0], new boolean[n], new double[n], new double[n], null, null, null,
                null, null, scores, ranks, new String[m], List.of(), List.of(), null);
        PoolStats s = PoolStats.of(p);
        for (int i = 0; i < n; i++) {
            double[] c = p.column(i);
            assertEquals(Stats.max(c), s.best()[i], 0, "best " + i);
            assertEquals(Stats.mean(c), s.mean()[i], 0, "mean " + i);
            assertEquals(Stats.sd(c), s.sd()[i], 0, "sd " + i);
            assertEquals(Stats.count(c), s.count()[i], "count " + i);
        }
    }

    /** Three places scoring 60, 80 and 100 on every node; the one at 100 is 不参与排名: best 80, mean 70, sd √200. */
    @Test
    void anUnrankedPlaceIsOutOfThePoolFigures() {
        List<UnitRecord> units = new ArrayList<>();
        for (String c : new String[] {"a", "b", "c"}) units.add(new UnitRecord(c, null, null, "p", null, java.util.Map.of()));
        double[][] scores = {{60, 60}, {80, 80}, {100, 100}};
        int[][] ranks = {{2, 2}, {1, 1}, {0, 0}};
        PoolResult p = new PoolResult("p", units, new int[0], new boolean[2], new double[2], new double[2], null, null, null,
                null, null, scores, ranks, new String[3], List.of(), List.of(), null);
        PoolStats s = PoolStats.of(p);
        assertEquals(80, s.best()[1], 0);
        assertEquals(70, s.mean()[1], 0);
        assertEquals(Math.sqrt(200), s.sd()[1], 1e-12);
        assertEquals(2, s.count()[1]);
        Spread sp = Spread.of(p, 1, s);
        assertEquals(60, sp.min(), 0);
        assertEquals(80, sp.max(), 0);
    }
}
