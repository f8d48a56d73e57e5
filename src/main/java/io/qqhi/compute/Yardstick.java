package io.qqhi.compute;

import java.util.Map;

import io.qqhi.framework.MethodCatalog;
import io.qqhi.framework.MethodSpec;
import io.qqhi.framework.Settings;

/**
 * One yardstick for change (docs/methods.md, change over periods): an earlier period's scores are
 * recomputed on this period's benchmarks, so that 较上期 measures what the places did, not how
 * the pool's best and worst moved. Under 功效系数 with pool benchmarks the earlier period is
 * scored as in comparable mode with this period as the base (values beyond this period's worst
 * and best are scored at the ends); with fixed benchmarks (a base period or targets) both periods
 * already share one yardstick. Min–max is the same formula with floor = low and span = high − low,
 * so it is recomputed likewise. Other methods (z-scores, ranks, …) have no benchmarks to carry over.
 */
public final class Yardstick {
    private Yardstick() {
    }

    /** How an earlier period is put on this period's yardstick. */
    public enum Kind {
        /** Recompute with this period's benchmarks. */
        CURRENT,
        /** The run's own settings already fix the yardstick: compute it as it is. */
        FIXED,
        /** No common yardstick: the earlier period's own scores are compared, and the outputs say so. */
        NONE
    }

    public static Kind of(Settings s) {
        if (s.normalise().method().equals("minmax")) return Kind.CURRENT;
        if (!s.normalise().method().equals("efficacy")) return Kind.NONE;
        return "pool".equals(s.normalise().text("benchmarks")) ? Kind.CURRENT : Kind.FIXED;
    }

    /**
     * The settings that score an earlier period on {@code current}'s benchmarks; the run's own
     * settings when they fix the yardstick already; null when there is no common yardstick.
     */
    /** The run's normaliser as 功效系数: min–max on [low, high] is efficacy with floor low and span high − low. */
    private static MethodSpec efficacy(MethodSpec n) {
        if (!n.method().equals("minmax")) return n;
        double low = n.number("low");
        double high = n.number("high");
        return MethodSpec.of(MethodCatalog.Step.NORMALISE, "efficacy",
                Map.of("floor", Double.toString(low), "span", Double.toString(high - low)));
    }

    public static Settings forEarlier(Settings s, IndexResult current, String period) {
        return switch (of(s)) {
            case CURRENT -> s.withSpec(efficacy(s.normalise()).with(Map.of("benchmarks", "base", "base_period", period)))
                    .withBase(BaseBenchmarks.of(current, period));
            case FIXED -> s;
            case NONE -> null;
        };
    }
}
