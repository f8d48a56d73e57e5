package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Period comparison through the CLI: renamed, new and removed units, a removed leaf, and 进位/退位 by hand. */
class PeriodComparisonTest {
    static List<CSVRecord> csv(Path f) throws Exception {
        String t = Files.readString(f);
        if (t.charAt(0) == '\uFEFF') t = t.substring(1);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(t)).getRecords();
    }

    @Test
    void comparesOnlyWhatBothPeriodsHaveAndSaysWhatChanged(@TempDir Path dir) throws Exception {
        String tree = """
                index: {id: X}
                method: {normalise: {method: minmax}}
                tree:
                  - {id: a1, weight: 1, direction: +}
                  - {id: a2, weight: 1, direction: +}
                """;
        Path fwBefore = dir.resolve("before.yaml");
        Files.writeString(fwBefore, tree + "  - {id: b2, weight: 1, direction: +}\n");
        Path fwNow = dir.resolve("now.yaml");
        Files.writeString(fwNow, tree);
        Path before = dir.resolve("before.csv");
        Files.writeString(before, "unit,name,a1,a2,b2\nu0,旧名,1,1,1\nu1,乙,2,2,2\nu2,丙,3,3,3\ngone,丁,4,4,4\n");
        Path now = dir.resolve("now.csv");
        Files.writeString(now, "unit,name,a1,a2\nu0,新名,5,5\nu1,乙,2,2\nu2,丙,3,3\nnewbie,戊,1,1\n");
        Path outBefore = dir.resolve("out-before");
        Path outNow = dir.resolve("out-now");
        assertEquals(0, CliRun.of("compute", "-f", fwBefore.toString(), "--indicator-data", before.toString(), "--out",
                outBefore.toString(), "--quiet").exitCode());
        CliRun r = CliRun.of("compute", "-f", fwNow.toString(), "--indicator-data", now.toString(), "--out", outNow.toString(),
                "--previous", outBefore.toString());
        assertEquals(0, r.exitCode(), r::toString);
        String notes = Files.readString(outNow.resolve("problems.csv"));
        assertTrue(notes.contains("删除b2"), notes);
        assertTrue(notes.contains("单位newbie 戊为本期新增"), notes);
        assertTrue(notes.contains("单位gone在"), notes);
        assertTrue(notes.contains("单位u0在") && notes.contains("名为旧名，现为新名；按代码对应"), notes);
        List<CSVRecord> rows = csv(outNow.resolve("comparison-all.csv"));
        assertTrue(rows.stream().noneMatch(x -> x.get("node").equals("b2") || x.get("unit").equals("newbie")));
        // the index before: u0 last (4th of 4: ranks gone 1, u2 2, u1 3, u0 4); now first (5 is the max): 进位 +3
        CSVRecord u0 = rows.stream().filter(x -> x.get("unit").equals("u0") && x.get("node").equals("X")).findFirst().orElseThrow();
        assertEquals("4", u0.get("previous_rank"));
        assertEquals("1", u0.get("rank"));
        assertEquals("+3", u0.get("rank_change"));
    }

    @Test
    void rankChangesOfTheSamplePeriodsAgreeWithBothRunsRankings(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("2025H2");
        Path b = dir.resolve("2026H1");
        assertEquals(0, CliRun.of("compute", "--period", "2025H2", "--out", a.toString(), "--quiet").exitCode());
        assertEquals(0, CliRun.of("compute", "--period", "2026H1", "--out", b.toString(), "--quiet").exitCode());
        for (String pool : new String[] {"district", "township"}) {
            Map<String, Integer> before = new HashMap<>();
            for (CSVRecord x : csv(a.resolve("rankings-" + pool + ".csv"))) {
                if (!x.get("排名").isEmpty()) before.put(x.get("代码"), Integer.parseInt(x.get("排名"))); // unranked: no rank
            }
            int checked = 0;
            for (CSVRecord x : csv(b.resolve("rankings-" + pool + ".csv"))) {
                String code = x.get("代码");
                if (!List.of("HS", "JB", "YZ", "chunhu", "luotuo").contains(code)) continue;
                int expected = before.get(code) - Integer.parseInt(x.get("排名"));
                String written = x.get("进位/退位");
                assertEquals(expected, Integer.parseInt(written.replace("+", "")), code);
                checked++;
            }
            assertTrue(checked >= 2);
        }
        assertTrue(Files.exists(b.resolve("units/HS.md")) && Files.readString(b.resolve("units/HS.md")).contains("较2025年下半年"));
        // every guiding department of a rectification item has its summary in guides.csv
        List<CSVRecord> rect = csv(b.resolve("rectification.csv"));
        java.util.Set<String> listed = new java.util.HashSet<>();
        csv(b.resolve("guides.csv")).forEach(x -> listed.add(x.get("市级指导单位")));
        for (CSVRecord x : rect) {
            if (x.get("市级指导单位").isEmpty()) continue;
            for (String d : x.get("市级指导单位").split("、")) assertTrue(listed.contains(d), d);
        }
    }

    /**
     * One yardstick (issue 31, docs/methods.md, change over periods): comparison-POOL.csv's
     * previous_score is 2025H2 scored on 2026H1's benchmarks — the same as computing 2025H2 in
     * comparable mode with 2026H1 as its base, a path tested by hand in ComparableModeTest — while
     * previous_rank stays the rank 2025H2 published on its own benchmarks.
     */
    @Test
    void theChangeIsMeasuredOnThisPeriodsYardstickAndThePreviousRankIsThePublishedOne(@TempDir Path dir) throws Exception {
        Path now = dir.resolve("now");
        Path own = dir.resolve("own");
        Path onNow = dir.resolve("on-now");
        assertEquals(0, CliRun.of("compute", "--out", now.toString(), "--quiet").exitCode());
        assertEquals(0, CliRun.of("compute", "--period", "2025H2", "--no-previous", "--out", own.toString(), "--quiet").exitCode());
        assertEquals(0, CliRun.of("compute", "--period", "2025H2", "--no-previous", "--set", "normalise.benchmarks=base:2026H1",
                "--out", onNow.toString(), "--quiet").exitCode());
        Map<String, String[]> ownScores = scores(own);
        Map<String, String[]> nowScores = scores(onNow);
        int checked = 0;
        int differ = 0;
        for (String pool : new String[] {"district", "township"}) {
            for (CSVRecord x : csv(now.resolve("comparison-" + pool + ".csv"))) {
                String key = pool + "/" + x.get("unit") + "/" + x.get("node");
                String written = nowScores.get(key)[0];
                if (written.isEmpty()) {
                    assertEquals("", x.get("previous_score"), key);
                    continue;
                }
                double expected = Double.parseDouble(written);
                assertEquals(expected, Double.parseDouble(x.get("previous_score")), 0.005, key);
                if (!x.get("score").isEmpty()) {
                    assertEquals(Double.parseDouble(x.get("score")) - expected, Double.parseDouble(x.get("score_change")), 0.0101, key);
                }
                String publishedRank = ownScores.get(key)[1];
                assertEquals(publishedRank.isEmpty() ? "" : publishedRank, x.get("previous_rank"), key);
                if (Math.abs(expected - Double.parseDouble(ownScores.get(key)[0])) > 0.01) differ++;
                checked++;
            }
        }
        assertTrue(checked > 500, "rows checked: " + checked);
        assertTrue(differ > 100, "the two yardsticks differ on the sample, else the test proves nothing: " + differ);
    }

    /** scores.csv as pool/unit/node → {score, rank}. */
    private static Map<String, String[]> scores(Path out) throws Exception {
        Map<String, String[]> m = new HashMap<>();
        for (CSVRecord x : csv(out.resolve("scores.csv"))) {
            m.put(x.get("pool") + "/" + x.get("unit") + "/" + x.get("node"), new String[] {x.get("score"), x.get("rank")});
        }
        return m;
    }
}
