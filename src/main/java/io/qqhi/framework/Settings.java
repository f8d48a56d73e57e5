package io.qqhi.framework;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every method choice of a run after defaults, the framework's {@code method:} section and
 * {@code --set}: the log that makes a run repeatable (written out as settings.yaml).
 * Per-leaf and per-node overrides in the framework still win over these defaults.
 */
public record Settings(MethodSpec normalise, MethodSpec aggregate, MethodSpec impute, MethodSpec outliers,
                       double missingThreshold, TierSpec tiers, double minShare, Benchmarks base, Screen screen) {

    /** With the default screen (byweight, unranked). */
    public Settings(MethodSpec normalise, MethodSpec aggregate, MethodSpec impute, MethodSpec outliers,
                    double missingThreshold, TierSpec tiers, double minShare, Benchmarks base) {
        this(normalise, aggregate, impute, outliers, missingThreshold, tiers, minShare, base, Screen.DEFAULT);
    }

    /** Settings without fixed base benchmarks (each pool's own best and worst). */
    public Settings(MethodSpec normalise, MethodSpec aggregate, MethodSpec impute, MethodSpec outliers,
                    double missingThreshold, TierSpec tiers, double minShare) {
        this(normalise, aggregate, impute, outliers, missingThreshold, tiers, minShare, null);
    }

    /** With the base period's benchmarks for {@code benchmarks: base} (docs/methods.md, comparable mode). */
    public Settings withBase(Benchmarks b) {
        return new Settings(normalise, aggregate, impute, outliers, missingThreshold, tiers, minShare, b, screen);
    }

    /** The base period when the run's normalisation uses fixed base benchmarks, else null. */
    public String basePeriod() {
        if (!normalise.method().equals("efficacy") || !"base".equals(normalise.text("benchmarks"))) return null;
        String p = normalise.text("base_period");
        return p == null || p.isBlank() ? "" : p;
    }

    /**
     * Settings without the data-availability screen: every unit with an index score is ranked.
     * {@code minShare} (docs/methods.md, screening): a unit whose present leaves carry less than this
     * share of the index weight keeps its scores but gets no rank or tier (0: no screen).
     */
    public Settings(MethodSpec normalise, MethodSpec aggregate, MethodSpec impute, MethodSpec outliers,
                    double missingThreshold, TierSpec tiers) {
        this(normalise, aggregate, impute, outliers, missingThreshold, tiers, 0);
    }

    public static Settings defaults() {
        return new Settings(
                MethodSpec.of(MethodCatalog.Step.NORMALISE, "minmax", Map.of()),
                MethodSpec.of(MethodCatalog.Step.AGGREGATE, "arithmetic", Map.of()),
                MethodSpec.of(MethodCatalog.Step.IMPUTE, "none", Map.of()),
                MethodSpec.of(MethodCatalog.Step.OUTLIERS, "none", Map.of()),
                0.0, TierSpec.NONE);
    }

    public MethodSpec spec(MethodCatalog.Step step) {
        switch (step) {
            case NORMALISE: return normalise;
            case AGGREGATE: return aggregate;
            case IMPUTE: return impute;
            default: return outliers;
        }
    }

    public Settings withSpec(MethodSpec s) {
        switch (s.step()) {
            case NORMALISE: return new Settings(s, aggregate, impute, outliers, missingThreshold, tiers, minShare, base, screen);
            case AGGREGATE: return new Settings(normalise, s, impute, outliers, missingThreshold, tiers, minShare, base, screen);
            case IMPUTE: return new Settings(normalise, aggregate, s, outliers, missingThreshold, tiers, minShare, base, screen);
            default: return new Settings(normalise, aggregate, impute, s, missingThreshold, tiers, minShare, base, screen);
        }
    }

    public Settings withMissingThreshold(double t) {
        return new Settings(normalise, aggregate, impute, outliers, t, tiers, minShare, base, screen);
    }

    public Settings withTiers(TierSpec t) {
        return new Settings(normalise, aggregate, impute, outliers, missingThreshold, t, minShare, base, screen);
    }

    public Settings withScreen(Screen sc) {
        return new Settings(normalise, aggregate, impute, outliers, missingThreshold, tiers, minShare, base, sc);
    }

    public Settings withMinShare(double share) {
        return new Settings(normalise, aggregate, impute, outliers, missingThreshold, tiers, share, base, screen);
    }

    /**
     * Applies several {@code key=value} pairs; those of one step are applied together, so
     * {@code impute.method=group-mean} and {@code impute.group=G} may come in any order.
     */
    public Settings with(Map<String, String> changes) {
        Settings s = this;
        Map<MethodCatalog.Step, Map<String, String>> byStep = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : changes.entrySet()) {
            String key = e.getKey();
            int dot = key.indexOf('.');
            MethodCatalog.Step step = dot < 0 ? null : MethodCatalog.Step.byKey(key.substring(0, dot));
            if (step != null) {
                byStep.computeIfAbsent(step, k -> new LinkedHashMap<>()).put(key.substring(dot + 1), e.getValue());
            } else {
                s = s.with(key, e.getValue());
            }
        }
        for (Map.Entry<MethodCatalog.Step, Map<String, String>> e : byStep.entrySet()) {
            s = s.withSpec(s.spec(e.getKey()).with(e.getValue()));
        }
        return s;
    }

    /**
     * Applies one {@code key=value} of {@code --set}: {@code normalise.method=zscore},
     * {@code normalise.floor=50}, {@code missing.threshold=0.75}, {@code tiers.method=quantiles}.
     * Throws IllegalArgumentException with a sentence for the user.
     */
    public Settings with(String key, String value) {
        int dot = key.indexOf('.');
        if (dot < 0) throw new IllegalArgumentException(Text.of("set.no-step", key));
        String head = key.substring(0, dot);
        String tail = key.substring(dot + 1);
        MethodCatalog.Step step = MethodCatalog.Step.byKey(head);
        if (step != null) {
            Map<String, String> change = new LinkedHashMap<>();
            change.put(tail, value);
            return withSpec(spec(step).with(change));
        }
        if (head.equals("missing") && tail.equals("threshold")) {
            return withMissingThreshold(parseThreshold(value));
        }
        // dat_thresh is COINr's name for the threshold; min_share stays as its alias
        if (head.equals("screen") && (tail.equals("min_share") || tail.equals("dat_thresh"))) {
            return withMinShare(parseShare(value));
        }
        if (head.equals("screen") && tail.equals("unit_screen")) return withScreen(new Screen(value, screen.action()));
        if (head.equals("screen") && tail.equals("action")) return withScreen(new Screen(screen.by(), value));
        if (head.equals("tiers") && tail.equals("method")) {
            if (!value.equals("none") && !value.equals("cutoffs") && !value.equals("quantiles")) {
                throw new IllegalArgumentException(Text.of("set.tiers", value));
            }
            TierSpec base = tiers.bands().isEmpty() ? TierSpec.defaultCutoffs() : tiers;
            return withTiers(value.equals("none") ? TierSpec.NONE : new TierSpec(value, base.bands(), base.scale()));
        }
        throw new IllegalArgumentException(Text.of("set.unknown", key));
    }

    public static double parseShare(String value) {
        if (value == null) throw new IllegalArgumentException(Text.of("set.min-share", "—"));
        try {
            double t = Double.parseDouble(value.trim());
            if (t >= 0 && t <= 1) return t;
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(Text.of("set.min-share", value));
    }

    public static double parseThreshold(String value) {
        // a YAML value that is no scalar (a list, a map, ~) comes as null: as wrong as a word
        if (value == null) throw new IllegalArgumentException(Text.of("set.threshold", "—"));
        double t;
        try {
            t = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Text.of("set.threshold", value));
        }
        if (!(t >= 0 && t <= 1)) {
            throw new IllegalArgumentException(Text.of("set.threshold", value));
        }
        return t;
    }
}
