package io.qqhi.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.qqhi.framework.Framework;
import io.qqhi.framework.FrameworkLoader;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Settings;
import io.qqhi.input.Dataset;
import io.qqhi.input.IndicatorDataReader;

/**
 * The ASEM example (51 countries × 49 indicators, 63 gaps, 14 negative indicators, denominators,
 * groups) through the whole engine, against an independent numpy/scipy implementation of the
 * same textbook definitions (scripts/reference/asem_reference.py → expected.csv), to 1e-9.
 */
public class AsemReferenceTest {
    static final Path DIR = Path.of("src/test/resources/asem");

    public static Framework framework() {
        Problems p = new Problems();
        Framework fw = new FrameworkLoader(p).load(DIR.resolve("asem.yaml"));
        assertNotNull(fw, () -> p.all().toString());
        return fw;
    }

    public static Dataset data(Framework fw) {
        return IndicatorDataReader.read(DIR.resolve("ASEM_iData.csv"), fw, "auto", new Problems());
    }

    static Map<String, Double> altWeights() throws Exception {
        Map<String, Double> w = new HashMap<>();
        try (Reader r = Files.newBufferedReader(DIR.resolve("ASEM_weights_alt.csv"))) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                w.put(rec.get("iCode"), Double.parseDouble(rec.get("Weight")));
            }
        }
        return w;
    }

    @ParameterizedTest
    @ValueSource(strings = {"minmax-arith", "zscore-arith", "minmax1-geom", "altweights", "threshold75", "full"})
    void matchesTheIndependentReference(String scenario) throws Exception {
        Framework fw = framework();
        Settings s = fw.settings();
        switch (scenario) {
            case "zscore-arith": s = s.with("normalise.method", "zscore"); break;
            case "minmax1-geom": s = s.with("normalise.low", "1").with("aggregate.method", "geometric"); break;
            case "altweights": fw = fw.withWeights(altWeights()); break;
            case "threshold75": s = s.with("missing.threshold", "0.75"); break;
            case "full":
                s = s.with(Map.of("impute.method", "group-mean", "impute.group", "EurAsia_group",
                        "outliers.method", "winsorise"));
                break;
            default: break;
        }
        Dataset d = data(fw);
        assertEquals(51, d.units().size());
        IndexResult r = Pipeline.run(fw, d, s);
        assertTrue(!r.hasErrors(), () -> r.problems().toString());
        PoolResult p = r.pools().get(0);
        int compared = 0;
        int missing = 0;
        try (Reader in = Files.newBufferedReader(DIR.resolve("expected.csv"))) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                if (!rec.get("scenario").equals(scenario)) continue;
                int u = p.unitIndex(rec.get("unit"));
                int node = fw.indexOf(rec.get("node"));
                double got = p.scores()[u][node];
                String want = rec.get("score");
                if (want.isEmpty()) {
                    assertTrue(Double.isNaN(got), rec.toString() + " got " + got);
                    missing++;
                } else {
                    double w = Double.parseDouble(want);
                    assertEquals(w, got, 1e-9 * Math.max(1, Math.abs(w)), rec::toString);
                }
                compared++;
            }
        }
        assertEquals(51 * (49 + 11), compared);
        if (scenario.equals("full")) {
            assertEquals(0, missing, "group-mean imputation fills every gap");
            // the JRC rule winsorises every indicator it treats here (Services needs four distinct points):
            // the same indicators, the same way, with the same number of points as the reference
            Map<String, String> got = new java.util.TreeMap<>();
            for (Adjustment a : p.adjustments()) {
                if (a.step().equals("impute")) continue;
                got.merge(a.leaf(), a.step(), (x, y) -> x);
            }
            Map<String, String> want = new java.util.TreeMap<>();
            Map<String, Integer> wantPoints = new HashMap<>();
            try (Reader in = Files.newBufferedReader(DIR.resolve("expected-treatments.csv"))) {
                for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                    want.put(rec.get("indicator"), rec.get("treatment").equals("winsorised") ? "winsorise" : "log");
                    wantPoints.put(rec.get("indicator"), Integer.parseInt(rec.get("points")));
                }
            }
            assertEquals(want, got);
            assertEquals(4, wantPoints.get("Services"));
            for (Map.Entry<String, Integer> e : wantPoints.entrySet()) {
                long moved = p.adjustments().stream().filter(a -> a.leaf().equals(e.getKey()) && a.step().equals("winsorise")).count();
                assertEquals((long) e.getValue(), moved, e.getKey());
            }
        }
        if (scenario.equals("minmax-arith")) assertEquals(65, missing, "63 gaps plus Elec and Gas of LAO, whose Energy denominator is missing");
    }
}
