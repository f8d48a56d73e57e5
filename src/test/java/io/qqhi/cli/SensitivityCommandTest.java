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
        CliRun r = CliRun.of("sensitivity", "-f", FW, "--indicator-data", DATA, "--mode", "sa", "--runs", "40", "-o", dir.toString());
        assertEquals(0, r.exitCode(), r::toString);
        String s = Files.readString(dir.resolve("sensitivity.csv"));
        assertTrue(s.contains("weights level 1") && s.contains("weights level 3") && s.contains("normalisation"), s);
        assertEquals(64, CliRun.of("sensitivity", "-f", FW, "--indicator-data", DATA, "--weights-noise", "0", "--normalisers",
                "minmax", "-o", dir.toString()).exitCode(), "nothing uncertain is a usage error");
    }
}
