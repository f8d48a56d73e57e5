package io.qqhi.input;

import java.util.List;

/**
 * Leaf values ready for computing: units (registry order) × leaves (framework order), NaN for
 * missing, plus where they came from.
 */
public record Dataset(String source, List<UnitRecord> units, List<String> leafIds, double[][] values) {
    public Dataset {
        units = List.copyOf(units);
        leafIds = List.copyOf(leafIds);
    }

}
