package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Screening as COINr's Screen does it (issue 36, item 1) on ASEM: byNA counts the indicators
 * present in the raw data (Dat_Avail), a unit below dat_thresh (strictly) is dropped before
 * normalisation — at 0.9 the five COINr drops, counted here from ASEM_iData.csv — and dropping is
 * the same as leaving the units out of the data file; unranked keeps their scores without a rank.
 */
class AsemScreenTest {
    /** ASEM's 49 indicators: the columns of ASEM_iData.csv after the group, time and denominator columns. */
    static Set<String> belowFromTheRawFile(double threshold) throws Exception {
        List<CSVRecord> rows = AsemMethodsTest.csv(Path.of(AsemMethodsTest.DATA));
        List<String> header = new ArrayList<>(rows.get(0).getParser().getHeaderNames());
        List<String> indicators = header.subList(header.indexOf("LPI"), header.size());
        assertEquals(49, indicators.size(), "ASEM's 49 indicators from LPI on");
        Set<String> below = new TreeSet<>();
        for (CSVRecord r : rows) {
            long present = indicators.stream().filter(i -> !r.get(i).isEmpty()).count();
            if ((double) present / indicators.size() < threshold) below.add(r.get("uCode"));
        }
        return below;
    }

    static Map<String, String> scores(Path out) throws Exception {
        Map<String, String> m = new TreeMap<>();
        for (CSVRecord x : AsemMethodsTest.csv(out.resolve("scores.csv"))) m.put(x.get("unit") + "/" + x.get("node"), x.get("score"));
        return m;
    }

    @Test
    void byNaDropsTheUnitsCoinrDropsAsIfTheyWereNotInTheData(@TempDir Path dir) throws Exception {
        Set<String> below = belowFromTheRawFile(0.9);
        assertEquals(Set.of("BGD", "BRN", "KHM", "LAO", "MMR"), below, "COINr drops five at 0.9");
        Path drop = dir.resolve("drop");
        CliRun r = AsemMethodsTest.compute(drop, "screen.dat_thresh=0.9", "screen.unit_screen=byNA", "screen.action=drop");
        assertEquals(0, r.exitCode(), r::toString);
        Map<String, String> dropped = scores(drop);
        for (String u : below) assertTrue(dropped.keySet().stream().noneMatch(k -> k.startsWith(u + "/")), u + " is gone");

        // the same data without those rows, no screen: the same scores to the last digit
        Path data = dir.resolve("without.csv");
        List<String> lines = Files.readAllLines(Path.of(AsemMethodsTest.DATA), StandardCharsets.UTF_8);
        List<String> kept = new ArrayList<>();
        for (String l : lines) if (below.stream().noneMatch(u -> l.contains(",\"" + u + "\","))) kept.add(l);
        assertEquals(lines.size() - 5, kept.size());
        Files.write(data, kept, StandardCharsets.UTF_8);
        Path plain = dir.resolve("plain");
        CliRun p = CliRun.of("compute", "-f", AsemMethodsTest.FW, "--indicator-data", data.toString(), "--out", plain.toString(), "--quiet");
        assertEquals(0, p.exitCode(), p::toString);
        assertEquals(scores(plain), dropped);

        CliRun at95 = AsemMethodsTest.compute(dir.resolve("d95"), "screen.dat_thresh=0.95", "screen.unit_screen=byNA", "screen.action=drop");
        assertEquals(0, at95.exitCode(), at95::toString);
        Set<String> below95 = belowFromTheRawFile(0.95);
        long indexRows = scores(dir.resolve("d95")).keySet().stream().filter(k -> k.endsWith("/Index")).count();
        assertEquals(51 - below95.size(), indexRows);
    }

    @Test
    void unrankedKeepsTheScoresAndSaysHowManyLeavesAreMissing(@TempDir Path dir) throws Exception {
        CliRun r = AsemMethodsTest.compute(dir, "screen.dat_thresh=0.9", "screen.unit_screen=byNA");
        assertEquals(0, r.exitCode(), r::toString);
        int ranked = 0;
        int scored = 0;
        for (CSVRecord x : AsemMethodsTest.csv(dir.resolve("scores.csv"))) {
            if (!x.get("node").equals("Index")) continue;
            scored++;
            if (!x.get("rank").isEmpty()) ranked++;
        }
        assertEquals(51, scored);
        assertEquals(46, ranked);
        String rankings = Files.readString(dir.resolve("rankings-all.csv"));
        // BRN: 10 of 49 missing = 20.4 %
        assertTrue(rankings.contains("不参与排名（数据不足：缺失指标占20.4%）"), rankings);
    }

    @Test
    void anUnknownScreenIsRefused(@TempDir Path dir) {
        CliRun a = AsemMethodsTest.compute(dir, "screen.dat_thresh=0.9", "screen.action=delete");
        assertEquals(64, a.exitCode(), a::toString);
        assertTrue(a.err().contains("drop"), a.err());
        CliRun b = AsemMethodsTest.compute(dir, "screen.unit_screen=byna");
        assertEquals(64, b.exitCode(), b::toString);
        assertTrue(b.err().contains("byNA"), b.err());
    }
}
