package io.qqhi.release;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qqhi.framework.Checksums;
import io.qqhi.framework.InputException;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Text;

/**
 * Re-checks a release against its manifest: every output present with its SHA-256, no file in the
 * release the manifest does not list, and no listed path leaving the release folder.
 */
public final class ReleaseVerifier {
    private ReleaseVerifier() {
    }

    /** A release's manifest.json; 66 when there is none. */
    private static Path manifestOf(Path release) {
        Path manifest = release.resolve("manifest.json");
        if (!Files.isRegularFile(manifest)) {
            throw InputException.missingFile(manifest.toString(), Text.of("verify.no-manifest", release.toString()));
        }
        return manifest;
    }

    private static JsonNode read(Path manifest) throws IOException {
        try (InputStream in = Files.newInputStream(manifest)) {
            return new ObjectMapper().readTree(in);
        }
    }

    /**
     * Whether the named files of a release are the ones its manifest lists (what {@code trace
     * --release} and {@code history} read back): the problems, empty when intact; null when the
     * folder has no manifest and so cannot be checked.
     */
    public static List<Problem> verifyFiles(Path release, List<String> names) {
        Path manifest = release.resolve(ReleasePublisher.MANIFEST);
        if (!Files.isRegularFile(manifest)) return null;
        List<Problem> out = new ArrayList<>();
        try {
            JsonNode m = read(manifest);
            for (String name : names) {
                Path f = release.resolve(name);
                String recorded = null;
                for (JsonNode o : m.path("outputs")) if (o.path("path").asText().equals(name)) recorded = o.path("sha256").asText();
                if (recorded == null || !Files.isRegularFile(f)) continue;
                if (!Checksums.sha256(f).equals(recorded)) out.add(Problem.error(f.toString(), 0, 0, null, Text.of("verify.changed")));
            }
        } catch (IOException | RuntimeException e) {
            out.add(Problem.error(manifest.toString(), 0, 0, null, Text.of("verify.unreadable", String.valueOf(e.getMessage()))));
        }
        return out;
    }

    /** Problems found (empty = intact); throws 66 when there is no manifest. */
    public static List<Problem> verify(Path release) {
        Path manifest = manifestOf(release);
        List<Problem> out = new ArrayList<>();
        try {
            JsonNode m = read(manifest);
            Path root = release.toRealPath();
            Set<Path> listed = new HashSet<>();
            listed.add(root.resolve("manifest.json"));
            for (JsonNode o : m.get("outputs")) {
                String name = o.get("path").asText();
                Path f = root.resolve(name).normalize();
                if (!f.startsWith(root) || Path.of(name).isAbsolute()) {
                    out.add(Problem.error(manifest.toString(), 0, 0, null, Text.of("verify.untrusted", name)));
                    continue;
                }
                listed.add(f);
                if (!Files.isRegularFile(f)) {
                    out.add(Problem.error(f.toString(), 0, 0, null, Text.of("verify.missing")));
                } else if (!Checksums.sha256(f).equals(o.get("sha256").asText())) {
                    out.add(Problem.error(f.toString(), 0, 0, null, Text.of("verify.changed")));
                }
            }
            try (Stream<Path> all = Files.walk(root)) {
                for (Path f : (Iterable<Path>) all.filter(Files::isSymbolicLink).sorted()::iterator) {
                    // a link planted in a release (to a folder or a file elsewhere) is never qqhi's
                    out.add(Problem.error(f.toString(), 0, 0, null, Text.of("verify.link")));
                }
            }
            try (Stream<Path> all = Files.walk(root)) {
                // the folder's record of what qqhi wrote into it is qqhi's own bookkeeping, not an output
                for (Path f : (Iterable<Path>) all.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                        .filter(f -> !f.getFileName().toString().equals(AtomicFiles.RECORD)).sorted()::iterator) {
                    if (!listed.contains(f.normalize())) {
                        out.add(Problem.error(f.toString(), 0, 0, null, Text.of("verify.added")));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            out.add(Problem.error(manifest.toString(), 0, 0, null, Text.of("verify.unreadable", String.valueOf(e.getMessage()))));
        }
        return out;
    }

    /**
     * The inputs the manifest lists (framework, units, department files, survey) whose SHA-256 is
     * no longer the one recorded, or which are gone, as the manifest names them; empty when all
     * still match. Data files are found under the manifest's data_root, the others where recorded.
     */
    public static List<String> changedInputs(Path release) {
        Path manifest = manifestOf(release);
        List<String> changed = new ArrayList<>();
        try {
            JsonNode m = read(manifest);
            Path root = m.hasNonNull("data_root") ? Path.of(m.get("data_root").asText()) : null;
            for (JsonNode o : m.path("inputs")) {
                String path = o.get("path").asText();
                boolean data = root != null && Set.of("units", "frame", "department", "survey").contains(o.get("role").asText())
                        && !Path.of(path).isAbsolute();
                Path f = data ? root.resolve(path) : Path.of(path);
                if (!Files.isRegularFile(f) || !Checksums.sha256(f).equals(o.get("sha256").asText())) changed.add(path);
            }
        } catch (IOException | RuntimeException e) {
            throw new InputException(InputException.DATA, List.of(Problem.error(manifest.toString(), 0, 0, null,
                    Text.of("verify.unreadable", String.valueOf(e.getMessage())))));
        }
        return changed;
    }
}
