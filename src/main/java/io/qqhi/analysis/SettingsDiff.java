package io.qqhi.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import io.qqhi.framework.RunRecord;

/**
 * What differs between two runs' records (their settings.yaml): framework and data files (by
 * SHA-256), period, weights overlay, --set options and every method setting, as flattened keys
 * (method.normalise.method: efficacy → minmax). Runs without a record give no differences.
 */
public final class SettingsDiff {
    public record Difference(String key, String a, String b) {
    }

    private SettingsDiff() {
    }

    public static List<Difference> of(Path runA, Path runB) {
        Map<String, String> a = flat(runA.resolve("settings.yaml"));
        Map<String, String> b = flat(runB.resolve("settings.yaml"));
        List<Difference> out = new ArrayList<>();
        if (a.isEmpty() || b.isEmpty()) return out;
        Set<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String k : keys) {
            // the command and the paths as typed say how a run was started, not what it computed
            if (k.equals("command") || k.endsWith(".path") || k.equals("qqhi")) continue;
            String x = a.getOrDefault(k, "—");
            String y = b.getOrDefault(k, "—");
            if (!x.equals(y)) out.add(new Difference(k, x, y));
        }
        return out;
    }

    private static Map<String, String> flat(Path record) {
        Map<String, String> out = new TreeMap<>();
        flatten("", RunRecord.tree(record), out);
        return out;
    }

    private static void flatten(String prefix, JsonNode n, Map<String, String> out) {
        if (n == null || n.isNull()) return;
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (n.isArray()) {
            out.put(prefix, n.toString());
        } else {
            out.put(prefix, n.asText());
        }
    }
}
