package io.qqhi.input;

import java.util.List;

/**
 * Leaf values ready for computing: units (registry order) × leaves (framework order), NaN for
 * missing, plus where they came from and, where known, why a value is missing
 * ({@code missingWhy[u][j]}, {@link MissingWhy}; null when nothing is missing or nothing is known).
 */
public record Dataset(String source, List<UnitRecord> units, List<String> leafIds, double[][] values, MissingWhy[][] missingWhy) {
    public Dataset {
        units = List.copyOf(units);
        leafIds = List.copyOf(leafIds);
    }

    public Dataset(String source, List<UnitRecord> units, List<String> leafIds, double[][] values) {
        this(source, units, leafIds, values, null);
    }

    /** Why unit u's leaf j is missing, or null. */
    public MissingWhy missingWhy(int u, int j) {
        return missingWhy == null ? null : missingWhy[u][j];
    }

}
