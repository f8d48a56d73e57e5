package io.qqhi.framework;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One step's method and its parameters, complete (defaults filled in) and checked against the
 * {@link MethodCatalog}. Parameters are kept as their written text so that settings.yaml repeats
 * them exactly.
 */
public record MethodSpec(MethodCatalog.Step step, String method, Map<String, String> params) {

    public MethodSpec {
        params = Collections.unmodifiableMap(new TreeMap<>(params));
    }

    /**
     * Builds a spec, filling defaults; throws IllegalArgumentException with a sentence naming
     * the bad method or parameter.
     */
    public static MethodSpec of(MethodCatalog.Step step, String method, Map<String, String> given) {
        List<MethodCatalog.Param> known = MethodCatalog.params(step, method);
        if (known == null) {
            throw new IllegalArgumentException(Text.of("method.unknown", step.key, method,
                    Names.didYouMean(method, MethodCatalog.methods(step).keySet()), String.join(", ", MethodCatalog.methods(step).keySet())));
        }
        Map<String, String> out = new LinkedHashMap<>();
        given = baseShorthand(step, given);
        for (Map.Entry<String, String> e : given.entrySet()) {
            MethodCatalog.Param p = known.stream().filter(k -> k.name().equals(e.getKey())).findFirst().orElse(null);
            if (p == null) {
                List<String> names = known.stream().map(MethodCatalog.Param::name).toList();
                throw new IllegalArgumentException(Text.of("method.unknown-param", step.key, method, e.getKey(),
                        Names.didYouMean(e.getKey(), names), names.isEmpty() ? Text.of("method.no-params")
                                : Text.of("method.params", String.join(", ", names))));
            }
            String v = p.check(e.getValue());
            if (v == null) {
                throw new IllegalArgumentException(Text.of("method.bad-value", step.key + "." + e.getKey(), p.describe(), e.getValue()));
            }
            out.put(e.getKey(), v);
        }
        for (MethodCatalog.Param p : known) {
            if (!out.containsKey(p.name())) {
                if (p.defaultValue() == null) {
                    throw new IllegalArgumentException(Text.of("method.needs-param", step.key, method, p.name()));
                }
                out.put(p.name(), p.defaultValue());
            }
        }
        return new MethodSpec(step, method, out);
    }

    /** {@code benchmarks: base:2025H2} is short for {@code benchmarks: base, base_period: 2025H2}. */
    private static Map<String, String> baseShorthand(MethodCatalog.Step step, Map<String, String> given) {
        String b = given.get("benchmarks");
        if (step != MethodCatalog.Step.NORMALISE || b == null || !b.trim().startsWith("base:")) return given;
        Map<String, String> out = new LinkedHashMap<>(given);
        out.put("benchmarks", "base");
        out.put("base_period", b.trim().substring("base:".length()).trim());
        return out;
    }

    /** This spec with some parameters replaced, or with another method when "method" is among them. */
    public MethodSpec with(Map<String, String> changes) {
        String m = changes.getOrDefault("method", method);
        Map<String, String> keep = new LinkedHashMap<>();
        if (m.equals(method)) keep.putAll(params);
        for (Map.Entry<String, String> e : changes.entrySet()) {
            if (!e.getKey().equals("method")) keep.put(e.getKey(), e.getValue());
        }
        if (!m.equals(method)) {
            // parameters of the old method do not carry over to a new one
            keep.keySet().retainAll(changes.keySet());
        }
        return of(step, m, keep);
    }

    /**
     * The interval a normalisation method puts its scores on, or null for a method without a fixed
     * one (z-scores, ranks, distances). Leaves on different scales cannot be weighed against each
     * other (docs/methods.md, one scale per run).
     */
    public ScoreScale scale() {
        if (step != MethodCatalog.Step.NORMALISE) return null;
        MethodCatalog.MethodDef d = MethodCatalog.def(step, method);
        return d == null ? null : d.scale().apply(this);
    }

    public double number(String name) {
        return Double.parseDouble(params.get(name));
    }

    public boolean flag(String name) {
        return Boolean.parseBoolean(params.get(name));
    }

    public String text(String name) {
        return params.get(name);
    }
}
