package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards restructuring: the SHA-256 of every file that the sample {@code compute} and
 * {@code release} and an ASEM compute write must stay as recorded in
 * {@code src/test/resources/golden/}. Only the manifest (it carries the publication time) is left
 * out. A deliberate change of output is recorded by running this test with
 * {@code -Dgolden.update=true} and committing the new list with the reason.
 */
class GoldenOutputTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Test
    void sampleComputeIsUnchanged(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("--lang", "zh", "compute", "--out", out.toString(), "--quiet");
        assertEquals(0, run.exitCode(), run::toString);
        check("compute.sha256", out);
    }

    @Test
    void sampleReleaseIsUnchanged(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("releases");
        CliRun run = CliRun.of("--lang", "zh", "release", "--out", out.toString(), "--quiet");
        assertEquals(0, run.exitCode(), run::toString);
        // the published period as a reader opens it: through its link (the version folder is named by the time)
        check("release.sha256", out.resolve("2026H1").toRealPath());
    }

    @Test
    void asemComputeIsUnchanged(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("asem");
        CliRun run = CliRun.of("--lang", "zh", "compute", "-f", "src/test/resources/asem/asem.yaml",
                "--indicator-data", "src/test/resources/asem/ASEM_iData.csv", "--out", out.toString(), "--quiet");
        assertEquals(0, run.exitCode(), run::toString);
        check("asem-compute.sha256", out);
    }

    private static void check(String name, Path root) throws IOException {
        String actual = listing(root);
        Path expected = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, "outputs differ from " + expected);
    }

    /** One line per regular file below root, "sha256  relative/path", in path order; links are not followed. */
    static String listing(Path root) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (!Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) continue;
                if (f.getFileName().toString().equals("manifest.json")) continue;
                sums.put(root.relativize(f).toString().replace('\\', '/'), sha256(Files.readAllBytes(f)));
            }
        }
        StringBuilder b = new StringBuilder();
        sums.forEach((path, sum) -> b.append(sum).append("  ").append(path).append('\n'));
        return b.toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
