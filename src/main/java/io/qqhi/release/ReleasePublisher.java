package io.qqhi.release;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.qqhi.framework.Checksums;
import io.qqhi.framework.OutputException;
import io.qqhi.report.Json;
import io.qqhi.report.OutputSet;

/**
 * Publishes a period's release into RELEASES/P safely, for cron: one run at a time (a lock file),
 * never over an existing period unless forced (then the old one is kept aside as
 * RELEASES/.P.replaced-…), built in a temporary sibling folder and published with one rename,
 * RELEASES/latest re-pointed atomically. A failure at any step before the rename publishes nothing.
 */
public final class ReleasePublisher {
    /** Exit code when another release holds the lock (sysexits EX_TEMPFAIL: try again later). */
    public static final int LOCKED = 75;

    private ReleasePublisher() {
    }

    /** An input recorded in the manifest. */
    public record Input(String role, Path file) {
    }

    public static Path publish(Path releases, String period, OutputSet files, List<Input> inputs, String version,
                               String settings, boolean force) {
        try {
            Files.createDirectories(releases);
        } catch (IOException e) {
            throw new OutputException(OutputException.CANT_CREATE, "cannot create " + releases + ": " + e.getMessage(), e);
        }
        Path lockFile = releases.resolve(".lock");
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = tryLock(ch)) {
            if (lock == null) {
                throw new OutputException(LOCKED, "another qqhi release is publishing into " + releases
                        + " right now; try again when it has finished", null);
            }
            Path target = releases.resolve(period);
            if (Files.exists(target) && !force) {
                throw new OutputException(OutputException.CANT_CREATE, "release " + period + " already exists in " + releases
                        + "; it is never overwritten without --force (which keeps the old one aside)", null);
            }
            Path tmp = releases.resolve("." + period + ".tmp-" + ProcessHandle.current().pid());
            deleteTree(tmp);
            try {
                AtomicFiles.write(tmp, files);
                Files.writeString(tmp.resolve("manifest.json"), manifest(tmp, period, files, inputs, version, settings));
                if (Files.exists(target)) {
                    Path aside = releases.resolve("." + period + ".replaced-" + Instant.now().toString().replace(':', '-'));
                    move(target, aside);
                }
                move(tmp, target);
            } catch (IOException | RuntimeException e) {
                deleteTree(tmp);
                if (e instanceof OutputException) throw (OutputException) e;
                throw new OutputException(OutputException.IO_ERROR, "release " + period + " not published: " + e.getMessage()
                        + "; earlier releases are unchanged", e);
            }
            pointLatest(releases);
            return target;
        } catch (IOException e) {
            throw new OutputException(OutputException.CANT_CREATE, "cannot lock " + lockFile + ": " + e.getMessage(), e);
        }
    }

    private static FileLock tryLock(FileChannel ch) throws IOException {
        try {
            return ch.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very process (a second run in the same JVM)
        }
    }

    static String manifest(Path dir, String period, OutputSet files, List<Input> inputs, String version, String settings)
            throws IOException {
        Json.Obj m = Json.object();
        m.put("tool", "qqhi");
        m.put("version", version);
        m.put("period", period);
        m.put("created", Instant.now().toString());
        m.put("settings", settings);
        Json.Arr in = m.putArray("inputs");
        for (Input i : inputs) {
            Json.Obj o = in.addObject();
            o.put("role", i.role());
            o.put("path", i.file().toString());
            o.put("size", Files.size(i.file()));
            o.put("sha256", Checksums.sha256(i.file()));
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

    /** RELEASES/latest → the newest period folder, replaced in one rename. */
    static void pointLatest(Path releases) throws IOException {
        List<String> periods = new ArrayList<>();
        try (Stream<Path> s = Files.list(releases)) {
            s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> io.qqhi.input.DataFolder.PERIOD.matcher(n).matches()).forEach(periods::add);
        }
        if (periods.isEmpty()) return;
        periods.sort(io.qqhi.input.DataFolder::comparePeriods);
        Path link = releases.resolve("latest");
        Path tmp = releases.resolve(".latest.tmp-" + ProcessHandle.current().pid());
        Files.deleteIfExists(tmp);
        Files.createSymbolicLink(tmp, Path.of(periods.get(periods.size() - 1)));
        Files.move(tmp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
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
