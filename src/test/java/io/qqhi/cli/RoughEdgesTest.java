package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cases a new user met (issue: rough edges), each named after what was tried. */
class RoughEdgesTest {
    @Test
    void targetScoreNaNIsAUsageError() {
        CliRun r = CliRun.of("--lang", "zh", "target", "JB", "--score", "NaN");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--score 须为数值"), r::toString);
    }

    /** The sample index is on 功效系数's 60–100: 120 is answered at once, without a plan of 33 rows. */
    @Test
    void targetBeyondTheScaleIsAnsweredAtOnce() {
        CliRun r = CliRun.of("--lang", "zh", "target", "江北区", "--score", "120", "--format", "json");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("\"reachable\" : false"), r::toString);
        assertTrue(r.out().contains("beyond-scale"), r::toString);
        CliRun text = CliRun.of("--lang", "zh", "target", "江北区", "--score", "120");
        assertTrue(text.out().contains("超出指数分值上限"), text::toString);
        assertFalse(text.out().contains("指标代码"), "no table of changes: " + text);
    }

    /** The sample compute's run record (its outputs in dir/out), edited, as dir/settings.yaml. */
    private static Path editedRecord(Path dir, UnaryOperator<String> edit) throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, CliRun.of("compute", "--out", out.toString(), "--quiet").exitCode());
        Path record = dir.resolve("settings.yaml");
        Files.writeString(record, edit.apply(Files.readString(out.resolve("settings.yaml"))));
        return record;
    }

    /** A record without its data section would replay on the default data folder: refused (65), naming the record, outputs untouched. */
    @Test
    void replayOfARecordWithoutItsDataIsRefused(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Path record = editedRecord(dir, r -> r.replaceAll("(?m)^data:\\n(  .*\\n)+", ""));
        byte[] before = Files.readAllBytes(out.resolve("scores.csv"));
        CliRun r = CliRun.of("--lang", "zh", "compute", "--settings", record.toString(), "--out", out.toString());
        assertEquals(ExitCodes.DATA, r.exitCode(), r::toString);
        assertTrue(r.err().contains(record.toString()) && r.err().contains("没有 data 项"), r::toString);
        assertArrayEquals(before, Files.readAllBytes(out.resolve("scores.csv")));
    }

    /** A bad method in a replayed record is the record's error (65) at its line, not a --set usage error (64). */
    @Test
    void replayWithABadMethodNamesTheRecordsLine(@TempDir Path dir) throws Exception {
        Path record = editedRecord(dir, r -> r.replace("set: {}", "set:\n  normalise.method: zscor"));
        CliRun r = CliRun.of("--lang", "zh", "compute", "--settings", record.toString(), "--out", dir.resolve("b").toString());
        assertEquals(ExitCodes.DATA, r.exitCode(), r::toString);
        int line = Files.readAllLines(record).indexOf("  normalise.method: zscor") + 1;
        assertTrue(r.err().contains(record + ":" + line + ":1"), r::toString);
        assertTrue(r.err().contains("zscore"), "did you mean: " + r);
    }

    /**
     * A copied release claiming a period another folder has is refused, naming both folders; so is a
     * score of 1e308 or "abc", and a score of 120 in a run whose efficacy scale is 60–100.
     */
    @Test
    void historyRefusesACopiedReleaseAndScoresThatAreNoScores(@TempDir Path dir) throws Exception {
        Path rel = dir.resolve("rel");
        assertEquals(0, CliRun.of("release", "--out", rel.toString(), "--quiet").exitCode());
        Path copy = rel.resolve("2026H2");
        Files.createDirectories(copy);
        Path published = rel.resolve("2026H1").toRealPath();
        for (String f : new String[] {"scores.csv", "settings.yaml"}) Files.copy(published.resolve(f), copy.resolve(f));
        CliRun twice = CliRun.of("--lang", "zh", "history", rel.toString(), "--out", dir.resolve("h").toString());
        assertEquals(ExitCodes.DATA, twice.exitCode(), twice::toString);
        assertTrue(twice.err().contains("有两份发布") && twice.err().contains(copy.toString()), twice::toString);

        Path broken = dir.resolve("broken");
        Files.createDirectories(broken.resolve("2026H1"));
        Files.copy(published.resolve("settings.yaml"), broken.resolve("2026H1/settings.yaml"));
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(published.resolve("scores.csv")));
        lines.set(1, lines.get(1).replaceFirst(",[0-9.]+,([0-9]*)$", ",1e308,$1"));
        lines.set(2, lines.get(2).replaceFirst(",[0-9.]+,([0-9]*)$", ",abc,$1"));
        lines.set(3, lines.get(3).replaceFirst(",[0-9.]+,([0-9]*)$", ",120,$1"));
        Files.write(broken.resolve("2026H1/scores.csv"), lines);
        CliRun bad = CliRun.of("--lang", "zh", "history", broken.toString(), "--out", dir.resolve("h2").toString());
        assertEquals(ExitCodes.DATA, bad.exitCode(), bad::toString);
        assertTrue(bad.err().contains("scores.csv:2:") && bad.err().contains("“1e308”") && bad.err().contains("“abc”"), bad::toString);
        assertTrue(bad.err().contains("scores.csv:4:") && bad.err().contains("“120”超出本次计算的分值区间60–100"), bad::toString);
    }

    /** Recovery removes a dead run's temporaries of qqhi's own files only: another tool's .x.tmp-N stays. */
    @Test
    void recoveryTouchesOnlyFilesQqhiWrote(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, CliRun.of("compute", "--out", out.toString(), "--quiet").exitCode());
        long dead = 999_999_999L;
        Path mine = out.resolve(".scores.csv.tmp-" + dead);
        Path theirs = out.resolve(".notes.txt.tmp-" + dead);
        Path deeper = out.resolve("a/b/.data.tmp-" + dead);
        Files.writeString(mine, "half");
        Files.writeString(theirs, "a user's");
        Files.createDirectories(deeper.getParent());
        Files.writeString(deeper, "another tool's");
        assertEquals(0, CliRun.of("compute", "--out", out.toString(), "--quiet").exitCode());
        assertFalse(Files.exists(mine), "a killed run's temporary of scores.csv is cleaned up");
        assertTrue(Files.exists(theirs) && Files.exists(deeper), "files qqhi did not write stay");
    }

    /** release --data D --out D would take D/2026H1 for an old release: refused (64), and the data are untouched. */
    @Test
    void releaseIntoTheDataFolderIsRefusedAndTheDataStay(@TempDir Path dir) throws Exception {
        Path data = io.qqhi.input.SampleDataCopy.into(dir);
        long before = count(data);
        CliRun r = CliRun.of("--lang", "zh", "release", "--data", data.toString(), "--out", data.toString(), "--force", "--keep", "0");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
        assertTrue(r.err().contains("重叠"), r::toString);
        assertEquals(before, count(data));
        // a period folder that is no release (no manifest) in the releases folder is never moved either
        Path rel = dir.resolve("rel");
        Files.createDirectories(rel.resolve("2026H1"));
        Files.writeString(rel.resolve("2026H1/mine.txt"), "a user's file");
        CliRun f = CliRun.of("--lang", "zh", "release", "--out", rel.toString(), "--force", "--keep", "0");
        assertEquals(73, f.exitCode(), f::toString);
        assertTrue(Files.exists(rel.resolve("2026H1/mine.txt")));
    }

    private static long count(Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            return s.count();
        }
    }

    /** Back-filling 2025H2 after 2026H1 into the same folder does not make the nightly 2026H1 release exit 73. */
    @Test
    void aBackFilledEarlierPeriodIsNoChangeOfALaterOne(@TempDir Path dir) {
        Path rel = dir.resolve("rel");
        assertEquals(0, CliRun.of("release", "--out", rel.toString(), "--quiet").exitCode());
        assertEquals(0, CliRun.of("release", "--period", "2025H2", "--out", rel.toString(), "--quiet").exitCode());
        CliRun nightly = CliRun.of("--lang", "zh", "release", "--out", rel.toString());
        assertEquals(0, nightly.exitCode(), nightly::toString);
        assertTrue(nightly.out().contains("未作改动"), nightly::toString);
    }

    /** weights -m ahp on a framework without matrices says so first and exits 65, writing no overlay. */
    @Test
    void weightsByAhpWithoutMatricesSaysSoFirst(@TempDir Path dir) {
        Path overlay = dir.resolve("w.yaml");
        CliRun r = CliRun.of("--lang", "zh", "weights", "-m", "ahp", "-o", overlay.toString());
        assertEquals(ExitCodes.DATA, r.exitCode(), r::toString);
        assertTrue(r.err().contains("判断矩阵"), r::toString);
        assertTrue(r.out().isEmpty(), "no table of unchanged weights: " + r);
        assertFalse(Files.exists(overlay));
    }

    /** A failure while switching latest after the period was published is an I/O error (74) that says so, not a lock (73). */
    @Test
    void aLatestLinkThatCannotBeSwitchedIsAnIoError(@TempDir Path dir) {
        Path rel = dir.resolve("rel");
        io.qqhi.release.ReleaseFaults.failRenamesTo(rel.resolve("latest"));
        try {
            CliRun r = CliRun.of("--lang", "zh", "release", "--out", rel.toString());
            assertEquals(74, r.exitCode(), r::toString);
            assertTrue(r.err().contains("已发布，但未能更新"), r::toString);
            assertTrue(Files.isRegularFile(rel.resolve("2026H1/scores.csv")), "the period itself is published");
        } finally {
            io.qqhi.release.ReleaseFaults.reset();
        }
    }

    /** --quiet is accepted by every command that prints (history and sensitivity refused it) and prints nothing on standard output. */
    @Test
    void quietIsAcceptedEverywhere(@TempDir Path dir) {
        for (String[] line : new String[][] {{"tree"}, {"history", "--data", "sample-data", "--out", dir.resolve("h").toString()},
            {"sensitivity", "--runs", "20", "--out", dir.resolve("s").toString()}, {"explain", "HS"}, {"validate"}}) {
            String[] args = java.util.Arrays.copyOf(line, line.length + 1);
            args[line.length] = "--quiet";
            CliRun r = CliRun.of(args);
            assertEquals(0, r.exitCode(), r::toString);
            assertTrue(r.out().isEmpty(), String.join(" ", line) + " printed " + r.out());
        }
    }

    /** Under zscore the 等次 column is blank: the terminal says why, not only problems.csv. */
    @Test
    void blankTiersAreExplainedOnTheScreen(@TempDir Path dir) {
        CliRun r = CliRun.of("--lang", "zh", "compute", "--set", "normalise.method=zscore", "--out", dir.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("等次一栏为空"), r::toString);
    }

    /** compare prints one line per group of differing settings (every key with --verbose); -o names the file written. */
    @Test
    void compareSaysWhatDiffersInGroupsAndNamesItsFile(@TempDir Path dir) {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, CliRun.of("compute", "--out", a.toString(), "--quiet").exitCode());
        assertEquals(0, CliRun.of("compute", "--set", "normalise.method=minmax", "--out", b.toString(), "--quiet").exitCode());
        Path csv = dir.resolve("shifts.csv");
        CliRun r = CliRun.of("--lang", "zh", "compare", a.toString(), b.toString(), "-o", csv.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("项不同") && r.out().contains("--verbose"), r::toString);
        assertTrue(r.out().contains(csv.getFileName().toString()), "the file written is named: " + r);
        CliRun v = CliRun.of("--lang", "zh", "compare", a.toString(), b.toString(), "--verbose");
        assertTrue(v.out().contains("method.normalise.method"), v::toString);
        assertTrue(v.out().lines().count() > r.out().lines().count() - 1, "more lines with --verbose");
    }

    /** A place name of 80 characters passed validate and then failed every release with "File name too long": now validate names it. */
    @Test
    void aPlaceNameTooLongForAFileNameIsAValidateError(@TempDir Path dir) throws Exception {
        Path data = io.qqhi.input.SampleDataCopy.into(dir);
        Path units = data.resolve("units.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(units));
        lines.set(1, lines.get(1).replaceFirst(",海曙区,", "," + "海".repeat(80) + ","));
        Files.write(units, lines);
        CliRun r = CliRun.of("--lang", "zh", "validate", "--data", data.toString());
        assertEquals(ExitCodes.DATA, r.exitCode(), r::toString);
        assertTrue(r.err().contains("units.csv:2:2") && r.err().contains("过长"), r::toString);
        assertFalse(r.err().contains("不在名册中"), "the place is kept: no errors follow from it " + r);
        assertEquals(120, io.qqhi.report.OutputSet.safe("区".repeat(200)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                "a name part is cut to 120 bytes at a character");
    }

    /** trace --release recomputed a tampered settings.yaml (2.52 for a place published at 61.01): now refused, naming the file. */
    @Test
    void traceOfATamperedReleaseIsRefused(@TempDir Path dir) throws Exception {
        Path rel = dir.resolve("rel");
        assertEquals(0, CliRun.of("release", "--out", rel.toString(), "--quiet").exitCode());
        Path settings = rel.resolve("2026H1").toRealPath().resolve("settings.yaml");
        Files.writeString(settings, Files.readString(settings).replace("set: {}", "set:\n  normalise.method: zscore"));
        CliRun r = CliRun.of("--lang", "zh", "trace", "JB", "B1.2.2", "--release", rel.resolve("2026H1").toString());
        assertEquals(ExitCodes.DATA, r.exitCode(), r::toString);
        assertTrue(r.err().contains("settings.yaml"), r::toString);
        CliRun h = CliRun.of("--lang", "zh", "history", rel.toString(), "--out", dir.resolve("h").toString());
        assertEquals(ExitCodes.DATA, h.exitCode(), "history reads the same record: " + h);
    }

    /** verify reports a symbolic link to a folder planted inside a release. */
    @Test
    void verifyReportsAPlantedLink(@TempDir Path dir) throws Exception {
        Path rel = dir.resolve("rel");
        assertEquals(0, CliRun.of("release", "--out", rel.toString(), "--quiet").exitCode());
        Files.createSymbolicLink(rel.resolve("2026H1").toRealPath().resolve("elsewhere"), dir);
        CliRun r = CliRun.of("--lang", "zh", "verify", rel.resolve("2026H1").toString());
        assertEquals(ExitCodes.DATA, r.exitCode(), r::toString);
        assertTrue(r.err().contains("elsewhere") && r.err().contains("符号链接"), r::toString);
    }

    /**
     * 庵东镇 is 不参与排名 on the sample data (a third of the weight missing): in the uncertainty analysis it
     * has no rank (blank cells), and no other township is ranked below the 14 ranked ones in any run.
     */
    @Test
    void anUnrankedPlaceIsOutOfTheSensitivityRankings(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("--lang", "zh", "sensitivity", "--runs", "40", "--out", dir.toString());
        assertEquals(0, r.exitCode(), r::toString);
        List<String> township = Files.readAllLines(dir.resolve("uncertainty.csv")).stream().filter(l -> l.startsWith("township,")).toList();
        assertEquals(15, township.size(), township::toString);
        assertTrue(township.contains("township,andong,庵东镇,,,,,"), township::toString);
        for (String l : township) {
            if (l.startsWith("township,andong,")) continue;
            int p95 = Integer.parseInt(l.substring(l.lastIndexOf(',') + 1));
            assertTrue(p95 >= 1 && p95 <= 14, "ranked among the 14 ranked townships only: " + l);
        }
        assertTrue(r.out().contains("庵东镇") && r.out().contains("不参与排名"), r::toString);
    }
}
