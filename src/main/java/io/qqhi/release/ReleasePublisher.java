package io.qqhi.release;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qqhi.framework.Checksums;
import io.qqhi.framework.OutputException;
import io.qqhi.framework.Text;
import io.qqhi.input.DataFolder;
import io.qqhi.report.OutputSet;
import io.qqhi.report.records.Json;

/**
 * Publishes a period's release into RELEASES/P safely, for cron (docs/formats.md, releases): one run
 * at a time (a lock file); never over an existing period unless forced; built in an in-flight folder
 * RELEASES/.versions/P.&lt;time&gt;.partial, renamed to RELEASES/.versions/P.&lt;time&gt; when complete,
 * and made visible by swapping the symbolic link RELEASES/P to it in one rename — so at every
 * instant RELEASES/P is either the old release or the new one, whatever fails or is killed. The
 * version it replaced stays in .versions. RELEASES/latest is a link to the newest period's link.
 * Leftover in-flight folders of a killed run are removed by the next run. Where links cannot be
 * made (Windows without the privilege) the period folder is moved into place instead, which leaves
 * a moment without it.
 */
public final class ReleasePublisher {
    /** Exit code when another release holds the lock (sysexits EX_TEMPFAIL: try again later). */
    public static final int LOCKED = 75;
    /** Where the versions behind the period links live. */
    public static final String VERSIONS = ".versions";
    private static final String PARTIAL = ".partial";

    private ReleasePublisher() {
    }

    /** An input recorded in the manifest. */
    public record Input(String role, Path file) {
    }

    /** Renames in the publishing order; tests replace it to fail at a chosen step. */
    interface Renamer {
        void rename(Path from, Path to) throws IOException;
    }

    static Renamer renamer = ReleasePublisher::move;

    public static Path publish(Path releases, String period, OutputSet files, List<Input> inputs, String version,
                               String settings, boolean force) {
        return publish(releases, period, files, inputs, version, settings, force, Integer.MAX_VALUE);
    }

    /** What is published for a period already: nothing, or a release and what differs from it (manifest paths, or 设置/版本). */
    public record Existing(boolean published, List<String> changes) {
    }

    /**
     * Compares a period's published release with the inputs, settings and version of a new run:
     * each input by role, path and SHA-256 as the manifest records them (docs/formats.md, releases).
     */
    public static Existing existing(Path releases, String period, List<Input> inputs, String version, String settings) {
        Path manifest = releases.resolve(period).resolve("manifest.json");
        if (!Files.exists(releases.resolve(period), LinkOption.NOFOLLOW_LINKS)) return new Existing(false, List.of());
        List<String> changes = new ArrayList<>();
        try {
            JsonNode m = new ObjectMapper().readTree(manifest.toFile());
            // the period compared with is recorded, not an input of the period itself: a back-filled or
            // re-released earlier period does not make a published later one out of date
            Map<String, String> before = new LinkedHashMap<>();
            for (JsonNode o : m.path("inputs")) {
                if (o.path("role").asText().equals(PREVIOUS)) continue;
                before.put(o.path("role").asText() + " " + o.path("path").asText(), o.path("sha256").asText());
            }
            Map<String, String> now = new LinkedHashMap<>();
            for (String[] r : recorded(inputs)) if (!r[0].equals(PREVIOUS)) now.put(r[0] + " " + r[1], r[2]);
            for (Map.Entry<String, String> e : now.entrySet()) {
                if (!e.getValue().equals(before.get(e.getKey()))) changes.add(e.getKey().substring(e.getKey().indexOf(' ') + 1));
            }
            for (String k : before.keySet()) if (!now.containsKey(k)) changes.add(k.substring(k.indexOf(' ') + 1));
            if (!settings.equals(m.path("settings").asText())) changes.add("settings.yaml");
            if (!version.equals(m.path("version").asText())) changes.add("qqhi " + m.path("version").asText() + " → " + version);
        } catch (IOException | RuntimeException e) {
            changes.add("manifest.json");
        }
        return new Existing(true, changes);
    }

    /** Each input as the manifest records it: role, path (relative to the data folder when under it), SHA-256. */
    static List<String[]> recorded(List<Input> inputs) {
        Path root = inputs.stream().filter(i -> i.role().equals("data-root")).map(Input::file).findFirst().orElse(null);
        List<String[]> out = new ArrayList<>();
        for (Input i : inputs) {
            if (i.role().equals("data-root")) continue;
            String path = root != null && i.file().startsWith(root) ? root.relativize(i.file()).toString() : i.file().toString();
            String sha;
            try {
                sha = Checksums.sha256(i.file());
            } catch (IOException e) {
                sha = ""; // unreadable now: it differs from anything recorded
            }
            out.add(new String[] {i.role(), path, sha});
        }
        return out;
    }

    /**
     * Publishes; with {@code force} an existing release is replaced and the replaced versions of
     * the period beyond the newest {@code keep} are deleted.
     */
    public static Path publish(Path releases, String period, OutputSet files, List<Input> inputs, String version,
                               String settings, boolean force, int keep) {
        return publish(releases, period, files, inputs, version, settings, force, keep, Map.of());
    }

    /**
     * With {@code round}: what the collection round says of this release, recorded in the
     * manifest's {@code round} object (e.g. {@code accepted_flags}: why unconfirmed flags were
     * published; docs/formats.md, releases).
     */
    public static Path publish(Path releases, String period, OutputSet files, List<Input> inputs, String version,
                               String settings, boolean force, int keep, Map<String, String> round) {
        refuseForeignFolder(releases, period);
        try {
            Files.createDirectories(releases.resolve(VERSIONS));
        } catch (IOException e) {
            throw new OutputException(OutputException.CANT_CREATE, Text.of("output.cannot-create", releases.toString(), AtomicFiles.reason(e)), e);
        }
        Path lockFile = releases.resolve(".lock");
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = tryLock(ch)) {
            if (lock == null) {
                throw new OutputException(LOCKED, Text.of("release.locked", releases.toString()), null);
            }
            removeLeftovers(releases);
            Path target = releases.resolve(period);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !force) {
                throw new OutputException(OutputException.CANT_CREATE, Text.of("release.exists", period, releases.toString()), null);
            }
            String stamp = period + "." + Instant.now().toString().replace(':', '-');
            Path done = releases.resolve(VERSIONS).resolve(stamp);
            Path partial = releases.resolve(VERSIONS).resolve(stamp + PARTIAL);
            try {
                AtomicFiles.write(partial, files);
                Files.writeString(partial.resolve("manifest.json"), manifest(partial, period, files, inputs, version, settings, round));
                renamer.rename(partial, done);
                point(releases, target, done);
            } catch (IOException | RuntimeException e) {
                // nothing points at the new version (the swap is the last step): it goes with the partial one
                deleteTree(partial);
                if (!Files.isSymbolicLink(target) || !done.equals(releases.resolve(Files.readSymbolicLink(target)).normalize())) {
                    deleteTree(done);
                }
                if (e instanceof OutputException) throw (OutputException) e;
                throw new OutputException(OutputException.IO_ERROR, Text.of("release.failed", period,
                        e instanceof IOException io ? AtomicFiles.reason(io) : e.toString()), e);
            }
            try {
                pointLatest(releases);
            } catch (IOException | RuntimeException e) {
                // the period is published; only the latest link could not follow: an I/O error (74), not a lock
                throw new OutputException(OutputException.IO_ERROR, Text.of("release.latest-failed", period, releases.resolve("latest")
                        .toString(), e instanceof IOException io ? AtomicFiles.reason(io) : e.toString()), e);
            }
            if (force) prune(releases, period, done, keep);
            return target;
        } catch (IOException e) {
            throw new OutputException(OutputException.CANT_CREATE, Text.of("output.cannot-lock", lockFile.toString(), AtomicFiles.reason(e)), e);
        }
    }

    /**
     * RELEASES/P as a real folder is a release of the old layout only when it has its own manifest;
     * anything else (a data folder's period, a user's folder) is never moved or pruned: refused (73).
     */
    /** The role of the earlier release's scores a release was compared with (recorded, never a reason to republish). */
    public static final String PREVIOUS = "previous";

    /** A release's manifest, beside its files. */
    public static final String MANIFEST = "manifest.json";

    public static void refuseForeignFolder(Path releases, String period) {
        Path target = releases.resolve(period);
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target.resolve(MANIFEST))) {
            throw new OutputException(OutputException.CANT_CREATE, Text.of("release.foreign-folder", target.toString()), null);
        }
    }

    /**
     * Makes RELEASES/P show {@code version}: a new link renamed over the old link in one step. A
     * period folder of the old layout (a real folder) is first moved into .versions.
     */
    private static void point(Path releases, Path target, Path version) throws IOException {
        Path relative = releases.relativize(version);
        Path link = releases.resolve("." + target.getFileName() + ".link-" + ProcessHandle.current().pid());
        Files.deleteIfExists(link);
        try {
            Files.createSymbolicLink(link, relative);
        } catch (UnsupportedOperationException | IOException e) {
            // no links here: the version folder itself is moved into place
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                renamer.rename(target, releases.resolve(VERSIONS).resolve(target.getFileName() + ".replaced-"
                        + Instant.now().toString().replace(':', '-')));
            }
            renamer.rename(version, target);
            return;
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            renamer.rename(target, releases.resolve(VERSIONS).resolve(target.getFileName() + ".old-layout-"
                    + Instant.now().toString().replace(':', '-')));
        }
        try {
            renamer.rename(link, target);
        } catch (IOException e) {
            Files.deleteIfExists(link);
            throw e;
        }
    }

    /**
     * Deletes the replaced versions of a period beyond the newest {@code keep} (names sort by their
     * time stamps); the published one is never touched. A failure to delete is left for next time.
     */
    static void prune(Path releases, String period, Path current, int keep) {
        List<Path> old = new ArrayList<>();
        try (Stream<Path> s = Files.list(releases.resolve(VERSIONS))) {
            s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(period + ".") && !n.endsWith(PARTIAL) && !p.equals(current);
            }).forEach(old::add);
        } catch (IOException e) {
            return;
        }
        old.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        for (int i = keep; i < old.size(); i++) deleteTree(old.get(i));
    }

    /** In-flight folders and links of runs that were killed: never published, safe to remove under the lock. */
    private static void removeLeftovers(Path releases) throws IOException {
        try (Stream<Path> s = Files.list(releases.resolve(VERSIONS))) {
            for (Path p : (Iterable<Path>) s::iterator) if (p.getFileName().toString().endsWith(PARTIAL)) deleteTree(p);
        }
        try (Stream<Path> s = Files.list(releases)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String n = p.getFileName().toString();
                if (n.startsWith(".") && (n.contains(".link-") || n.startsWith(".latest.tmp-") || n.contains(".tmp-"))) {
                    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) deleteTree(p);
                    else Files.deleteIfExists(p);
                }
            }
        }
    }

    private static FileLock tryLock(FileChannel ch) throws IOException {
        try {
            return ch.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very process (a second run in the same JVM)
        }
    }

    static String manifest(Path dir, String period, OutputSet files, List<Input> inputs, String version, String settings,
                           Map<String, String> round) throws IOException {
        Json.Obj m = Json.object();
        m.put("tool", "qqhi");
        m.put("version", version);
        m.put("period", period);
        m.put("created", Instant.now().toString());
        m.put("settings", settings);
        if (!round.isEmpty()) {
            Json.Obj r = m.putObject("round");
            new java.util.TreeMap<>(round).forEach(r::put);
        }
        // inputs under the data folder are recorded relative to it, so a moved folder still checks
        Path root = inputs.stream().filter(i -> i.role().equals("data-root")).map(Input::file).findFirst().orElse(null);
        if (root != null) m.put("data_root", root.toString());
        Json.Arr in = m.putArray("inputs");
        List<Input> read = inputs.stream().filter(i -> !i.role().equals("data-root")).toList();
        List<String[]> recorded = recorded(inputs);
        for (int k = 0; k < read.size(); k++) {
            Json.Obj o = in.addObject();
            o.put("role", recorded.get(k)[0]);
            o.put("path", recorded.get(k)[1]);
            o.put("size", Files.size(read.get(k).file()));
            o.put("sha256", recorded.get(k)[2]);
        }
        Json.Arr out = m.putArray("outputs");
        for (String name : files.names()) {
            Json.Obj o = out.addObject();
            o.put("path", name);
            o.put("size", Files.size(dir.resolve(name)));
            o.put("sha256", Checksums.sha256(dir.resolve(name)));
        }
        return Json.write(m);
    }

    /** RELEASES/latest → the newest period's link, replaced in one rename. */
    static void pointLatest(Path releases) throws IOException {
        List<String> periods = new ArrayList<>();
        try (Stream<Path> s = Files.list(releases)) {
            s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> DataFolder.PERIOD.matcher(n).matches()).forEach(periods::add);
        }
        if (periods.isEmpty()) return;
        periods.sort(DataFolder::comparePeriods);
        Path link = releases.resolve("latest");
        Path tmp = releases.resolve(".latest.tmp-" + ProcessHandle.current().pid());
        Files.deleteIfExists(tmp);
        Files.createSymbolicLink(tmp, Path.of(periods.get(periods.size() - 1)));
        renamer.rename(tmp, link);
    }

    /** One rename (replacing a link or file at {@code to}): atomic where the file system allows. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteTree(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(x);
        } catch (IOException ignored) {
            // a leftover temporary folder is harmless; it is hidden and replaced next time
        }
    }
}
