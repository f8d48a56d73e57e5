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
        PoolResult p = new PoolResult("p", units, new int[0], new boolean[n], new double[n], new double[n], null, null, null,
                null, null, scores, new int[m][n], new String[m], List.of(), List.of(), null);
        PoolStats s = PoolStats.of(p);
        for (int i = 0; i < n; i++) {
            double[] c = p.column(i);
            assertEquals(Stats.max(c), s.best()[i], 0, "best " + i);
            assertEquals(Stats.mean(c), s.mean()[i], 0, "mean " + i);
            assertEquals(Stats.sd(c), s.sd()[i], 0, "sd " + i);
            assertEquals(Stats.count(c), s.count()[i], "count " + i);
        }
    }
}
