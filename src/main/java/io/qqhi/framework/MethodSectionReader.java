package io.qqhi.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the framework's {@code method:} section (docs/formats.md): the run's method of each step with
 * its parameters, the missing-data threshold, the screen and the tiers; and a node's own method.
 */
final class MethodSectionReader {
    private final Problems problems;
    private final YamlFields fields;

    MethodSectionReader(Problems problems, YamlFields fields) {
        this.problems = problems;
        this.fields = fields;
    }

    MethodSpec readAggregateOverride(YamlValue index) {
        if (index == null || !index.isMap() || index.get("aggregate") == null) return null;
        return readSpec(index.get("aggregate"), MethodCatalog.Step.AGGREGATE, null, indexIdOf(index));
    }

    private String indexIdOf(YamlValue index) {
        return index.get("id") != null && index.get("id").isScalar() ? index.get("id").text() : "INDEX";
    }

    // ---- method section -------------------------------------------------------------------

    Settings readMethod(YamlValue m) {
        Settings s = Settings.defaults();
        if (m == null || m.isNull()) return s;
        if (!m.isMap()) {
            problems.error(m.at(), null, Text.of("fw.method-map"));
            return s;
        }
        fields.warnUnknownKeys(m, Set.of("normalise", "aggregate", "missing", "impute", "outliers", "tiers", "screen"), null);
        for (MethodCatalog.Step step : MethodCatalog.Step.values()) {
            YamlValue v = m.get(step.key);
            if (v == null) continue;
            MethodSpec spec = readSpec(v, step, s.spec(step), null);
            if (spec != null) s = s.withSpec(spec);
        }
        YamlValue missing = m.get("missing");
        if (missing != null) {
            if (!missing.isMap()) {
                problems.error(missing.at(), null, Text.of("fw.mapping", "missing", "{threshold: 0.5}"));
            } else {
                fields.warnUnknownKeys(missing, Set.of("threshold"), null);
                YamlValue t = missing.get("threshold");
                if (t != null) {
                    try {
                        s = s.withMissingThreshold(Settings.parseThreshold(fields.scalarText(t)));
                    } catch (IllegalArgumentException e) {
                        problems.error(t.at(), null, e.getMessage());
                    }
                }
            }
        }
        YamlValue tiers = m.get("tiers");
        if (tiers != null) {
            TierSpec t = readTiers(tiers);
            if (t != null) s = s.withTiers(t);
        }
        YamlValue screen = m.get("screen");
        if (screen != null) {
            if (!screen.isMap()) {
                problems.error(screen.at(), null, Text.of("fw.mapping", "screen", "{min_share: 0.75, action: unranked}"));
            } else {
                fields.warnUnknownKeys(screen, Set.of("min_share", "dat_thresh", "action", "unit_screen"), null);
                String action = fields.text(screen, "action", "unranked");
                String by = fields.text(screen, "unit_screen", "byweight");
                try {
                    s = s.withScreen(new Screen(by, action));
                } catch (IllegalArgumentException e) {
                    YamlValue at = !by.equals("byweight") && !by.equals("byNA") ? screen.get("unit_screen") : screen.get("action");
                    problems.error(at.at(), null, e.getMessage());
                }
                // dat_thresh is COINr's name for the threshold; min_share stays as its alias
                YamlValue share = screen.get("dat_thresh") != null ? screen.get("dat_thresh") : screen.get("min_share");
                if (share != null) {
                    try {
                        s = s.withMinShare(Settings.parseShare(fields.scalarText(share)));
                    } catch (IllegalArgumentException e) {
                        problems.error(share.at(), null, e.getMessage());
                    }
                }
            }
        }
        return s;
    }

    private TierSpec readTiers(YamlValue v) {
        if (!v.isMap()) {
            problems.error(v.at(), null, Text.of("fw.mapping", "tiers", "{method: cutoffs, bands: [...]}"));
            return null;
        }
        fields.warnUnknownKeys(v, Set.of("method", "bands", "scale"), null);
        String method = fields.text(v, "method", "cutoffs");
        double[] ends = v.get("scale") == null ? null : fields.interval(v.get("scale"), "scale", null, false);
        ScoreScale scale = ends == null ? null : new ScoreScale(ends[0], ends[1]);
        if (!Set.of("none", "cutoffs", "quantiles").contains(method)) {
            problems.error(v.get("method").at(), null, Text.of("set.tiers", method));
            return null;
        }
        List<TierSpec.Band> bands = new ArrayList<>();
        YamlValue b = v.get("bands");
        if (b != null && b.isList()) {
            Double prev = null;
            for (YamlValue band : b.items()) {
                if (!band.isMap()) {
                    problems.error(band.at(), null, Text.of("fw.entry-mapping", Text.of("fw.entity.tier-band"), "{name: 优秀, min: 90}"));
                    continue;
                }
                fields.warnUnknownKeys(band, Set.of("name", "min"), null);
                String name = fields.text(band, "name", null);
                if (name == null) {
                    problems.error(band.at(), null, Text.of("fw.band-name"));
                    continue;
                }
                Double min = band.get("min") == null ? null : fields.number(band.get("min"), "min", null);
                if (method.equals("cutoffs") && min != null && prev != null && min >= prev) {
                    problems.error(band.get("min").at(), null, Text.of("fw.tier-order", String.valueOf(min), String.valueOf(prev)));
                }
                if (min != null) prev = min;
                bands.add(new TierSpec.Band(name, min));
            }
        } else if (b != null) {
            problems.error(b.at(), null, Text.of("yaml.list", "bands"));
        }
        if (bands.isEmpty() && !method.equals("none")) return new TierSpec(method, TierSpec.defaultCutoffs().bands(), scale);
        return new TierSpec(method, bands, scale);
    }

    MethodSpec readSpec(YamlValue v, MethodCatalog.Step step, MethodSpec base, String node) {
        Map<String, String> params = new LinkedHashMap<>();
        if (v.isScalar()) {
            params.put("method", v.text());
        } else if (v.isMap()) {
            for (Map.Entry<String, YamlValue> e : v.entries().entrySet()) {
                if (!e.getValue().isScalar()) {
                    problems.error(e.getValue().at(), node, Text.of("yaml.single", step.key + "." + e.getKey(), Text.of("yaml.kind.map")));
                    return null;
                }
                params.put(e.getKey(), e.getValue().text());
            }
        } else {
            problems.error(v.at(), node, Text.of("fw.method-spec", step.key));
            return null;
        }
        try {
            if (base != null) return base.with(params);
            if (!params.containsKey("method")) {
                problems.error(v.at(), node, Text.of("fw.method-needed", step.key, MethodCatalog.methods(step).keySet().iterator().next()));
                return null;
            }
            String method = params.remove("method");
            return MethodSpec.of(step, method, params);
        } catch (IllegalArgumentException e) {
            problems.error(v.at(), node, e.getMessage());
            return null;
        }
    }
}
