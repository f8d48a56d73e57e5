package io.qqhi.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The 进步榜 rule (docs/methods.md, 进步榜) on hand-worked places. */
class ImprovementTest {
    @Test
    void onlyRankedPlacesThatRoseByTheThresholdAreListed() {
        assertTrue(Improvement.listed(2, 0.5, 0.5), "a rise of exactly the threshold");
        assertTrue(Improvement.listed(1, 2.0, 0.5));
        assertFalse(Improvement.listed(2, 0.49, 0.5), "a rise below the threshold");
        assertFalse(Improvement.listed(3, -1.0, 0.5), "a fall");
        assertFalse(Improvement.listed(3, 0.0, 0.0), "standing still is no progress, even without a threshold");
        assertFalse(Improvement.listed(0, 5.0, 0.5), "an unranked place, however much it rose");
        assertFalse(Improvement.listed(1, Double.NaN, 0.5), "no previous score");
    }

    private static Snapshot.Place place(String code, double index, int rank) {
        return new Snapshot.Place(code, code, new double[] {index}, rank, "");
    }

    private static Snapshot snap(String period, Snapshot.Place... places) {
        return new Snapshot(period, "f", "m", List.of(new Snapshot.NodeRef("QQHI", "指数", 0)), Map.of("district", List.of(places)));
    }

    /**
     * Four places over two periods: A 80 → 82 (rank 1, +2), B 79 → 79.3 (rank 2, +0.3), C 81 → 78 (rank 3, −3),
     * D 60 → 70 but not ranked now. Only A is on the 进步榜 at a threshold of 0.5 points.
     */
    @Test
    void historyListsOnlyTheRankedRiser() {
        Snapshot before = snap("2025H2", place("A", 80, 2), place("B", 79, 3), place("C", 81, 1), place("D", 60, 4));
        Snapshot now = snap("2026H1", place("A", 82, 1), place("B", 79.3, 2), place("C", 78, 3), place("D", 70, 0));
        History h = History.of(List.of(before, now), false, Map.of(), 0.5);
        List<String> listed = h.improvers().stream().filter(History.Improver::listed).map(History.Improver::unit).toList();
        assertEquals(List.of("A"), listed);
        // improvers.csv still has every place, the rise first
        assertEquals(4, h.improvers().size());
    }
}
