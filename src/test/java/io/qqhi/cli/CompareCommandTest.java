package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare: two weightings of a 4-unit pool, Spearman checked by hand. */
class CompareCommandTest {
    @Test
    void spearmanAndMoversOfTwoWeightings(@TempDir Path dir) throws Exception {
        Path fw = dir.resolve("f.yaml");
        Files.writeString(fw, "index: {id: X}\nmethod: {normalise: {method: minmax}}\ntree:\n"
                + "  - {id: a, weight: 1, direction: +}\n  - {id: b, weight: 1, direction: +}\n");
        Path data = dir.resolve("d.csv");
        Files.writeString(data, "unit,a,b\nu1,10,0\nu2,0,9\nu3,5,5\nu4,1,1\n");
        Files.writeString(dir.resolve("wa.yaml"), "weights: {a: 3, b: 1}\n");
        Files.writeString(dir.resolve("wb.yaml"), "weights: {a: 1, b: 3}\n");
        for (String w : new String[] {"wa", "wb"}) {
            assertEquals(0, CliRun.of("compute", "-f", fw.toString(), "--indicator-data", data.toString(), "--weights",
                    dir.resolve(w + ".yaml").toString(), "--out", dir.resolve(w).toString(), "--quiet").exitCode());
        }
        // ranks A: u1 1, u3 2, u2 3, u4 4; B: u2 1, u3 2, u1 3, u4 4; Σd² = 8 → ρ = 1 − 6·8/(4·15) = 0.2
        CliRun r = CliRun.of("compare", dir.resolve("wa").toString(), dir.resolve("wb").toString(), "--movers", "2",
                "-o", dir.resolve("c.csv").toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("Spearman秩相关系数0.2000"), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.contains("u1") && (l.contains(" -2 ") || l.contains(" +2 "))), r::toString);
        assertTrue(r.out().contains("两次运行的不同之处") && r.out().contains("weights"), "the weights overlay differs: " + r);
        assertTrue(Files.readString(dir.resolve("c.csv")).contains("all,u2,u2,"), "every unit's shift is written");
        assertEquals(66, CliRun.of("compare", dir.resolve("wa").toString(), dir.resolve("none").toString()).exitCode());
    }
}
