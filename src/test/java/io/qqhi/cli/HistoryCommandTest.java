package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qqhi.sample.SampleDataGenerator;

/**
 * {@code qqhi history} over four generated periods released in turn: one row per place and period,
 * the 进步榜's changes equal to the ones each release published (on one yardstick, docs/methods.md,
 * change over periods) and to history --data's, and releases made with another framework refused
 * unless --allow-mixed.
 */
class HistoryCommandTest {
    static final List<String> PERIODS = List.of("2024H2", "2025H1", "2025H2", "2026H1");

    @Test
    void fourReleasesMakeOneComparableHistory(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        SampleDataGenerator.main(new String[] {"--out", data.toString(), "--periods", String.join(",", PERIODS), "--seed", "7"});
        Path releases = dir.resolve("releases");
        for (String p : PERIODS) {
            CliRun r = CliRun.of("release", "--data", data.toString(), "--period", p, "--out", releases.toString(), "--quiet");
            assertEquals(0, r.exitCode(), r::toString);
        }
        Path out = dir.resolve("history");
        CliRun h = CliRun.of("history", releases.toString(), "-o", out.toString());
        assertEquals(0, h.exitCode(), h::toString);
        assertTrue(h.out().contains("2024年下半年至2026年上半年，共4期") && h.out().contains("区（县、市）进步榜"), h::toString);
        List<String> rows = Files.readAllLines(out.resolve("history.csv"));
        assertEquals(27 * 4, rows.size() - 1, "one row per place and period");
        // improvers: the change over the last period is the one the 2026H1 release published
        // (comparison-POOL.csv's score_change for the index), not the difference of two published scores
        Map<String, Double> published = new HashMap<>();
        Map<String, Boolean> ranked = new HashMap<>();
        for (String pool : new String[] {"district", "township"}) {
            for (var x : PeriodComparisonTest.csv(releases.resolve("2026H1/comparison-" + pool + ".csv"))) {
                if (!x.get("level").equals("0")) continue;
                assertEquals("current", x.get("yardstick"));
                assertEquals("2025H2", x.get("previous_period"));
                published.put(pool + "/" + x.get("unit"), Double.parseDouble(x.get("score_change")));
                ranked.put(pool + "/" + x.get("unit"), !x.get("rank").isEmpty());
            }
        }
        Map<String, Double> last = index(releases.resolve("2026H1/scores.csv"));
        Map<String, Double> before = index(releases.resolve("2025H2/scores.csv"));
        int checked = 0;
        int twoYardsticksDiffer = 0;
        for (String line : Files.readAllLines(out.resolve("improvers.csv")).subList(1, 28)) {
            String[] f = line.split(",", -1);
            String key = f[0] + "/" + f[1];
            assertEquals(published.get(key), Double.parseDouble(f[5]), 0.005, line);
            if (Math.abs(last.get(key) - before.get(key) - published.get(key)) > 0.01) twoYardsticksDiffer++;
            checked++;
        }
        assertEquals(27, checked);
        assertTrue(twoYardsticksDiffer > 5, "the two yardsticks differ here, else this proves nothing: " + twoYardsticksDiffer);
        // the pool's mean change is the mean of the published changes over the places ranked now
        for (String pool : new String[] {"district", "township"}) {
            double sum = 0;
            int n = 0;
            for (Map.Entry<String, Double> e : published.entrySet()) {
                if (e.getKey().startsWith(pool + "/") && ranked.get(e.getKey())) {
                    sum += e.getValue();
                    n++;
                }
            }
            String row = Files.readAllLines(out.resolve("spread.csv")).stream().filter(l -> l.startsWith(pool + ",2026H1,index,"))
                    .findFirst().orElseThrow();
            String[] f = row.split(",", -1);
            assertEquals(sum / n, Double.parseDouble(f[11]), 1e-9, row);
        }
        // history --data computes the same changes from the data folder
        Path fromData = dir.resolve("from-data");
        assertEquals(0, CliRun.of("history", "--data", data.toString(), "-o", fromData.toString(), "--quiet").exitCode());
        assertEquals(Files.readAllLines(out.resolve("improvers.csv")).subList(0, 28).stream().map(l -> String.join(",",
                        java.util.Arrays.copyOf(l.split(",", -1), 11))).toList(),
                Files.readAllLines(fromData.resolve("improvers.csv")).subList(0, 28).stream().map(l -> String.join(",",
                        java.util.Arrays.copyOf(l.split(",", -1), 11))).toList());
        // the 进步榜 is ordered by that change, largest first, within each pool
        List<String> imp = Files.readAllLines(out.resolve("improvers.csv")).subList(1, 28);
        for (int i = 1; i < imp.size(); i++) {
            String[] a = imp.get(i - 1).split(",", -1);
            String[] b = imp.get(i).split(",", -1);
            if (a[0].equals(b[0]) && !b[5].isEmpty()) assertTrue(Double.parseDouble(a[5]) >= Double.parseDouble(b[5]), imp.get(i));
        }
        String html = Files.readString(out.resolve("history.html"));
        assertTrue(html.contains("进步榜") && html.contains("位次变化") && html.contains("<svg"), "history.html has its parts");
        assertTrue(!html.contains("{{") && !html.contains("NaN"), "no template or number debris");
        assertTrue(!html.contains("未能按本期标杆重算"), "every change was published on one yardstick: no notice");
        List<String> spread = Files.readAllLines(out.resolve("spread.csv"));
        assertTrue(spread.stream().anyMatch(l -> l.startsWith("district,2024H2,index,")), "spread per period and node");
    }

    @Test
    void releasesOfDifferentFrameworksAreRefusedUnlessAllowed(@TempDir Path dir) throws Exception {
        Path releases = dir.resolve("releases");
        // 2025H2 published with another framework file (a revision: here one more comment line)
        Path revised = dir.resolve("indicators-revised.yaml");
        Files.writeString(revised, Files.readString(Path.of("indicators.yaml")) + "\n# revised\n");
        assertEquals(0, CliRun.of("release", "--period", "2025H2", "-f", revised.toString(), "--out", releases.toString(), "--quiet")
                .exitCode());
        assertEquals(0, CliRun.of("release", "--period", "2026H1", "--out", releases.toString(), "--quiet").exitCode());
        CliRun refused = CliRun.of("history", releases.toString(), "-o", dir.resolve("h").toString());
        assertEquals(65, refused.exitCode(), refused::toString);
        assertTrue(refused.err().contains("2026H1") && refused.err().contains("指标体系变更") && refused.err().contains("--allow-mixed"),
                refused::toString);
        CliRun allowed = CliRun.of("history", releases.toString(), "--allow-mixed", "-o", dir.resolve("h").toString());
        assertEquals(0, allowed.exitCode(), allowed::toString);
        assertTrue(Files.readString(dir.resolve("h/history.html")).contains("指标体系变更"));
    }

    static Map<String, Double> index(Path scores) throws Exception {
        Map<String, Double> out = new HashMap<>();
        for (String line : Files.readAllLines(scores).subList(1, Files.readAllLines(scores).size())) {
            String[] f = line.split(",", -1);
            if (f[5].equals("0") && !f[6].isEmpty()) out.put(f[0] + "/" + f[1], Double.parseDouble(f[6]));
        }
        return out;
    }
}
