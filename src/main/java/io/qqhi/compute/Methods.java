package io.qqhi.compute;

import static io.qqhi.framework.MethodCatalog.choice;
import static io.qqhi.framework.MethodCatalog.flag;
import static io.qqhi.framework.MethodCatalog.number;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.qqhi.framework.MethodCatalog.MethodDef;
import io.qqhi.framework.MethodCatalog.Step;
import io.qqhi.framework.MethodCatalog;
import io.qqhi.framework.MethodSpec;
import io.qqhi.framework.ScoreScale;

/**
 * The registry of methods (docs/methods.md, methods): one entry per normaliser, aggregator, imputer
 * and outlier treatment — its name, parameters with their checks and defaults, scale, and the
 * class that does it. The framework reader, {@code --set}, {@code validate} and the sensitivity
 * spec read the definitions through {@link MethodCatalog}; the pipeline makes the methods here.
 * Adding a method is one entry (or, from a test or plug-in, one {@link #register} call).
 */
public final class Methods implements MethodCatalog.Provider {
    private static final Map<Step, Map<String, Function<MethodSpec, ?>>> MADE = new HashMap<>();
    private static final List<MethodDef> BUILT_IN = new ArrayList<>();

    static {
        for (Step s : Step.values()) MADE.put(s, new HashMap<>());
        // normalisers (docs/methods.md, normalisation)
        builtIn(MethodDef.of(Step.NORMALISE, "minmax", number("low", "0"), number("high", "100"))
                .withScale(s -> new ScoreScale(s.number("low"), s.number("high")), Methods::lowHigh),
                s -> new MinMaxNormaliser(s.number("low"), s.number("high")));
        builtIn(MethodDef.of(Step.NORMALISE, "zscore", number("mean", "0"), number("sd", "1")),
                s -> new ZScoreNormaliser(s.number("mean"), s.number("sd")));
        builtIn(MethodDef.of(Step.NORMALISE, "rank"), s -> new RankNormaliser(RankNormaliser.Kind.RANK));
        builtIn(MethodDef.of(Step.NORMALISE, "prank", number("low", "0"), number("high", "1"))
                .withScale(s -> new ScoreScale(s.number("low"), s.number("high")), Methods::lowHigh),
                s -> new RankNormaliser(RankNormaliser.Kind.PRANK, s.number("low"), s.number("high")));
        builtIn(MethodDef.of(Step.NORMALISE, "borda"), s -> new RankNormaliser(RankNormaliser.Kind.BORDA));
        builtIn(MethodDef.of(Step.NORMALISE, "dist2max"), s -> new Dist2MaxNormaliser());
        builtIn(MethodDef.of(Step.NORMALISE, "dist2target", flag("cap", "false")), s -> new Dist2TargetNormaliser(s.flag("cap")));
        builtIn(MethodDef.of(Step.NORMALISE, "dist2ref", choice("unit", null), flag("cap", "false")),
                s -> new Dist2RefNormaliser(s.text("unit"), s.flag("cap")));
        builtIn(MethodDef.of(Step.NORMALISE, "fracmax"), s -> new FracMaxNormaliser());
        builtIn(MethodDef.of(Step.NORMALISE, "scaled", number("low", "0"), number("high", "100")),
                s -> new ScaledNormaliser(s.number("low"), s.number("high")));
        builtIn(MethodDef.of(Step.NORMALISE, "goalposts", number("low", "0"), number("high", "100"), number("scale", "100"))
                .withScale(s -> new ScoreScale(0, s.number("scale")), null),
                s -> new GoalpostsNormaliser(s.number("low"), s.number("high"), s.number("scale")));
        builtIn(MethodDef.of(Step.NORMALISE, "efficacy", number("floor", "60"), number("span", "40"),
                        choice("benchmarks", "pool", "pool", "targets", "base"), flag("clip", "false"), choice("base_period", ""))
                .withScale(s -> new ScoreScale(s.number("floor"), s.number("floor") + s.number("span")),
                        to -> Map.of("floor", Double.toString(to.low()), "span", Double.toString(to.high() - to.low()))),
                s -> new EfficacyNormaliser(s.number("floor"), s.number("span"), s.text("benchmarks").equals("targets"), s.flag("clip")));
        builtIn(MethodDef.of(Step.NORMALISE, "deduction", number("base", "100"), number("per_case", "20"), number("floor", "0"))
                .withScale(s -> new ScoreScale(s.number("floor"), s.number("base")), null),
                s -> new DeductionNormaliser(s.number("base"), s.number("per_case"), s.number("floor")));
        // aggregators (docs/methods.md, aggregation)
        builtIn(MethodDef.of(Step.AGGREGATE, "arithmetic").asMean(), s -> new ArithmeticAggregator());
        builtIn(MethodDef.of(Step.AGGREGATE, "geometric").asMean().refusing("aggregate.domain.positive"), s -> new GeometricAggregator());
        builtIn(MethodDef.of(Step.AGGREGATE, "harmonic").asMean().refusing("aggregate.domain.positive"), s -> new HarmonicAggregator());
        builtIn(MethodDef.of(Step.AGGREGATE, "generalised", number("p", "2")).asMean().refusing("aggregate.domain.non-negative"),
                s -> new GeneralisedMeanAggregator(s.number("p")));
        builtIn(MethodDef.of(Step.AGGREGATE, "median").asMean(), s -> new MedianAggregator());
        builtIn(MethodDef.of(Step.AGGREGATE, "copeland"), s -> new CopelandAggregator());
        builtIn(MethodDef.of(Step.AGGREGATE, "mpi", choice("penalty", "neg", "neg", "pos")).refusing("aggregate.domain.mpi"),
                s -> new MazziottaParetoAggregator(s.text("penalty").equals("neg")));
        // imputation (docs/methods.md, missing values)
        builtIn(MethodDef.of(Step.IMPUTE, "none"), s -> new NoImputer());
        builtIn(MethodDef.of(Step.IMPUTE, "mean"), s -> new CentralValueImputer(false, false));
        builtIn(MethodDef.of(Step.IMPUTE, "median"), s -> new CentralValueImputer(true, false));
        builtIn(MethodDef.of(Step.IMPUTE, "group-mean", choice("group", null)), s -> new CentralValueImputer(false, true));
        builtIn(MethodDef.of(Step.IMPUTE, "group-median", choice("group", null)), s -> new CentralValueImputer(true, true));
        // outlier treatments (docs/methods.md, outliers)
        builtIn(MethodDef.of(Step.OUTLIERS, "none"), s -> new NoOutlierTreatment());
        builtIn(MethodDef.of(Step.OUTLIERS, "winsorise", number("skew", "2"), number("kurtosis", "3.5"), number("max_points", "5"),
                        fallback("log_CT_plus"), number("lambda", "1")),
                s -> new Winsoriser(s.number("skew"), s.number("kurtosis"), (int) s.number("max_points"), Transform.of(s.text("fallback")),
                        s.number("lambda")));
        // a transform as the first treatment (COINr's Treat with f1 = the transform), each one entry
        for (Transform t : Transform.values()) {
            builtIn(MethodDef.of(Step.OUTLIERS, t.key, number("skew", "2"), number("kurtosis", "3.5"), fallback("none"),
                            number("lambda", "1")),
                    s -> new TransformTreatment(t, s.number("lambda"), s.number("skew"), s.number("kurtosis"), Transform.of(s.text("fallback"))));
        }
    }

    /** For {@link java.util.ServiceLoader}: the catalogue asks for the definitions. */
    public Methods() {
    }

    @Override
    public List<MethodDef> methods() {
        return List.copyOf(BUILT_IN);
    }

    private static <T> void builtIn(MethodDef d, Function<MethodSpec, T> make) {
        BUILT_IN.add(d);
        MADE.get(d.step()).put(d.name(), make);
    }

    /** Adds a method beside the built-in ones: its definition to the catalogue and how to make it. */
    public static synchronized <T> void register(MethodDef d, Function<MethodSpec, T> make) {
        MADE.get(d.step()).put(d.name(), make);
        MethodCatalog.register(d);
    }

    /** A treatment's fallback transform: one of the transforms' names, or none. */
    private static MethodCatalog.Param fallback(String def) {
        List<String> names = new ArrayList<>();
        for (Transform t : Transform.values()) names.add(t.key);
        names.add("none");
        return choice("fallback", def, names.toArray(String[]::new));
    }

    /** Parameters that put a low/high method on a scale. */
    private static Map<String, String> lowHigh(ScoreScale to) {
        return Map.of("low", Double.toString(to.low()), "high", Double.toString(to.high()));
    }

    private static Object make(MethodSpec s) {
        Function<MethodSpec, ?> f = MADE.get(s.step()).get(s.method());
        if (f == null) throw new IllegalArgumentException("unknown " + s.step().key + " method " + s.method());
        return f.apply(s);
    }

    public static Normaliser normaliser(MethodSpec s) {
        return (Normaliser) make(s);
    }

    public static Aggregator aggregator(MethodSpec s) {
        return (Aggregator) make(s);
    }

    public static Imputer imputer(MethodSpec s) {
        return (Imputer) make(s);
    }

    public static OutlierTreatment treatment(MethodSpec s) {
        return (OutlierTreatment) make(s);
    }
}
