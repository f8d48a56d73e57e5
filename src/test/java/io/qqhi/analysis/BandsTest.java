package io.qqhi.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.qqhi.compute.Pipeline;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.framework.FrameworkLoader;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Publication;
import io.qqhi.input.Dataset;
import io.qqhi.input.UnitRecord;

/**
 * Bands (梯队, docs/methods.md, bands) on a pool worked by hand: one leaf under minmax 0–100 whose
 * raw values are 0…100, so the index scores are the values themselves.
 */
class BandsTest {
    static PoolResult pool(double... v) {
        Problems p = new Problems();
        Framework f = new FrameworkLoader(p).loadText("t.yaml", """
                index: {id: X}
                method: {normalise: {method: minmax}}
                tree:
                  - {id: a, weight: 1, direction: +}
                """);
        assertNotNull(f, () -> p.all().toString());
        List<UnitRecord> units = new ArrayList<>();
        double[][] values = new double[v.length][];
        for (int i = 0; i < v.length; i++) {
            units.add(new UnitRecord("u" + i, "单位" + i, null, "district", null, Map.of()));
            values[i] = new double[] {v[i]};
        }
        return Pipeline.run(f, new Dataset("t", units, List.of("a"), values), f.settings()).pools().get(0);
    }

    /**
     * Scores (register order) 94.6, 100, 85, 99.8, 99.1, 0 with band_gap 0.5: 100 and 99.8 are 0.2
     * apart (one band), 99.1 is 0.7 below (a new band), 94.6 and 85 stand alone, 0 too. Inside a
     * band the register order: u1 before u3.
     */
    @Test
    void placesCloserThanTheGapShareABandListedInRegisterOrder() {
        PoolResult p = pool(94.6, 100, 85, 99.8, 99.1, 0);
        List<Bands.Band> bands = Bands.of(p, new Publication("all", 0, "robust", 0.5));
        assertEquals(List.of(List.of(1, 3), List.of(4), List.of(0), List.of(2), List.of(5)),
                bands.stream().map(Bands.Band::units).toList());
        assertEquals(1, bands.get(0).firstRank());
        assertEquals(2, bands.get(0).lastRank());
        assertTrue(bands.get(0).shared() && !bands.get(1).shared());
        // chained: 100, 99.8, 99.4, 99.0 are each less than 0.5 apart, so one band although 100 − 99.0 = 1
        List<Bands.Band> chain = Bands.of(pool(100, 99.8, 99.4, 99.0, 0), new Publication("all", 0, "robust", 0.5));
        assertEquals(List.of(0, 1, 2, 3), chain.get(0).units());
        assertEquals(2, chain.size());
        assertTrue(Bands.of(p, new Publication("all", 0)).isEmpty(), "grouping none: no bands");
    }

    /** publication.grouping must be none, tiers or robust: anything else is an error at its line. */
    @Test
    void anUnknownGroupingIsAnErrorAtItsLine() {
        Problems p = new Problems();
        new FrameworkLoader(p).loadText("t.yaml", """
                index: {id: X}
                publication:
                  ranks: all
                  grouping: bands
                tree:
                  - {id: a, weight: 1, direction: +}
                """);
        assertTrue(p.all().stream().anyMatch(x -> x.isError() && x.line() == 4 && x.message().contains("robust")), p.all()::toString);
    }
}
