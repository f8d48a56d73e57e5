package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * compute --no-lists removes the lists an earlier qqhi run wrote into the folder, and only those: a
 * user's own file of a name qqhi once used stays (the folder's record of what qqhi wrote).
 */
class OutputRecordTest {
    @Test
    void noListsRemovesOnlyWhatQqhiWrote(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("achievements.csv"), "my own notes\n");
        assertEquals(0, CliRun.of("compute", "--out", out.toString(), "--quiet").exitCode());
        assertTrue(Files.exists(out.resolve("rectification.csv")) && Files.isDirectory(out.resolve("lists")));
        assertEquals(0, CliRun.of("compute", "--out", out.toString(), "--no-lists", "--quiet").exitCode());
        assertFalse(Files.exists(out.resolve("rectification.csv")), "the earlier run's list is gone");
        assertFalse(Files.exists(out.resolve("lists")), "and its folder of per-place lists");
        assertEquals("my own notes\n", Files.readString(out.resolve("achievements.csv")), "the user's file stays");
        assertTrue(Files.exists(out.resolve("scores.csv")));
    }

    @Test
    void anIoErrorGivesItsReasonOnce() {
        CliRun r = CliRun.of("compute", "--out", "/proc/qqhi-no-such-place/x");
        assertEquals(73, r.exitCode(), r::toString);
        String line = r.err().strip();
        assertEquals(1, line.split("/proc/qqhi-no-such-place", -1).length - 1, "the path once: " + line);
        assertTrue(line.contains("不存在"), line);
    }
}
