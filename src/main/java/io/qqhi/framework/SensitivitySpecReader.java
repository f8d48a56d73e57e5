package io.qqhi.framework;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@link SensitivitySpec} from the framework's {@code sensitivity:} section or from a
 * {@code --spec} file (the same keys at the top, or under {@code sensitivity:}); absent keys keep
 * their defaults, every wrong value is reported with its position.
 */
public final class SensitivitySpecReader {
    static final Set<String> KEYS = Set.of("mode", "runs", "seed", "weights_noise", "weight_levels", "weights_by_level",
            "weight_sets", "normalisers", "aggregators", "imputation", "leave_one_out");

    private final Problems problems;
    private final YamlFields fields;

    public SensitivitySpecReader(Problems problems) {
        this.problems = problems;
        this.fields = new YamlFields(problems);
    }

    /** A spec file; null after reporting why it cannot be read. */
    public SensitivitySpec readFile(Path path, int depth) {
        YamlValue root = new YamlDocumentReader(problems).read(path);
        if (root == null) return null;
        YamlValue section = root.isMap() && root.get("sensitivity") != null ? root.get("sensitivity") : root;
        return read(section, depth);
    }

    /** The section's spec (defaults when absent); {@code depth} bounds the weight levels (0: unknown). */
    public SensitivitySpec read(YamlValue v, int depth) {
        SensitivitySpec d = SensitivitySpec.defaults();
        if (v == null || v.isNull()) return d;
        if (!v.isMap()) {
            problems.error(v.at(), null, "'sensitivity' must be a mapping like {runs: 1000, weights_noise: 0.25, "
                    + "normalisers: [minmax, zscore]}");
            return d;
        }
        fields.warnUnknownKeys(v, KEYS, null);
        String mode = fields.text(v, "mode", d.mode());
        if (!mode.equals("ua") && !mode.equals("sa")) {
            problems.error(v.get("mode").at(), null, Text.of("spec.mode", mode));
        }
        int runs = d.runs();
        if (v.get("runs") != null) {
            Integer r = fields.integer(v.get("runs"), "runs");
            if (r != null && (r < 2 || r > 10_000_000)) {
                problems.error(v.get("runs").at(), null, Text.of("spec.runs"));
            }
            if (r != null) runs = r;
        }
        long seed = d.seed();
        if (v.get("seed") != null) {
            YamlValue s = v.get("seed");
            try {
                seed = Long.parseLong(s.isScalar() ? s.text().trim() : "");
            } catch (NumberFormatException e) {
                problems.error(s.at(), null, "'seed' must be a whole number, not " + s.describeKind());
            }
        }
        double noise = d.weightsNoise();
        if (v.get("weights_noise") != null) {
            Double x = fields.number(v.get("weights_noise"), "weights_noise", null);
            if (x != null && !(x >= 0 && x < 1)) {
                problems.error(v.get("weights_noise").at(), null, Text.of("spec.noise"));
            }
            if (x != null) noise = x;
        }
        List<Integer> levels = new ArrayList<>();
        for (YamlValue l : listItems(v.get("weight_levels"), "weight_levels")) {
            Integer x = fields.integer(l, "weight_levels");
            if (x == null) continue;
            if (x < 1 || (depth > 0 && x > depth)) {
                problems.error(l.at(), null, Text.of("spec.level", String.valueOf(x), String.valueOf(depth)));
            } else {
                levels.add(x);
            }
        }
        boolean byLevel = flag(v, "weights_by_level", d.weightsByLevel());
        int sets = d.weightSets();
        if (v.get("weight_sets") != null) {
            Integer x = fields.integer(v.get("weight_sets"), "weight_sets");
            if (x != null && (x < 1 || x > 100_000)) problems.error(v.get("weight_sets").at(), null, Text.of("spec.weight-sets"));
            if (x != null) sets = x;
        }
        List<String> normalisers = v.get("normalisers") == null ? d.normalisers()
                : methods(v.get("normalisers"), "normalisers", MethodCatalog.Step.NORMALISE);
        List<String> aggregators = v.get("aggregators") == null ? d.aggregators()
                : methods(v.get("aggregators"), "aggregators", MethodCatalog.Step.AGGREGATE);
        return new SensitivitySpec(mode, runs, seed, noise, levels, byLevel, sets, normalisers, aggregators,
                flag(v, "imputation", d.imputation()), flag(v, "leave_one_out", d.leaveOneOut()));
    }

    private boolean flag(YamlValue map, String key, boolean def) {
        YamlValue v = map.get(key);
        if (v == null || v.isNull()) return def;
        Boolean b = fields.bool(v, key, null);
        return b == null ? def : b;
    }

    private List<YamlValue> listItems(YamlValue v, String key) {
        if (v == null || v.isNull()) return List.of();
        if (!v.isList()) {
            problems.error(v.at(), null, Text.of("spec.list", key));
            return List.of();
        }
        return v.items();
    }

    private List<String> methods(YamlValue v, String key, MethodCatalog.Step step) {
        List<String> out = new ArrayList<>();
        for (YamlValue x : listItems(v, key)) {
            String m = x.isScalar() ? x.text().trim() : null;
            if (m == null || !MethodCatalog.exists(step, m)) {
                problems.error(x.at(), null, Text.of("method.unknown", step.key, m == null ? x.describeKind() : m,
                        m == null ? "" : Names.didYouMean(m, MethodCatalog.methods(step).keySet()),
                        String.join(", ", MethodCatalog.methods(step).keySet())));
            } else {
                out.add(m);
            }
        }
        return out;
    }
}
