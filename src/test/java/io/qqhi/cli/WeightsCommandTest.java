package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** qqhi weights end to end: AHP from the framework's matrices, an overlay that compute accepts. */
class WeightsCommandTest {
    @Test
    void ahpWeightsFromTheFrameworkFeedBackIntoCompute(@TempDir Path dir) throws Exception {
        Path fw = dir.resolve("f.yaml");
        Files.writeString(fw, """
                index: {id: X}
                method: {normalise: {method: minmax}}
                ahp:
                  variant: eigen
                  ri: saaty
                  matrices:
                    X: [[1, 3, 5], ["1/3", 1, 3], ["1/5", "1/3", 1]]
                tree:
                  - {id: a, weight: 1, direction: +}
                  - {id: b, weight: 1, direction: +}
                  - {id: c, weight: 1, direction: +}
                """);
        Path data = dir.resolve("d.csv");
        Files.writeString(data, "unit,a,b,c\nu1,1,2,3\nu2,2,3,1\nu3,3,1,2\nu4,4,4,4\n");
        Path overlay = dir.resolve("w.yaml");
        CliRun r = CliRun.of("weights", "-f", fw.toString(), "--indicator-data", data.toString(), "-m", "ahp", "-o", overlay.toString());
        assertEquals(0, r.exitCode(), r::toString);
        // docs/methods.md, test vectors: w = (0.6370, 0.2583, 0.1047), CR 0.0332
        assertTrue(r.out().lines().anyMatch(l -> l.matches("X\\s+a\\s+0\\.3333\\s+0\\.6370\\s+\\+0\\.3037")), r::toString);
        assertTrue(r.out().contains("CR 0.0332（一致性可接受）"), r::toString);
        CliRun c = CliRun.of("compute", "-f", fw.toString(), "--indicator-data", data.toString(), "--weights", overlay.toString(),
                "--out", dir.resolve("o").toString(), "--quiet");
        assertEquals(0, c.exitCode(), c::toString);
        String settings = Files.readString(dir.resolve("o/settings.yaml"));
        assertTrue(settings.contains("weights:") && settings.contains("a: 0.63"), settings);
        assertEquals(64, CliRun.of("weights", "-f", fw.toString(), "--indicator-data", data.toString(), "-m", "magic").exitCode());
    }
}
