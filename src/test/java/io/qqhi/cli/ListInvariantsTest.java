package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import io.qqhi.sample.SampleDataGenerator;

/**
 * What a 工商联 can publish (docs/methods.md, lists), checked on the sample data and on data the
 * generator makes with other seeds: the lists are exclusive and short, promotion never takes an
 * event leaf or a place in the bottom half, every rectification entry is worse than the mean or an
 * event, every 认定依据 states the raw value with its unit, and no survey leaf is guided by the
 * survey's own department (市工商联).
 */
class ListInvariantsTest {
    static List<CSVRecord> csv(Path f) throws Exception {
        String text = Files.readString(f, StandardCharsets.UTF_8).replace("\uFEFF", "");
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(text))
                .getRecords();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 7, 20270101})
    void theListsKeepTheirRules(long seed, @TempDir Path dir) throws Exception {
        Path data = Path.of("sample-data");
        if (seed != 0) {
            data = dir.resolve("data");
            SampleDataGenerator.main(new String[] {"--framework", "indicators.yaml", "--out", data.toString(), "--seed",
                    Long.toString(seed)});
        }
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("compute", "--data", data.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r::toString);
        List<CSVRecord> rect = csv(out.resolve("rectification.csv"));
        List<CSVRecord> promo = csv(out.resolve("promotion.csv"));
        assertTrue(!rect.isEmpty() && !promo.isEmpty());
        Set<String> onRect = new HashSet<>();
        Map<String, Integer> perUnitRect = new HashMap<>();
        Set<String> deductions = Set.of("C1.1.1", "B2.2.2", "C2.2.2");
        Set<String> surveyLeaves = Set.of("A2.1.3", "B1.1.3", "B1.3.3", "B2.1.3", "B2.2.3", "C1.1.3", "C2.1.2");
        for (CSVRecord e : rect) {
            onRect.add(e.get("单位代码") + "/" + e.get("指标代码"));
            boolean event = e.get("差距").startsWith("发生");
            if (!event) perUnitRect.merge(e.get("单位代码"), 1, Integer::sum);
            double value = Double.parseDouble(e.get("本期值"));
            double mean = Double.parseDouble(e.get("全市(全组)均值"));
            boolean lowerBetter = e.get("差距").startsWith("高于");
            assertTrue(event || (lowerBetter ? value > mean : value < mean), "worse than the mean: " + e);
            assertTrue(e.get("认定依据").contains(e.get("本期值")) && (event || e.get("认定依据").contains(e.get("计量单位"))), e.toString());
            if (surveyLeaves.contains(e.get("指标代码"))) assertTrue(!e.get("市级指导单位").contains("市工商联"), e.toString());
        }
        perUnitRect.values().forEach(n -> assertTrue(n <= 5, "at most 5 besides events"));
        Map<String, Integer> perUnitPromo = new HashMap<>();
        for (CSVRecord e : promo) {
            String key = e.get("单位代码") + "/" + e.get("指标代码");
            assertTrue(!onRect.contains(key), "on both lists: " + key);
            assertTrue(!deductions.contains(e.get("指标代码")), "an event leaf promoted: " + key);
            int rank = Integer.parseInt(e.get("位次").replaceAll("[^0-9]", ""));
            assertTrue(rank <= 8, "bottom half promoted: " + e); // pools of 12 and 15 units
            perUnitPromo.merge(e.get("单位代码"), 1, Integer::sum);
            assertTrue(e.get("认定依据").contains(e.get("本期值")), e.toString());
        }
        perUnitPromo.values().forEach(n -> assertTrue(n <= 5));
        evidenceHolds(data, out, rect, promo);
    }

    /**
     * Issue 31's evidence rules on the published lists: no survey entry whose 95 % interval
     * (survey.csv) holds the printed mean; no entry on 容错免责认定率 (Q33 / Q41) with fewer than 3
     * applications (min_base); every follow-up names its fixed standard.
     */
    private static void evidenceHolds(Path data, Path out, List<CSVRecord> rect, List<CSVRecord> promo) throws Exception {
        Map<String, String> item = Map.of("A2.1.3", "S07", "B1.1.3", "S02", "B1.3.3", "S01", "B2.1.3", "S03", "B2.2.3", "S04",
                "C1.1.3", "S05", "C2.1.2", "S06");
        Map<String, double[]> interval = new HashMap<>();
        for (CSVRecord x : csv(out.resolve("survey.csv"))) {
            if (x.get("平均分下限").isEmpty()) continue;
            interval.put(x.get("单位代码") + "/" + x.get("问卷题目"),
                    new double[] {Double.parseDouble(x.get("平均分下限")), Double.parseDouble(x.get("平均分上限"))});
        }
        Map<String, Double> applications = new HashMap<>();
        try (var files = Files.list(data.resolve("2026H1/departments"))) {
            for (Path f : files.filter(x -> x.getFileName().toString().startsWith("D01-")).toList()) {
                for (CSVRecord x : csv(f)) if (x.get("item").equals("Q41")) applications.put(x.get("unit"), Double.parseDouble(x.get("value")));
            }
        }
        int surveyed = 0;
        for (List<CSVRecord> list : List.of(rect, promo)) {
            for (CSVRecord e : list) {
                String s = item.get(e.get("指标代码"));
                if (s != null) {
                    double[] ci = interval.get(e.get("单位代码") + "/" + s);
                    double mean = Double.parseDouble(e.get("全市(全组)均值"));
                    // the printed mean has two decimals: half a hundredth of room
                    assertTrue(ci != null && (mean < ci[0] - 0.005 || mean > ci[1] + 0.005), "inside its interval: " + e);
                    surveyed++;
                }
                if (e.get("指标代码").equals("C1.1.2")) {
                    assertTrue(applications.get(e.get("单位代码")) >= 3, "a rate on fewer than 3 applications: " + e);
                }
            }
        }
        assertTrue(surveyed > 0, "survey entries checked");
        for (CSVRecord f : csv(out.resolve("rectification-followup.csv"))) {
            assertTrue(f.get("销号标准").startsWith("达到上期清单所列平均值") || f.get("销号标准").equals("本期不再发生"), f.toString());
        }
    }
}
