package io.qqhi.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Typed reads of YAML mapping fields that report a wrong type with its position instead of
 * throwing, so that a file's every problem is found in one pass (the framework and the
 * sensitivity spec share them).
 */
final class YamlFields {
    private final Problems problems;

    YamlFields(Problems problems) {
        this.problems = problems;
    }

    String text(YamlValue map, String key, String def) {
        YamlValue v = map.get(key);
        if (v == null || v.isNull()) return def;
        if (!v.isScalar()) {
            problems.error(v.at(), null, Text.of("yaml.single", key, v.describeKind()));
            return def;
        }
        return v.text();
    }

    String firstText(YamlValue map, String a, String b) {
        String t = text(map, a, null);
        return t != null ? t : text(map, b, null);
    }

    Double number(YamlValue v, String key, String node) {
        if (v.isScalar()) {
            String t = v.text().trim();
            try {
                double d = Double.parseDouble(t);
                if (Double.isFinite(d) && !t.endsWith("d") && !t.endsWith("f") && !t.endsWith("D") && !t.endsWith("F")) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problems.error(v.at(), node, Text.of("yaml.number", key, v.describeKind()));
        return null;
    }

    Integer integer(YamlValue v, String key) {
        if (v.isScalar()) {
            try {
                return Integer.parseInt(v.text().trim());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problems.error(v.at(), null, Text.of("yaml.integer", key, v.describeKind()));
        return null;
    }

    Boolean bool(YamlValue v, String key, String node) {
        if (v.isScalar()) {
            switch (v.text().trim().toLowerCase(Locale.ROOT)) {
                case "true": case "yes": case "y":
                    return true;
                case "false": case "no": case "n":
                    return false;
                default:
                    break;
            }
        }
        problems.error(v.at(), node, Text.of("yaml.boolean", key, v.describeKind()));
        return null;
    }

    List<String> stringList(YamlValue v, String key) {
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) return out;
        if (!v.isList()) {
            problems.error(v.at(), null, Text.of("yaml.list", key));
            return out;
        }
        for (YamlValue x : v.items()) {
            if (x.isScalar()) out.add(x.text());
            else problems.error(x.at(), null, Text.of("yaml.list-entries", key));
        }
        return out;
    }

    void warnUnknownKeys(YamlValue map, Set<String> known, String node) {
        for (String k : map.entries().keySet()) {
            if (!known.contains(k)) {
                problems.warning(map.keyAt(k), node, Text.of("yaml.unknown-key", k) + Names.didYouMean(k, known));
            }
        }
    }

    String scalarText(YamlValue v) {
        return v.isScalar() ? v.text() : null;
    }

    /** A number, or null when written as null/off (the rule is switched off), or the default when absent. */
    Double optNumber(YamlValue map, String key, Double def) {
        YamlValue v = map.get(key);
        if (v == null) return def;
        if (v.isNull() || (v.isScalar() && v.text().equalsIgnoreCase("off"))) return null;
        return number(v, key, null);
    }

    Integer optInt(YamlValue map, String key, Integer def) {
        YamlValue v = map.get(key);
        if (v == null) return def;
        if (v.isNull() || (v.isScalar() && v.text().equalsIgnoreCase("off"))) return null;
        return integer(v, key);
    }

    /**
     * A two-number list {@code [lo, hi]} with lo < hi; with {@code open}, either end may be null or
     * ~ for no bound. Null after reporting what is wrong.
     */
    double[] interval(YamlValue v, String key, String node, boolean open) {
        List<YamlValue> ends = v.isList() ? v.items() : List.of();
        if (ends.size() != 2) {
            problems.error(v.at(), node, Text.of(open ? "fw.interval-open" : "fw.interval", key));
            return null;
        }
        double[] d = new double[2];
        for (int i = 0; i < 2; i++) {
            YamlValue e = ends.get(i);
            if (open && (e.isNull() || (e.isScalar() && e.text().trim().equals("~")))) {
                d[i] = i == 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                continue;
            }
            Double x = number(e, key, node);
            if (x == null) return null;
            d[i] = x;
        }
        if (!(d[0] < d[1])) {
            problems.error(v.at(), node, Text.of("fw.interval-order", key));
            return null;
        }
        return d;
    }
}
