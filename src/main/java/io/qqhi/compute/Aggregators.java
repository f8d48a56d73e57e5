package io.qqhi.compute;

import io.qqhi.framework.MethodSpec;
import io.qqhi.framework.Text;

/** Chooses the aggregator class for a method name (docs/methods.md). */
public final class Aggregators {
    private Aggregators() {
    }

    public static Aggregator create(MethodSpec s) {
        switch (s.method()) {
            case "arithmetic": return new ArithmeticAggregator();
            case "geometric": return new GeometricAggregator();
            case "harmonic": return new HarmonicAggregator();
            case "generalised": return new GeneralisedMeanAggregator(s.number("p"));
            case "median": return new MedianAggregator();
            case "copeland": return new CopelandAggregator();
            case "mpi": return new MazziottaParetoAggregator(s.text("penalty").equals("neg"));
            default: throw new IllegalArgumentException("unknown aggregate method " + s.method());
        }
    }

    /** A sentence on what values a method cannot take, for refusal messages. */
    public static String domain(String method) {
        switch (method) {
            case "geometric": case "harmonic": return Text.of("aggregate.domain.positive");
            case "generalised": return Text.of("aggregate.domain.non-negative");
            case "mpi": return Text.of("aggregate.domain.mpi");
            default: return Text.of("aggregate.domain.other");
        }
    }
}
