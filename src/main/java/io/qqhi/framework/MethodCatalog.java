package io.qqhi.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * The methods of each pipeline step, as the framework file, {@code --set}, {@code validate} and the
 * sensitivity spec name them (docs/methods.md, methods): one {@link MethodDef} per method, registered
 * by compute's registry (io.qqhi.compute.Methods), which holds the implementation beside it.
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

    /**
     * A method of a step as the framework file and {@code --set} name it (docs/methods.md, methods):
     * its parameters with their checks and defaults; for a normaliser the score scale it puts values
     * on (null: none fixed) and the parameters that put it on a given scale (null: it cannot be);
     * for an aggregator whether its result lies between the values it aggregates ({@code mean}) and
     * the message key of the values it refuses. Its words are the bundles' {@code method.doc.STEP.NAME};
     * its implementation is compute's registry entry of the same name.
     */
    public record MethodDef(Step step, String name, List<Param> params, Function<MethodSpec, ScoreScale> scale,
                            Function<ScoreScale, Map<String, String>> onScale, boolean mean, String domain) {
        /** A method with parameters and nothing else to say. */
        public static MethodDef of(Step step, String name, Param... params) {
            return new MethodDef(step, name, List.of(params), s -> null, null, false, null);
        }

        public MethodDef withScale(Function<MethodSpec, ScoreScale> f, Function<ScoreScale, Map<String, String>> on) {
            return new MethodDef(step, name, params, f, on, mean, domain);
        }

        public MethodDef asMean() {
            return new MethodDef(step, name, params, scale, onScale, true, domain);
        }

        public MethodDef refusing(String domainKey) {
            return new MethodDef(step, name, params, scale, onScale, mean, domainKey);
        }
    }

    /** Where the methods come from: compute's registry, found through {@link ServiceLoader} (framework depends on no later package). */
    public interface Provider {
        List<MethodDef> methods();
    }

    private static final Map<Step, Map<String, MethodDef>> METHODS = new LinkedHashMap<>();

    static {
        for (Step s : Step.values()) METHODS.put(s, new LinkedHashMap<>());
        for (Provider p : ServiceLoader.load(Provider.class, MethodCatalog.class.getClassLoader())) {
            for (MethodDef d : p.methods()) register(d);
        }
    }

    /** Adds a method (or replaces one of the same step and name). */
    public static synchronized void register(MethodDef d) {
        METHODS.get(d.step()).put(d.name(), d);
    }

    /** Param factories for registry entries. */
    public static Param number(String name, String def) {
        return Param.num(name, def);
    }

    public static Param flag(String name, String def) {
        return Param.bool(name, def);
    }

    public static Param choice(String name, String def, String... choices) {
        return Param.text(name, def, choices);
    }

    /** The methods of a step by name, in registry order. */
    public static Map<String, List<Param>> methods(Step step) {
        Map<String, List<Param>> out = new LinkedHashMap<>();
        for (MethodDef d : METHODS.get(step).values()) out.put(d.name(), d.params());
        return out;
    }

    public static MethodDef def(Step step, String method) {
        return METHODS.get(step).get(method);
    }

    public static List<Param> params(Step step, String method) {
        MethodDef d = def(step, method);
        return d == null ? null : d.params();
    }

    public static boolean exists(Step step, String method) {
        return METHODS.get(step).containsKey(method);
    }
}
