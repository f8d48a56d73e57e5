package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qqhi.framework.OutputException;
import io.qqhi.release.ReleasePublisher;
import io.qqhi.report.OutputSet;

/** Releases for cron: reproducible, refusing to overwrite, locked, and never half-published. */
class ReleaseCommandTest {
    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The workbook's lists are the CSV files' lists: same rows, same cells; figures as numbers. */
    @Test
    void theWorkbooksListsAreTheCsvLists(@TempDir Path dir) throws Exception {
        Path rel = dir.resolve("rel");
        assertEquals(0, CliRun.of("release", "--out", rel.toString(), "--quiet").exitCode());
        // the 明细 sheets hold every column of the CSV lists; the printed sheets a reader's subset of them
        for (String[] sheetAndFile : new String[][] {{"问题整改清单-明细", "rectification.csv"}, {"成绩推广清单-明细", "promotion.csv"},
            {"关注清单-明细", "watchlist.csv"}}) {
            List<List<String>> csv = new java.util.ArrayList<>();
            try (org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVParser.parse(
                    Files.readString(rel.resolve("2026H1/" + sheetAndFile[1])).substring(1), org.apache.commons.csv.CSVFormat.DEFAULT)) {
                p.forEach(r -> csv.add(r.toList()));
            }
            List<List<String>> sheet = new java.util.ArrayList<>();
            try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                    rel.resolve("2026H1/qqhi-2026H1.xlsx").toFile())) {
                org.dhatim.fastexcel.reader.Sheet s = wb.findSheet(sheetAndFile[0]).orElseThrow();
                for (org.dhatim.fastexcel.reader.Row r : s.read()) {
                    List<String> cells = new java.util.ArrayList<>();
                    for (int c = 0; c < csv.get(0).size(); c++) {
                        org.dhatim.fastexcel.reader.Cell cell = c < r.getCellCount() ? r.getCell(c) : null;
                        if (cell == null || cell.getType() == org.dhatim.fastexcel.reader.CellType.EMPTY) cells.add("");
                        else if (cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER) {
                            cells.add(cell.asNumber().stripTrailingZeros().toPlainString());
                        } else cells.add(cell.getText());
                    }
                    sheet.add(cells);
                }
            }
            assertTrue(csv.size() > 1, sheetAndFile[1]);
            assertEquals(csv.size(), sheet.size(), sheetAndFile[0]);
            for (int i = 0; i < csv.size(); i++) {
                for (int c = 0; c < csv.get(i).size(); c++) {
                    String want = csv.get(i).get(c);
                    if (want.matches("-?\\d+(\\.\\d+)?")) want = new java.math.BigDecimal(want).stripTrailingZeros().toPlainString();
                    assertEquals(want, sheet.get(i).get(c), sheetAndFile[0] + " row " + i + " column " + csv.get(0).get(c));
                }
            }
        }
    }

    @Test
    void rerunWithForceGivesIdenticalFilesAndKeepsTheOldAside(@TempDir Path dir) throws Exception {
        Path rel = dir.resolve("rel");
        assertEquals(0, CliRun.of("release", "--out", rel.toString(), "--quiet").exitCode());
        byte[] scores = Files.readAllBytes(rel.resolve("2026H1/scores.csv"));
        byte[] html = Files.readAllBytes(rel.resolve("2026H1/report.html"));
        byte[] xlsx = Files.readAllBytes(rel.resolve("2026H1/qqhi-2026H1.xlsx"));
        assertTrue(new String(html, java.nio.charset.StandardCharsets.UTF_8).contains("<svg"), "charts are inline SVG");
        String manifest = Files.readString(rel.resolve("2026H1/manifest.json"));
        // cron again on unchanged inputs: exit 0, one line, nothing touched
        long linkTime = Files.getLastModifiedTime(rel.resolve("2026H1"), java.nio.file.LinkOption.NOFOLLOW_LINKS).toMillis();
        CliRun again = CliRun.of("release", "--out", rel.toString());
        assertEquals(0, again.exitCode(), again::toString);
        assertEquals("2026年上半年已发布，输入与设置未变，未作改动", again.out().strip(), again::toString);
        assertEquals(manifest, Files.readString(rel.resolve("2026H1/manifest.json")), "the manifest is untouched");
        assertEquals(1, names(rel.resolve(".versions")).size(), "no new version");
        assertEquals(linkTime, Files.getLastModifiedTime(rel.resolve("2026H1"), java.nio.file.LinkOption.NOFOLLOW_LINKS).toMillis());
        assertEquals(0, CliRun.of("release", "--out", rel.toString(), "--force", "--quiet").exitCode());
        assertArrayEquals(scores, Files.readAllBytes(rel.resolve("2026H1/scores.csv")));
        assertArrayEquals(html, Files.readAllBytes(rel.resolve("2026H1/report.html")));
        assertArrayEquals(xlsx, Files.readAllBytes(rel.resolve("2026H1/qqhi-2026H1.xlsx")));
        // every output checksum is the same; only the timestamp of the manifest differs
        String again2 = Files.readString(rel.resolve("2026H1/manifest.json"));
        assertEquals(manifest.replaceAll("\"created\" : \"[^\"]*\"", ""), again2.replaceAll("\"created\" : \"[^\"]*\"", ""));
        assertEquals(2, names(rel.resolve(".versions")).size(), "the replaced release is kept in .versions");
        assertEquals(Path.of("2026H1"), Files.readSymbolicLink(rel.resolve("latest")));
        assertEquals(0, CliRun.of("verify", rel.resolve("2026H1").toString()).exitCode());
    }

    @Test
    void aChangedInputIsNamedAndForceKeepsOnlyTheNewestReplacedReleases(@TempDir Path dir) throws Exception {
        Path data = io.qqhi.input.SampleDataCopy.into(dir);
        Path rel = dir.resolve("rel");
        assertEquals(0, CliRun.of("release", "--data", data.toString(), "--out", rel.toString(), "--quiet").exitCode());
        Path d05 = io.qqhi.input.SampleDataCopy.departmentFile(data, "2026H1", "D05");
        Files.writeString(d05, Files.readString(d05).replace("483", "484"));
        CliRun changed = CliRun.of("release", "--data", data.toString(), "--out", rel.toString());
        assertEquals(73, changed.exitCode(), changed::toString);
        assertTrue(changed.err().contains("2026H1/departments/" + d05.getFileName()) && changed.err().contains("--force"), changed::toString);
        for (int i = 0; i < 4; i++) {
            assertEquals(0, CliRun.of("release", "--data", data.toString(), "--out", rel.toString(), "--force", "--keep", "2",
                    "--quiet").exitCode());
        }
        assertEquals(3, names(rel.resolve(".versions")).size(), "the published version and the 2 newest replaced ones");
        assertEquals(0, CliRun.of("verify", rel.resolve("2026H1").toString()).exitCode());
    }

    @Test
    void aFailureMidWayPublishesNothingAndLeavesTheLastReleaseIntact(@TempDir Path dir) throws Exception {
        Path rel = dir.resolve("rel");
        assertEquals(0, CliRun.of("release", "--period", "2025H2", "--out", rel.toString(), "--quiet").exitCode());
        byte[] before = Files.readAllBytes(rel.resolve("2025H2/scores.csv"));
        OutputSet broken = new OutputSet();
        broken.text("a.csv", "x\n");
        broken.stream("b.csv", w -> {
            w.write("half a file");
            throw new IOException("disk full (simulated)");
        });
        OutputException e = assertThrows(OutputException.class,
                () -> ReleasePublisher.publish(rel, "2026H1", broken, List.of(), "test", "", false));
        assertEquals(74, e.exitCode());
        assertEquals(List.of(".lock", ".versions", "2025H2", "latest"), names(rel), "nothing half published");
        assertEquals(1, names(rel.resolve(".versions")).size(), "no in-flight folder left");
        assertEquals(Path.of("2025H2"), Files.readSymbolicLink(rel.resolve("latest")));
        assertArrayEquals(before, Files.readAllBytes(rel.resolve("2025H2/scores.csv")));
    }

    @Test
    void aSecondRunWhileOneHoldsTheLockExits75(@TempDir Path dir) throws Exception {
        Path rel = dir.resolve("rel");
        Files.createDirectories(rel);
        try (FileChannel ch = FileChannel.open(rel.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = ch.lock()) {
            CliRun r = CliRun.of("release", "--out", rel.toString());
            assertEquals(75, r.exitCode(), r::toString);
            assertTrue(r.err().contains("另一个 qqhi release 正在"), r::toString);
        }
        assertFalse(Files.exists(rel.resolve("2026H1")));
    }

    @Test
    void periodNamesAreNeverPathsAndVerifyCatchesChanges(@TempDir Path dir) throws Exception {
        assertEquals(64, CliRun.of("release", "--period", "../x", "--out", dir.toString()).exitCode());
        Path rel = dir.resolve("rel");
        assertEquals(0, CliRun.of("release", "--out", rel.toString(), "--quiet").exitCode());
        Files.writeString(rel.resolve("2026H1/rankings-district.csv"), "tampered");
        CliRun v = CliRun.of("verify", rel.resolve("2026H1").toString());
        assertEquals(65, v.exitCode(), v::toString);
        assertTrue(v.err().contains("rankings-district.csv") && v.err().contains("已被改动"), v::toString);
    }

    /** Any framework can be released from leaf values: ASEM gets its report and workbook (docs/formats.md, releases). */
    @Test
    void aReleaseFromIndicatorDataServesAnyFramework(@TempDir Path dir) throws Exception {
        String[] asem = {"-f", "src/test/resources/asem/asem.yaml", "--indicator-data", "src/test/resources/asem/ASEM_iData.csv"};
        Path releases = dir.resolve("releases");
        CliRun noPeriod = CliRun.of(concat(new String[] {"release", "--out", releases.toString()}, asem));
        assertEquals(ExitCodes.USAGE, noPeriod.exitCode(), noPeriod::toString);
        CliRun r = CliRun.of(concat(new String[] {"release", "--out", releases.toString(), "--period", "2025", "--quiet"}, asem));
        assertEquals(ExitCodes.OK, r.exitCode(), r::toString);
        Path rel = releases.resolve("2025");
        assertTrue(Files.size(rel.resolve("report.html")) > 0 && Files.size(rel.resolve("qqhi-2025.xlsx")) > 0);
        String manifest = Files.readString(rel.resolve("manifest.json"));
        assertTrue(manifest.contains("\"indicator-data\"") && manifest.contains("ASEM_iData.csv"), manifest);
        assertEquals(ExitCodes.OK, CliRun.of("verify", rel.toString()).exitCode());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * The last step of --force (the link swap) fails: the old release stays visible under its name,
     * latest resolves, and both verify (regression: the old release had been moved aside for good).
     */
    @Test
    void aFailedFinalRenameLeavesTheOldReleaseVisible(@TempDir Path dir) throws Exception {
        Path rel = dir.resolve("rel");
        assertEquals(0, CliRun.of("release", "--out", rel.toString(), "--quiet").exitCode());
        byte[] before = Files.readAllBytes(rel.resolve("2026H1/manifest.json"));
        io.qqhi.release.ReleaseFaults.failRenamesTo(rel.resolve("2026H1"));
        try {
            CliRun r = CliRun.of("release", "--out", rel.toString(), "--force", "--quiet");
            assertEquals(74, r.exitCode(), r::toString);
        } finally {
            io.qqhi.release.ReleaseFaults.reset();
        }
        assertArrayEquals(before, Files.readAllBytes(rel.resolve("2026H1/manifest.json")));
        assertEquals(0, CliRun.of("verify", rel.resolve("latest").toString()).exitCode());
        assertEquals(1, names(rel.resolve(".versions")).size(), "the new version is not left half published");
    }
}
