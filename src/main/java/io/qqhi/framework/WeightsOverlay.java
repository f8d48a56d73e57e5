package io.qqhi.framework;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A what-if set of weights (node id → weight) read from YAML ({@code weights: {A: 0.3, B1.2: 0.5}}
 * or a plain mapping) or CSV (columns node/iCode and weight/Weight). Unknown ids and bad weights
 * are errors with their line.
 */
public final class WeightsOverlay {
    private WeightsOverlay() {
    }

    public static Map<String, Double> read(Path path, Framework fw, Problems problems) {
        String file = path.toString();
        Map<String, Double> out = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        fw.nodes().forEach(n -> ids.add(n.id()));
        if (file.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            String text;
            try {
                text = Files.readString(path, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw InputException.missingFile(file, Text.of("file.not-found"));
            } catch (IOException e) {
                throw InputException.missingFile(file, "cannot read: " + e.getMessage());
            }
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
            String[] lines = text.split("\r?\n");
            String[] head = lines.length == 0 ? new String[0] : lines[0].replace("\"", "").split(",");
            int idCol = -1;
            int wCol = -1;
            for (int i = 0; i < head.length; i++) {
                String h = head[i].strip().toLowerCase(Locale.ROOT);
                if (h.equals("node") || h.equals("icode") || h.equals("id")) idCol = i;
                if (h.equals("weight")) wCol = i;
            }
            if (idCol < 0 || wCol < 0) {
                problems.error(file, 1, 1, null, Text.of("weights.csv-header"));
                return out;
            }
            for (int l = 1; l < lines.length; l++) {
                if (lines[l].isBlank()) continue;
                String[] c = lines[l].replace("\"", "").split(",", -1);
                String id = idCol < c.length ? c[idCol].strip() : "";
                String w = wCol < c.length ? c[wCol].strip() : "";
                put(out, id, w, file, l + 1, wCol + 1, ids, problems);
            }
            return out;
        }
        YamlValue root = new YamlDocumentReader(problems).read(path);
        if (root == null) return out;
        YamlValue map = root.isMap() && root.get("weights") != null ? root.get("weights") : root;
        if (!map.isMap()) {
            problems.error(map.at(), null, Text.of("weights.yaml-map"));
            return out;
        }
        for (Map.Entry<String, YamlValue> e : map.entries().entrySet()) {
            SourcePosition at = e.getValue().at();
            put(out, e.getKey(), e.getValue().isScalar() ? e.getValue().text() : "", file, at.line(), at.column(), ids, problems);
        }
        return out;
    }

    private static void put(Map<String, Double> out, String id, String w, String file, int line, int col, List<String> ids,
                            Problems problems) {
        if (!ids.contains(id)) {
            problems.error(file, line, 1, id, Text.of("weights.unknown-node", id) + Names.didYouMean(id, ids));
            return;
        }
        try {
            double d = Double.parseDouble(w);
            if (!(d >= 0) || Double.isInfinite(d)) {
                problems.error(file, line, col, id, Text.of("weights.negative", w));
            } else {
                out.put(id, d);
            }
        } catch (NumberFormatException e) {
            problems.error(file, line, col, id, Text.of("weights.not-number", w));
        }
    }
}
