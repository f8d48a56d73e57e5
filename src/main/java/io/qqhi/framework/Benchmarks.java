package io.qqhi.framework;

import java.util.Map;

/**
 * Fixed normalisation benchmarks of a comparable series (docs/methods.md, comparable mode): per
 * pool and leaf the lowest and highest value of the base period, so that every period is scored
 * on the same yardstick. Derived from the base period's data for a run; not part of settings.yaml,
 * which records the base period instead.
 */
public record Benchmarks(String period, Map<String, Map<String, double[]>> byPool) {
    public Benchmarks {
        byPool = Map.copyOf(byPool);
    }

    /** {lowest, highest} of the leaf in the pool's base period, or null when the base has no value for it. */
    public double[] of(String pool, String leaf) {
        Map<String, double[]> m = byPool.get(pool);
        return m == null ? null : m.get(leaf);
    }
}
