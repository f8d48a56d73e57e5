package io.qqhi.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The method names of each pipeline step and their parameters with defaults (docs/methods.md).
 * This is part of the framework file's schema, so it lives here; compute maps names to classes.
 */
public final class MethodCatalog {
    private MethodCatalog() {
    }

    public enum Step {
        NORMALISE("normalise"), AGGREGATE("aggregate"), IMPUTE("impute"), OUTLIERS("outliers");

        public final String key;

        Step(String key) {
            this.key = key;
        }

        public static Step byKey(String key) {
            for (Step s : values()) if (s.key.equals(key)) return s;
            return null;
        }
    }

    public enum Kind { NUMBER, BOOLEAN, TEXT }

    /** A parameter: its kind, its default (null = none), and the allowed words for a TEXT choice. */
    public record Param(String name, Kind kind, String defaultValue, List<String> choices) {
        static Param num(String name, String def) {
            return new Param(name, Kind.NUMBER, def, List.of());
        }

        static Param bool(String name, String def) {
            return new Param(name, Kind.BOOLEAN, def, List.of());
        }

        static Param text(String name, String def, String... choices) {
            return new Param(name, Kind.TEXT, def, List.of(choices));
        }

        /** The normal form of a value, or null when it does not fit this parameter. */
        public String check(String raw) {
            String v = raw.trim();
            switch (kind) {
                case NUMBER:
                    try {
                        double d = Double.parseDouble(v);
                        return Double.isFinite(d) ? v : null;
                    } catch (NumberFormatException e) {
                        return null;
                    }
                case BOOLEAN:
                    String b = v.toLowerCase(Locale.ROOT);
                    if (b.equals("true") || b.equals("yes")) return "true";
                    if (b.equals("false") || b.equals("no")) return "false";
                    return null;
                default:
                    return choices.isEmpty() || choices.contains(v) ? v : null;
            }
        }

        public String describe() {
            switch (kind) {
                case NUMBER: return Text.of("param.number");
                case BOOLEAN: return Text.of("param.boolean");
                default: return choices.isEmpty() ? Text.of("param.name") : Text.of("param.one-of", String.join(", ", choices));
            }
        }
    }

    private static final Map<Step, Map<String, List<Param>>> METHODS = new LinkedHashMap<>();

    static {
        Map<String, List<Param>> n = new LinkedHashMap<>();
        n.put("minmax", List.of(Param.num("low", "0"), Param.num("high", "100")));
        n.put("zscore", List.of(Param.num("mean", "0"), Param.num("sd", "1")));
        n.put("rank", List.of());
        n.put("prank", List.of(Param.num("low", "0"), Param.num("high", "1")));
        n.put("borda", List.of());
        n.put("dist2max", List.of());
        n.put("dist2target", List.of(Param.bool("cap", "false")));
        n.put("goalposts", List.of(Param.num("low", "0"), Param.num("high", "100"), Param.num("scale", "100")));
        n.put("efficacy", List.of(Param.num("floor", "60"), Param.num("span", "40"),
                Param.text("benchmarks", "pool", "pool", "targets", "base"), Param.bool("clip", "false"),
                Param.text("base_period", "")));
        n.put("deduction", List.of(Param.num("base", "100"), Param.num("per_case", "20"), Param.num("floor", "0")));
        METHODS.put(Step.NORMALISE, n);

        Map<String, List<Param>> a = new LinkedHashMap<>();
        a.put("arithmetic", List.of());
        a.put("geometric", List.of());
        a.put("harmonic", List.of());
        a.put("generalised", List.of(Param.num("p", "2")));
        a.put("median", List.of());
        a.put("copeland", List.of());
        a.put("mpi", List.of(Param.text("penalty", "neg", "neg", "pos")));
        METHODS.put(Step.AGGREGATE, a);

        Map<String, List<Param>> i = new LinkedHashMap<>();
        i.put("none", List.of());
        i.put("mean", List.of());
        i.put("median", List.of());
        i.put("group-mean", List.of(Param.text("group", null)));
        i.put("group-median", List.of(Param.text("group", null)));
        METHODS.put(Step.IMPUTE, i);

        Map<String, List<Param>> o = new LinkedHashMap<>();
        o.put("none", List.of());
        o.put("winsorise", List.of(Param.num("skew", "2"), Param.num("kurtosis", "3.5"), Param.num("max_points", "5")));
        METHODS.put(Step.OUTLIERS, o);
    }

    public static Map<String, List<Param>> methods(Step step) {
        return METHODS.get(step);
    }

    public static List<Param> params(Step step, String method) {
        return METHODS.get(step).get(method);
    }

    public static boolean exists(Step step, String method) {
        return METHODS.get(step).containsKey(method);
    }
}
