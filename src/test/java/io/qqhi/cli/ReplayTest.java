package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** settings.yaml replays its run (docs/formats.md, replay): same files byte for byte, or a refusal. */
class ReplayTest {

    static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }

    @Test
    void aRunReplayedFromItsSettingsGivesTheSameBytes(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        CliRun r = CliRun.of("compute", "--period", "2025H2", "--set", "normalise.method=minmax", "--set", "normalise.low=10",
                "--out", a.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r::toString);
        CliRun again = CliRun.of("compute", "--settings", a.resolve("settings.yaml").toString(), "--out", b.toString(), "--quiet");
        assertEquals(0, again.exitCode(), again::toString);
        assertEquals(files(a), files(b));
        for (Path f : files(a)) assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f.toString());
        String settings = Files.readString(a.resolve("settings.yaml"));
        assertTrue(settings.contains("period: 2025H2") && settings.contains("normalise.method: minmax"), settings);
    }

    @Test
    void aChangedFrameworkIsRefused(@TempDir Path dir) throws Exception {
        Path fw = dir.resolve("框架.yaml");
        Files.copy(Path.of("indicators.yaml"), fw);
        Path a = dir.resolve("a");
        assertEquals(0, CliRun.of("compute", "-f", fw.toString(), "--out", a.toString(), "--quiet").exitCode());
        Files.writeString(fw, Files.readString(fw) + "\n# edited after the run\n");
        Path b = dir.resolve("b");
        CliRun r = CliRun.of("compute", "--settings", a.resolve("settings.yaml").toString(), "--out", b.toString());
        assertEquals(ExitCodes.DATA, r.exitCode(), r::toString);
        assertTrue(r.err().contains(fw.toString()), r::toString);
        assertFalse(Files.exists(b));
    }

    @Test
    void settingsWithOtherInputsOnTheSameLineIsAUsageError(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a");
        assertEquals(0, CliRun.of("compute", "--out", a.toString(), "--quiet").exitCode());
        CliRun r = CliRun.of("compute", "--settings", a.resolve("settings.yaml").toString(), "--set", "normalise.method=zscore",
                "--out", dir.resolve("b").toString());
        assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
    }
}
