package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qqhi.input.SampleDataCopy;

class ComputeCommandTest {
    @Test
    void writesTheContractFilesAndIsByteIdenticalOnRerun(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        CliRun r = CliRun.of("compute", "--out", a.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("区（县、市）（12个）") && r.out().contains("重点乡镇（15个）"), r::toString);
        assertEquals(0, CliRun.of("compute", "--out", b.toString()).exitCode());
        for (String f : new String[] {"scores.csv", "rankings-district.csv", "rankings-township.csv", "scores.json",
                "settings.yaml", "adjustments.csv", "problems.csv", "survey.csv"}) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        byte[] rank = Files.readAllBytes(a.resolve("rankings-district.csv"));
        assertTrue((rank[0] & 0xff) == 0xEF && (rank[1] & 0xff) == 0xBB && (rank[2] & 0xff) == 0xBF, "BOM for Excel");
        String scores = Files.readString(a.resolve("scores.csv"));
        assertTrue(scores.startsWith("pool,unit,unit_name,node,node_name,level,score,rank\n"));
        // 12 districts × 61 nodes + 15 townships × the township tree
        long rows = scores.lines().count() - 1;
        assertTrue(rows > 12 * 61 && rows < 27 * 61, "rows: " + rows);
        // scores.json is valid JSON and agrees with scores.csv
        com.fasterxml.jackson.databind.JsonNode j = new com.fasterxml.jackson.databind.ObjectMapper().readTree(a.resolve("scores.json").toFile());
        com.fasterxml.jackson.databind.JsonNode hs = j.get("pools").get(0).get("units").get(0);
        assertEquals("HS", hs.get("unit").asText());
        String csvIndex = scores.lines().filter(l -> l.startsWith("district,HS,海曙区,QQHI,")).findFirst().orElseThrow().split(",")[6];
        assertEquals(Double.parseDouble(csvIndex), hs.get("scores").get(0).asDouble(), 0);
        assertEquals("QQHI", j.get("pools").get(0).get("nodes").get(0).asText());
        assertEquals(2, j.get("pools").size());
    }

    @Test
    void settingsRoundTripAndChangeTheResult(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a");
        CliRun r = CliRun.of("compute", "--out", a.toString(), "--set", "normalise.low=1", "--set", "normalise.method=minmax",
                "--set", "aggregate.method=median");
        assertEquals(0, r.exitCode(), r::toString);
        String settings = Files.readString(a.resolve("settings.yaml"));
        assertTrue(settings.contains("  normalise:\n    method: minmax\n    high: 100\n    low: 1\n"), settings);
        assertTrue(settings.contains("  aggregate:\n    method: median\n"), settings);
        // min-max from 0 gives the worst unit a 0, which a geometric mean cannot take: refused, named, exit 65
        CliRun g = CliRun.of("compute", "--out", dir.resolve("g").toString(), "--set", "normalise.method=minmax",
                "--set", "aggregate.method=geometric");
        assertEquals(65, g.exitCode(), g::toString);
        assertTrue(g.err().contains("geometric汇总拒绝了"), g::toString);
        assertTrue(!Files.exists(dir.resolve("g")), "nothing written");
    }

    /** --no-lists writes the same scores and rankings, no lists, and removes an earlier run's lists from the folder. */
    @Test
    void noListsKeepsScoresAndRemovesStaleLists(@TempDir Path dir) throws Exception {
        Path full = dir.resolve("full");
        Path out = dir.resolve("out");
        assertEquals(0, CliRun.of("compute", "--out", full.toString(), "--quiet").exitCode());
        assertEquals(0, CliRun.of("compute", "--out", out.toString(), "--quiet").exitCode());
        assertTrue(java.nio.file.Files.exists(out.resolve("rectification.csv")));
        CliRun r = CliRun.of("compute", "--out", out.toString(), "--quiet", "--no-lists");
        assertEquals(0, r.exitCode(), r::toString);
        for (String kept : new String[] {"scores.csv", "scores.json", "rankings-district.csv", "rankings-township.csv",
                "comparison-district.csv"}) {
            assertArrayEquals(java.nio.file.Files.readAllBytes(full.resolve(kept)), java.nio.file.Files.readAllBytes(out.resolve(kept)), kept);
        }
        for (String gone : new String[] {"rectification.csv", "promotion.csv", "watchlist.csv", "guides.csv",
                "rectification-followup.csv", "lists/HS-海曙区-问题整改清单.csv"}) {
            assertFalse(java.nio.file.Files.exists(out.resolve(gone)), gone + " of the earlier run is removed");
        }
        assertFalse(java.nio.file.Files.exists(out.resolve("units")), "no unit pages are left, nor their folder");
    }

    @Test
    void badSetIsAUsageError() {
        CliRun r = CliRun.of("compute", "--out", "/tmp/none", "--set", "normalise.method=minmaxx");
        assertEquals(64, r.exitCode(), r::toString);
        assertTrue(r.err().contains("是否指“minmax”"), r::toString);
    }

    @Test
    void aFailedRunLeavesEarlierOutputsUntouched(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, CliRun.of("compute", "--out", out.toString()).exitCode());
        byte[] before = Files.readAllBytes(out.resolve("scores.csv"));
        Path data = SampleDataCopy.into(dir);
        Path f = SampleDataCopy.departmentFile(data, "2026H1", "D02");
        Files.writeString(f, Files.readString(f) + "HS,Q10,oops,\n");
        CliRun r = CliRun.of("compute", "--data", data.toString(), "--out", out.toString());
        assertEquals(65, r.exitCode(), r::toString);
        assertArrayEquals(before, Files.readAllBytes(out.resolve("scores.csv")));
    }

    @Test
    void unwritableOutputIs73(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("not-a-dir");
        Files.writeString(file, "x");
        CliRun r = CliRun.of("compute", "--out", file.resolve("sub").toString());
        assertEquals(73, r.exitCode(), r::toString);
    }

    @Test
    void explainAcceptsCodeOrNameAndPointsLostAddUp() throws Exception {
        CliRun r = CliRun.of("explain", "海曙区");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("海曙区（HS，区（县、市）共12个）：指数"), r::toString);
        // the node table's last column is right-aligned: aligned columns make every row equally wide on screen
        List<String> table = r.out().lines().skip(2).takeWhile(l -> !l.isEmpty()).toList();
        assertTrue(table.size() > 50, r::toString);
        for (String line : table) {
            assertEquals(io.qqhi.report.terminal.TextTable.width(table.get(0)), io.qqhi.report.terminal.TextTable.width(line), line);
        }
        assertTrue(r.out().contains("距“优秀”线（90分）差"), "the gap to the next tier: " + r);
        assertTrue(r.out().contains("较2025年下半年进位1位：") && r.out().contains("自身"), "the rank move split: " + r);
        CliRun j = CliRun.of("explain", "HS", "--format", "json");
        com.fasterxml.jackson.databind.JsonNode n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(j.out());
        double index = n.get("nodes").get(0).get("score").asDouble();
        double sum = 0;
        for (com.fasterxml.jackson.databind.JsonNode leaf : n.get("leaves_by_points_lost")) sum += leaf.get("contribution").asDouble();
        assertEquals(index, sum, 1e-9, "leaf contributions add up to the index under the arithmetic mean");
        CliRun bad = CliRun.of("explain", "海曙");
        assertEquals(64, bad.exitCode(), bad::toString);
        assertTrue(bad.err().contains("是否指“海曙区”"), bad::toString);
    }

    @Test
    void indicatorDataServesAnyFramework() throws Exception {
        CliRun r = CliRun.of("compute", "-f", "src/test/resources/asem/asem.yaml", "--indicator-data",
                "src/test/resources/asem/ASEM_iData.csv", "--out", Files.createTempDirectory("asem").toString(), "--top", "3");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("all（51个）"), r::toString);
    }

    /** A column that is no leaf is kept as an attribute, and said so in problems.csv (not silently). */
    @Test
    void aColumnThatIsNoLeafIsReportedWithItsPlace(@TempDir Path dir) throws Exception {
        java.util.List<String> lines = Files.readAllLines(Path.of("src/test/resources/asem/ASEM_iData.csv"));
        lines.set(0, lines.get(0).replace("\"LPI\"", "\"LPl\""));
        Path data = dir.resolve("typo.csv");
        Files.write(data, lines);
        CliRun r = CliRun.of("compute", "-f", "src/test/resources/asem/asem.yaml", "--indicator-data", data.toString(),
                "--out", dir.resolve("out").toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.err().contains("LPI：没有该末级指标的列，其数值全部按缺失处理（是否指“LPl”？）"), r::toString);
        String problems = Files.readString(dir.resolve("out/problems.csv"));
        int column = java.util.Arrays.asList(lines.get(0).split(",")).indexOf("\"LPl\"") + 1;
        assertTrue(problems.contains("info," + data + ",1," + column + ",,,列LPl不是指标体系中的末级指标：作为单位属性保留（可用于插补分组），不计分（是否指“LPI”？）"), problems);
        assertTrue(problems.contains("列EurAsia_group不是"), "group columns are attributes too");
        assertFalse(problems.contains("列GDP不是"), "a denominator column is in use");
    }

    /** A leaf without a column is offered only a column nothing else claims, never another leaf's. */
    @Test
    void aMissingLeafIsNotOfferedAnotherLeafsColumn(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("one.csv");
        Files.writeString(data, "unit,name,A1.1.1\nD1,区县1,5\nD2,区县2,6\n");
        CliRun r = CliRun.of("compute", "--indicator-data", data.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.err().contains("A1.1.2：没有该末级指标的列，其数值全部按缺失处理"), r::toString);
        assertFalse(r.err().contains("是否指"), r::toString);
    }
}
