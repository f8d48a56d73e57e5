package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SensitivityCommandTest {
    static final String FW = "src/test/resources/asem/asem.yaml";
    static final String DATA = "src/test/resources/asem/ASEM_iData.csv";

    @Test
    void uncertaintyIsReproducibleBitForBitWhateverTheThreads(@TempDir Path dir) throws Exception {
        CliRun a = CliRun.of("sensitivity", "-f", FW, "--indicator-data", DATA, "--runs", "60", "--seed", "3", "--threads", "1",
                "-o", dir.resolve("a").toString());
        CliRun b = CliRun.of("sensitivity", "-f", FW, "--indicator-data", DATA, "--runs", "60", "--seed", "3", "--threads", "2",
                "-o", dir.resolve("b").toString());
        assertEquals(0, a.exitCode(), a::toString);
        assertEquals(0, b.exitCode(), b::toString);
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/uncertainty.csv")), Files.readAllBytes(dir.resolve("b/uncertainty.csv")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/rank-frequencies.csv")),
                Files.readAllBytes(dir.resolve("b/rank-frequencies.csv")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/sensitivity.html")), Files.readAllBytes(dir.resolve("b/sensitivity.html")));
        String html = Files.readString(dir.resolve("a/sensitivity.html"));
        assertEquals(51, html.split("<circle ", -1).length - 1, "one median dot per country");
        assertTrue(html.contains("不确定的输入：权重、标准化方法"), "inputs named in Chinese");
    }

    @Test
    void negligibleUncertaintyLeavesTheNominalRanks(@TempDir Path dir) throws Exception {
        // weights ±0.0001 % and one normaliser: every replication ranks like the nominal run
        CliRun r = CliRun.of("sensitivity", "-f", FW, "--indicator-data", DATA, "--runs", "20", "--weights-noise", "0.000001",
                "--normalisers", "minmax", "-o", dir.toString());
        assertEquals(0, r.exitCode(), r::toString);
        for (String line : Files.readAllLines(dir.resolve("uncertainty.csv")).subList(1, 52)) {
            String[] c = line.split(",");
            assertEquals(c[3], c[6], line);
            assertEquals(c[3], c[7], line);
        }
    }

    @Test
    void sobolOnTheIndexNamesEveryFactor(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("sensitivity", "-f", FW, "--indicator-data", DATA, "--mode", "sa", "--runs", "40",
                "--weights-by-level", "-o", dir.toString());
        assertEquals(0, r.exitCode(), r::toString);
        String s = Files.readString(dir.resolve("sensitivity.csv"));
        assertTrue(s.contains("weights level 1") && s.contains("weights level 3") && s.contains("normalisation"), s);
        String html = Files.readString(dir.resolve("sensitivity.html"));
        assertEquals(4, html.split(">一阶 ", -1).length - 1, "a first-order bar per input");
        assertTrue(html.contains("第3级权重"), html);
        // 40 base runs are too few: an interval leaves [0, 1], is shown cut and marked, and the note says why
        assertTrue(r.out().contains("]*") && r.out().contains("运行次数不足"), r::toString);
        assertTrue(html.contains("]*") && html.contains("运行次数不足"), "the page says it too");
        assertEquals(64, CliRun.of("sensitivity", "-f", FW, "--indicator-data", DATA, "--weights-noise", "0", "--normalisers",
                "minmax", "-o", dir.toString()).exitCode(), "nothing uncertain is a usage error");
    }

    @Test
    void aSpecFileChoosesTheInputsAndOptionsOverrideIt(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, "sensitivity:\n  mode: sa\n  runs: 20\n  weights_by_level: true\n  weight_levels: [1, 2]\n"
                + "  normalisers: [minmax, rank]\n  leave_one_out: true\n");
        CliRun sa = CliRun.of("sensitivity", "-f", FW, "--indicator-data", DATA, "--spec", spec.toString(), "-o", dir.resolve("sa").toString());
        assertEquals(0, sa.exitCode(), sa::toString);
        String csv = Files.readString(dir.resolve("sa/sensitivity.csv"));
        assertTrue(csv.contains("weights level 1") && csv.contains("weights level 2") && !csv.contains("weights level 3")
                && csv.contains("leave one leaf out"), csv);
        assertTrue(sa.out().contains("（120次运行"), "N·(d + 2) = 20·(4 + 2)\n" + sa.out());
        String settings = Files.readString(dir.resolve("sa/settings.yaml"));
        assertTrue(settings.contains("  normalisers:\n  - minmax\n  - rank\n") && settings.contains("runs: 20"), settings);

        CliRun ua = CliRun.of("sensitivity", "-f", FW, "--indicator-data", DATA, "--spec", spec.toString(), "--mode", "ua",
                "--runs", "5", "-o", dir.resolve("ua").toString());
        assertEquals(0, ua.exitCode(), ua::toString);
        assertTrue(Files.exists(dir.resolve("ua/uncertainty.csv")) && ua.out().startsWith("重复5次"), ua::toString);
    }

    @Test
    void aBadSpecFileIsRefusedWithEveryProblemLocated(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, "weights_noise: 2\nnormalisers: [minmax, minmx]\nweight_levels: [1, 9]\nruns: many\n");
        CliRun r = CliRun.of("sensitivity", "-f", FW, "--indicator-data", DATA, "--spec", spec.toString(), "-o", dir.toString());
        assertEquals(65, r.exitCode(), r::toString);
        for (String expected : new String[] {"spec.yaml:1:16", "spec.yaml:2:23", "是否指“minmax”", "spec.yaml:3:20",
                "第1至3级", "spec.yaml:4:7"}) {
            assertTrue(r.err().contains(expected), expected + "\n" + r);
        }
        assertTrue(Files.notExists(dir.resolve("uncertainty.csv")), "nothing is written");
    }

    /** A run count past the limit is a usage error, not an out-of-memory crash (regression: exit 70). */
    @Test
    void tooManyRunsIsAUsageError() {
        CliRun r = CliRun.of("sensitivity", "--runs", "2000000000");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
    }
}
