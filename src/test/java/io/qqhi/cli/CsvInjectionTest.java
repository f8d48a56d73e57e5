package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qqhi.analysis.PreviousScores;

/**
 * Every CSV qqhi writes is safe to open in Excel (a name starting with = + - @ gets an apostrophe),
 * and every reader of qqhi's own outputs takes it off again, so names survive the round trip.
 */
class CsvInjectionTest {
    @Test
    void formulaLikeNamesAreNeutralisedInEveryCsvAndReadBackIntact(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data.csv");
        String text = Files.readString(Path.of("src/test/resources/asem/ASEM_iData.csv"), StandardCharsets.UTF_8)
                .replace("\"Austria\",\"AUT\"", "\"@Austria\",\"=HYPERLINK(1)\"");
        Files.writeString(data, text, StandardCharsets.UTF_8);
        String[] asem = {"-f", "src/test/resources/asem/asem.yaml", "--indicator-data", data.toString()};
        Path a = dir.resolve("a");
        CliRun r = CliRun.of(concat(new String[] {"compute", "--quiet", "--out", a.toString()}, asem));
        assertEquals(0, r.exitCode(), r::toString);
        for (String f : new String[] {"scores.csv", "rankings-all.csv"}) {
            String csv = Files.readString(a.resolve(f), StandardCharsets.UTF_8);
            assertTrue(csv.contains("'=HYPERLINK(1)") && csv.contains("'@Austria"), f);
            assertTrue(!csv.contains(",=HYPERLINK") && !csv.contains(",@Austria"), f);
        }
        PreviousScores back = PreviousScores.read(a);
        assertTrue(back.units("all").contains("=HYPERLINK(1)"), back.units("all")::toString);
        assertEquals("@Austria", back.get("all", "=HYPERLINK(1)", "Index").unitName());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
