package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The COINr methods of issue 36 on the ASEM example (src/test/resources/asem): every new treatment
 * and normaliser runs through the whole index; dist2ref to DEU gives DEU 1 on every leaf it has and
 * LPI's values as (x − min)/(x_DEU − min) from the raw file; fracmax stops where COINr divides by
 * zero; a typo or a missing reference is refused with "是否指".
 */
class AsemMethodsTest {
    static final String FW = "src/test/resources/asem/asem.yaml";
    static final String DATA = "src/test/resources/asem/ASEM_iData.csv";

    static CliRun compute(Path out, String... set) {
        List<String> args = new ArrayList<>(List.of("compute", "-f", FW, "--indicator-data", DATA, "--out", out.toString(), "--quiet"));
        for (String s : set) {
            args.add("--set");
            args.add(s);
        }
        return CliRun.of(args.toArray(String[]::new));
    }

    static List<CSVRecord> csv(Path f) throws Exception {
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return p.getRecords();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"outliers.method=log_CT", "outliers.method=log_CT_plus", "outliers.method=log_CT_orig",
        "outliers.method=log_GII", "outliers.method=boxcox;outliers.lambda=0.5", "outliers.method=winsorise;outliers.fallback=boxcox",
        "outliers.method=winsorise;outliers.fallback=none", "normalise.method=scaled;normalise.low=0;normalise.high=10",
        "normalise.method=dist2ref;normalise.unit=DEU;normalise.cap=true"})
    void everyNewMethodRunsThroughTheIndex(String settings, @TempDir Path dir) throws Exception {
        CliRun r = compute(dir, settings.split(";"));
        assertEquals(0, r.exitCode(), r::toString);
        long scored = csv(dir.resolve("scores.csv")).stream().filter(x -> x.get("node").equals("Index") && !x.get("score").isEmpty()).count();
        assertEquals(51, scored, "every ASEM country has an index score");
        if (settings.startsWith("outliers.method=log") || settings.startsWith("outliers.method=boxcox")) {
            String step = settings.contains("boxcox") ? "boxcox" : "log";
            assertTrue(csv(dir.resolve("adjustments.csv")).stream().anyMatch(x -> x.get("step").equals(step)), "some leaf is transformed");
        }
    }

    @Test
    void dist2refGivesTheReferenceOneAndTheRestTheirDistanceFromTheMinimum(@TempDir Path dir) throws Exception {
        CliRun r = compute(dir, "normalise.method=dist2ref", "normalise.unit=DEU");
        assertEquals(0, r.exitCode(), r::toString);
        Map<String, Double> lpi = new HashMap<>();
        int ones = 0;
        for (CSVRecord x : csv(dir.resolve("scores.csv"))) {
            if (!x.get("level").equals("3") || x.get("score").isEmpty()) continue;
            if (x.get("unit").equals("DEU")) {
                assertEquals(1.0, Double.parseDouble(x.get("score")), 1e-12, x.get("node"));
                ones++;
            }
            if (x.get("node").equals("LPI")) lpi.put(x.get("unit"), Double.parseDouble(x.get("score")));
        }
        assertTrue(ones >= 45, "DEU scores 1 on the leaves it has: " + ones);
        // LPI (direction +) from the raw file: (x − min)/(x_DEU − min)
        Map<String, Double> raw = new HashMap<>();
        for (CSVRecord x : csv(Path.of(DATA))) if (!x.get("LPI").isEmpty()) raw.put(x.get("uCode"), Double.parseDouble(x.get("LPI")));
        double min = raw.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double deu = raw.get("DEU");
        for (Map.Entry<String, Double> e : raw.entrySet()) {
            assertEquals((e.getValue() - min) / (deu - min), lpi.get(e.getKey()), 1e-12, e.getKey());
        }
    }

    @Test
    void refusedSettingsSayWhatWasMeant(@TempDir Path dir) {
        CliRun ref = compute(dir, "normalise.method=dist2ref", "normalise.unit=DEX");
        assertEquals(65, ref.exitCode(), ref::toString);
        assertTrue(ref.err().contains("参照单位“DEX”不在本组中（是否指“DEU”？）"), ref.err());
        CliRun typo = compute(dir, "outliers.method=log_ct_orig");
        assertEquals(64, typo.exitCode(), typo::toString);
        assertTrue(typo.err().contains("是否指“log_CT_orig”"), typo.err());
        CliRun lambda = compute(dir, "outliers.method=boxcox", "outliers.lambda=abc");
        assertEquals(64, lambda.exitCode(), lambda::toString);
        assertTrue(lambda.err().contains("abc"), lambda.err());
        // fracmax: ASEM's Tariff and Poverty (lower is better, best value 0) have max(d·x) = 0
        CliRun frac = compute(dir, "normalise.method=fracmax");
        assertEquals(65, frac.exitCode(), frac::toString);
        assertTrue(frac.err().contains("Tariff") && frac.err().contains("Poverty"), frac.err());
    }
}
