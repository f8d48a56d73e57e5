package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qqhi.input.SampleDataCopy;

/** The guards a methodologist checks first, through the real command line (docs/methods.md). */
class MethodGuardsTest {

    @Test
    void noCommandIsAUsageError() {
        CliRun r = CliRun.of();
        assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
        assertTrue(r.out().isEmpty(), "the usage goes to standard error");
    }

    @Test
    void strictReleaseOfDataWithWarningsPublishesNothing(@TempDir Path dir) {
        // the sample's newest period has 12 "please confirm" warnings (large jumps since the last period)
        Path releases = dir.resolve("releases");
        CliRun r = CliRun.of("release", "--strict", "--out", releases.toString());
        assertEquals(ExitCodes.DATA, r.exitCode(), r::toString);
        assertFalse(Files.exists(releases.resolve("2026H1")), "nothing is published");
        assertFalse(Files.exists(releases.resolve("latest")));
        String[] lines = r.err().strip().split("\n");
        assertTrue(lines[lines.length - 1].contains("--strict"), "the last line says why: " + lines[lines.length - 1]);
        assertEquals(ExitCodes.OK, CliRun.of("release", "--out", releases.toString(), "--quiet").exitCode(),
                "without --strict the same data publish");
    }

    @Test
    void strictComputeWritesNothing(@TempDir Path dir) {
        Path out = dir.resolve("out");
        assertEquals(ExitCodes.DATA, CliRun.of("compute", "--strict", "--out", out.toString()).exitCode());
        assertFalse(Files.exists(out));
    }

    @Test
    void aRateOver100PercentIsAnErrorNamingUnitLeafItemsFileAndLine(@TempDir Path dir) throws Exception {
        Path data = SampleDataCopy.into(dir);
        Path d05 = SampleDataCopy.departmentFile(data, "2026H1", "D05");
        List<String> lines = Files.readAllLines(d05, StandardCharsets.UTF_8);
        assertEquals("\uFEFF单位,Q19,Q21,Q39,Q40", lines.get(0));
        String[] hs = lines.get(1).split(",");
        assertEquals("海曙区", hs[0]);
        // Q40 (answered in writing within 7 working days) > Q39 (complaints received): over 100 %
        int received = Integer.parseInt(hs[3]);
        hs[4] = Integer.toString(received + 2);
        lines.set(1, String.join(",", hs));
        Files.write(d05, lines, StandardCharsets.UTF_8);
        String percent = new java.math.BigDecimal(100.0 * (received + 2) / received).round(new java.math.MathContext(10))
                .stripTrailingZeros().toPlainString();
        CliRun r = CliRun.of("compute", "--data", data.toString(), "--out", dir.resolve("out").toString());
        assertEquals(ExitCodes.DATA, r.exitCode(), r::toString);
        assertFalse(Files.exists(dir.resolve("out")));
        String error = r.err().lines().filter(l -> l.contains("B1.2.1")).findFirst().orElse("");
        assertTrue(error.startsWith(d05 + ":2:"), error);
        assertTrue(error.contains("海曙区（HS）") && error.contains("Q40") && error.contains("Q39") && error.contains(percent), error);
        CliRun v = CliRun.of("validate", "--data", data.toString(), "--format", "json");
        assertEquals(ExitCodes.DATA, v.exitCode(), v::toString);
        assertTrue(v.out().contains("\"leaf.out-of-range\""), v.out());
    }

    @Test
    void zScoresGiveEveryLeafComparableValues(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("compute", "--set", "normalise.method=zscore", "--out", out.toString(), "--quiet");
        assertEquals(ExitCodes.OK, r.exitCode(), r::toString);
        // every leaf's z-scores, the three 扣分制 leaves among them, have mean 0 over a pool: none
        // keeps a 0–100 deduction score (|z| ≤ √(n − 1) for n ≤ 15 units)
        for (String line : Files.readAllLines(out.resolve("scores.csv"), StandardCharsets.UTF_8)) {
            String[] c = line.split(",");
            if (c.length < 8 || !c[5].equals("3") || c[6].isEmpty()) continue;
            assertTrue(Math.abs(Double.parseDouble(c[6])) <= Math.sqrt(14), line);
        }
        String problems = Files.readString(out.resolve("problems.csv"), StandardCharsets.UTF_8);
        assertTrue(problems.contains("scale.deduction-unbounded"));
        assertTrue(problems.contains("tiers.scale-mismatch"), "the 60–100 cut-offs are not applied to z-scores");
    }

    /**
     * A workbook saved by LibreOffice whose Q25 column is formatted 0.0% (stored 0.886 for 88.6 %,
     * as Excel and LibreOffice store percent cells) reads exactly like the sample's plain 88.6.
     */
    @Test
    void percentFormattedWorkbookCellsReadAsPercent(@TempDir Path dir) throws Exception {
        Path data = SampleDataCopy.into(dir);
        Path d24 = SampleDataCopy.departmentFile(data, "2026H1", "D24");
        Files.copy(Path.of("src/test/resources/xlsx/percent-format-libreoffice.xlsx"), d24,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path changed = dir.resolve("changed.csv");
        Path original = dir.resolve("original.csv");
        assertEquals(ExitCodes.OK, CliRun.of("leaves", "--data", data.toString(), "--out", changed.toString()).exitCode());
        assertEquals(ExitCodes.OK, CliRun.of("leaves", "--out", original.toString()).exitCode());
        assertEquals(Files.readString(original), Files.readString(changed), "the same leaf values, to the last digit");
        CliRun v = CliRun.of("validate", "--data", data.toString(), "--format", "json");
        assertTrue(v.out().contains("\"xlsx.percent-cells\""), v.out());
        assertFalse(v.out().contains("looks like a fraction"), v.out());
    }

    /** A whole rate column written as fractions (0.923 for 92.3 %) is one error for the column, not a warning a cell. */
    @Test
    void aRateColumnOfFractionsIsOneError(@TempDir Path dir) throws Exception {
        Path data = SampleDataCopy.into(dir);
        Path d09 = SampleDataCopy.departmentFile(data, "2026H1", "D09");
        List<String> lines = Files.readAllLines(d09, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split(",", -1); // unit,item,value,note
            if (!c[1].equals("Q26") || c[2].isEmpty()) continue;
            c[2] = new java.math.BigDecimal(c[2]).movePointLeft(2).toPlainString();
            lines.set(i, String.join(",", c));
        }
        Files.write(d09, lines, StandardCharsets.UTF_8);
        CliRun v = CliRun.of("validate", "--data", data.toString(), "--format", "json");
        assertEquals(ExitCodes.DATA, v.exitCode(), v::toString);
        assertEquals(1, v.out().split("\"rate.fraction-column\"", -1).length - 1, v.out());
        assertFalse(v.out().contains("looks like a fraction"), v.out());
    }
}
