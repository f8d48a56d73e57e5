package io.qqhi.compute;

import io.qqhi.framework.MethodSpec;

/** Chooses the normaliser class for a method name (docs/methods.md). */
public final class Normalisers {
    private Normalisers() {
    }

    public static Normaliser create(MethodSpec s) {
        switch (s.method()) {
            case "minmax": return new MinMaxNormaliser(s.number("low"), s.number("high"));
            case "zscore": return new ZScoreNormaliser(s.number("mean"), s.number("sd"));
            case "rank": return new RankNormaliser(RankNormaliser.Kind.RANK);
            case "prank": return new RankNormaliser(RankNormaliser.Kind.PRANK, s.number("low"), s.number("high"));
            case "borda": return new RankNormaliser(RankNormaliser.Kind.BORDA);
            case "dist2max": return new Dist2MaxNormaliser();
            case "dist2target": return new Dist2TargetNormaliser(s.flag("cap"));
            case "goalposts": return new GoalpostsNormaliser(s.number("low"), s.number("high"), s.number("scale"));
            case "efficacy":
                return new EfficacyNormaliser(s.number("floor"), s.number("span"), s.text("benchmarks").equals("targets"),
                        s.flag("clip"));
            case "deduction": return new DeductionNormaliser(s.number("base"), s.number("per_case"), s.number("floor"));
            default: throw new IllegalArgumentException("unknown normalise method " + s.method());
        }
    }
}
