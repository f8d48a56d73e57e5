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

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

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
            readCsv(path, out, ids, problems);
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

    /** The largest weights file read: a framework has at most 100,000 nodes, a line each. */
    static final long MAX_CSV_BYTES = 5L * 1024 * 1024;

    /** A CSV of node and weight columns, parsed by FastCSV (quotes, BOM and line ends as Excel writes them). */
    private static void readCsv(Path path, Map<String, Double> out, List<String> ids, Problems problems) {
        String file = path.toString();
        String text;
        try {
            long size = Files.size(path);
            if (size > MAX_CSV_BYTES) {
                problems.error(file, 0, 0, null, Text.of("weights.too-large", String.format(Locale.ROOT, "%.1f", size / 1048576.0),
                        String.valueOf(MAX_CSV_BYTES / 1048576)));
                return;
            }
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw InputException.missingFile(file, Text.of("file.not-found"));
        } catch (IOException e) {
            throw InputException.missingFile(file, Text.of("weights.unreadable", String.valueOf(e.getMessage())));
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        int idCol = -1;
        int wCol = -1;
        boolean header = true;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().skipEmptyLines(true).ofCsvRecord(text)) {
            for (CsvRecord rec : reader) {
                int line = (int) rec.getStartingLineNumber();
                if (header) {
                    for (int i = 0; i < rec.getFieldCount(); i++) {
                        String h = rec.getField(i).strip().toLowerCase(Locale.ROOT);
                        if (h.equals("node") || h.equals("icode") || h.equals("id")) idCol = i;
                        if (h.equals("weight")) wCol = i;
                    }
                    if (idCol < 0 || wCol < 0) {
                        problems.error(file, 1, 1, null, Text.of("weights.csv-header"));
                        return;
                    }
                    header = false;
                    continue;
                }
                String id = idCol < rec.getFieldCount() ? rec.getField(idCol).strip() : "";
                String w = wCol < rec.getFieldCount() ? rec.getField(wCol).strip() : "";
                put(out, id, w, file, line, wCol + 1, ids, problems);
            }
        } catch (CsvParseException | IOException e) {
            problems.error(file, 0, 0, null, Text.of("weights.unreadable", String.valueOf(e.getMessage())));
        }
        if (header) problems.error(file, 1, 1, null, Text.of("weights.csv-header"));
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
