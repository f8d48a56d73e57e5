package io.qqhi.release;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.qqhi.framework.OutputException;
import io.qqhi.framework.Text;
import io.qqhi.report.OutputSet;

/**
 * Writes an {@link OutputSet} into a folder in two steps: every file first goes to a temporary
 * sibling; only when all are written are they renamed over the old ones, each in one step. A run
 * that fails while writing leaves every earlier output as it was, and no reader sees half a file.
 * Between the two steps a journal (.qqhi-journal) lists the renames still to do: a run killed while
 * renaming leaves it behind, and the next run into the folder completes the renames before anything
 * else, so the folder holds the old set or the new one, never a mix (docs/formats.md, outputs).
 * The folder is shared with other commands and the user's files: only qqhi's own files move.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    public static void write(Path dir, OutputSet out) {
        prepare(dir);
        recover(dir);
        // only files an earlier qqhi run wrote here may be removed as stale (a user's own file of the same name stays)
        Set<String> known = record(dir);
        String tag = ".tmp-" + ProcessHandle.current().pid();
        List<String> names = out.names();
        List<Path[]> ready = new ArrayList<>();
        for (String name : names) {
            Path target = dir.resolve(name);
            ready.add(new Path[] {target.resolveSibling("." + target.getFileName() + tag), target});
        }
        // the record names what this run writes before any temporary exists: a killed run's leftovers
        // are then known to be qqhi's, and only such files are ever cleaned up
        Set<String> intended = new TreeSet<>(known);
        intended.addAll(names);
        if (!intended.equals(known)) writeRecord(dir, intended, tag);
        writeTemporaries(dir, out, ready);
        Path journal = dir.resolve(JOURNAL);
        try {
            StringBuilder j = new StringBuilder();
            for (Path[] p : ready) j.append(dir.relativize(p[0])).append('\t').append(dir.relativize(p[1])).append('\n');
            // files this set replaces by leaving them out ("-" for no source: removed)
            for (String name : out.obsoleteNames()) {
                if (!names.contains(name) && known.contains(name)) j.append("-\t").append(name).append('\n');
            }
            Path jt = dir.resolve(JOURNAL + tag);
            Files.writeString(jt, j, StandardCharsets.UTF_8);
            move(jt, journal);
        } catch (IOException e) {
            cleanup(ready);
            throw new OutputException(OutputException.IO_ERROR, Text.of("output.write-failed", dir.toString(), reason(e)), e);
        }
        for (Path[] p : ready) {
            try {
                move(p[0], p[1]);
            } catch (IOException e) {
                throw new OutputException(OutputException.IO_ERROR, Text.of("output.replace-failed", p[1].toString(), reason(e)), e);
            }
        }
        removeStale(dir, out, names, known);
        known.addAll(names);
        writeRecord(dir, known, tag);
        try {
            Files.deleteIfExists(journal);
        } catch (IOException e) {
            throw new OutputException(OutputException.IO_ERROR, Text.of("output.cannot-remove", journal.toString(), reason(e)), e);
        }
    }

    /** The output folder, made when missing; one that cannot be made or written to ends the run (73). */
    private static void prepare(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new OutputException(OutputException.CANT_CREATE, Text.of("output.cannot-create", dir.toString(), reason(e)), e);
        }
        if (!Files.isWritable(dir)) {
            throw new OutputException(OutputException.CANT_CREATE, Text.of("output.not-writable", dir.toString()), null);
        }
    }

    /**
     * Every file of the set into its temporary ({@code ready[i][0]}). Files are independent:
     * formatting big ones on every core shortens national-scale runs. Each task keeps its failure
     * instead of throwing, so that every task has finished (and no thread is still creating a file)
     * before the temporaries are cleaned up and the failure is reported.
     */
    private static void writeTemporaries(Path dir, OutputSet out, List<Path[]> ready) {
        List<String> names = out.names();
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        // a queue of files, biggest first, taken by one writer per core: the last big file does
        // not start when the other core has nothing left to do
        List<String> order = out.writingOrder();
        Map<String, Path> temps = new HashMap<>();
        for (int i = 0; i < names.size(); i++) temps.put(names.get(i), ready.get(i)[0]);
        AtomicInteger next = new AtomicInteger();
        int writers = Math.max(1, Math.min(order.size(), Runtime.getRuntime().availableProcessors()));
        IntStream.range(0, writers).parallel().forEach(w -> {
            for (int i = next.getAndIncrement(); i < order.size() && failures.isEmpty(); i = next.getAndIncrement()) {
                Path tmp = temps.get(order.get(i));
                try {
                    Files.createDirectories(tmp.getParent());
                    try (OutputStream os = Files.newOutputStream(tmp)) { // OutputSet writes in large blocks
                        out.writeTo(order.get(i), os);
                    }
                } catch (IOException | RuntimeException | Error e) {
                    failures.add(e);
                }
            }
        });
        if (failures.isEmpty()) return;
        Throwable e = failures.peek();
        if (e instanceof UncheckedIOException u) e = u.getCause();
        cleanup(ready);
        if (e instanceof Error err) throw err;
        if (e instanceof AccessDeniedException) {
            throw new OutputException(OutputException.CANT_CREATE, Text.of("output.cannot-write", dir.toString(), reason((IOException) e)), e);
        }
        if (e instanceof IOException failed) {
            throw new OutputException(OutputException.IO_ERROR, Text.of("output.write-failed", dir.toString(), reason(failed)), e);
        }
        throw new OutputException(OutputException.IO_ERROR, Text.of("output.write-failed", dir.toString(), e.toString()), e);
    }

    /** Files an earlier run wrote here that this set leaves out, and per-place folders they leave empty. */
    private static void removeStale(Path dir, OutputSet out, List<String> names, Set<String> known) {
        for (String name : out.obsoleteNames()) {
            if (names.contains(name) || !known.contains(name)) continue;
            try {
                Path stale = dir.resolve(name);
                Files.deleteIfExists(stale);
                known.remove(name);
                Path parent = stale.getParent();
                if (!parent.equals(dir) && Files.isDirectory(parent)) {
                    try (Stream<Path> left = Files.list(parent)) {
                        if (left.findAny().isEmpty()) Files.delete(parent);
                    }
                }
            } catch (IOException e) {
                throw new OutputException(OutputException.IO_ERROR, Text.of("output.stale", dir.toString(), name, reason(e)), e);
            }
        }
    }

    static final String JOURNAL = ".qqhi-journal";
    /** A temporary of qqhi's: {@code .NAME.tmp-PID} beside NAME, or its own hidden files' {@code .qqhi-….tmp-PID}. */
    private static final Pattern TEMPORARY = Pattern.compile("\\.(.+)\\.tmp-(\\d+)");

    /**
     * Completes what a killed run left: the renames its journal lists (every file was complete before
     * the journal was written), then removes temporaries of runs no longer alive.
     */
    public static void recover(Path dir) {
        if (!Files.isDirectory(dir)) return;
        Path journal = dir.resolve(JOURNAL);
        try {
            if (Files.isRegularFile(journal)) {
                for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
                    String[] p = line.split("\t");
                    if (p.length != 2) continue;
                    Path target = dir.resolve(p[1]).normalize();
                    if (!target.startsWith(dir)) continue;
                    if (p[0].equals("-")) {
                        Files.deleteIfExists(target);
                        continue;
                    }
                    Path tmp = dir.resolve(p[0]).normalize();
                    if (tmp.startsWith(dir) && Files.exists(tmp)) move(tmp, target);
                }
                Files.delete(journal);
            }
            removeDeadTemporaries(dir);
        } catch (IOException | RuntimeException e) {
            throw new OutputException(OutputException.IO_ERROR, Text.of("output.recover-failed", dir.toString(),
                    e instanceof IOException io ? reason(io) : e.toString()), e);
        }
    }

    /**
     * Removes the temporaries of runs no longer alive — only those of files qqhi's record says it
     * writes here (a user's or another tool's {@code .x.tmp-1} stays), looking only in the folders
     * those files are in (never a walk of the whole tree under --out).
     */
    private static void removeDeadTemporaries(Path dir) throws IOException {
        Set<String> known = record(dir);
        Set<Path> folders = new TreeSet<>();
        folders.add(dir);
        for (String name : known) {
            Path parent = dir.resolve(name).normalize().getParent();
            if (parent != null && parent.startsWith(dir)) folders.add(parent);
        }
        for (Path folder : folders) {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) continue;
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, ".*.tmp-*")) {
                for (Path f : ds) {
                    Matcher m = TEMPORARY.matcher(f.getFileName().toString());
                    if (!m.matches() || !Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) continue;
                    String name = dir.relativize(folder.resolve(m.group(1))).toString().replace('\\', '/');
                    boolean ours = known.contains(name) || (folder.equals(dir) && (("." + m.group(1)).equals(RECORD)
                            || ("." + m.group(1)).equals(JOURNAL)));
                    if (ours && ProcessHandle.of(Long.parseLong(m.group(2))).isEmpty()) Files.deleteIfExists(f);
                }
            }
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void cleanup(List<Path[]> temps) {
        for (Path[] p : temps) {
            try {
                Files.deleteIfExists(p[0]);
            } catch (IOException ignored) {
                // the failure being reported matters more
            }
        }
    }

    /**
     * Why an I/O operation failed, once and in words (the file is named by the message around it):
     * the operating system's reason where Java has it, else the kind of failure.
     */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) return Text.of("io.no-such-file");
        if (e instanceof AccessDeniedException) return Text.of("io.access-denied");
        if (e instanceof NotDirectoryException) return Text.of("io.not-directory");
        if (e instanceof FileAlreadyExistsException) return Text.of("io.exists");
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The hidden record of the files qqhi has written into a folder (docs/formats.md, outputs). */
    public static final String RECORD = ".qqhi-files";

    private static Set<String> record(Path dir) {
        Set<String> known = new TreeSet<>();
        Path f = dir.resolve(RECORD);
        try {
            if (Files.isRegularFile(f) && Files.size(f) < 64L << 20) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) if (!line.isBlank()) known.add(line.strip());
            }
        } catch (IOException e) {
            // without the record nothing is removed as stale: the safe side
        }
        return known;
    }

    private static void writeRecord(Path dir, Set<String> known, String tag) {
        Path tmp = dir.resolve(RECORD + tag);
        try {
            Files.writeString(tmp, String.join("\n", known) + "\n", StandardCharsets.UTF_8);
            move(tmp, dir.resolve(RECORD));
        } catch (IOException e) {
            throw new OutputException(OutputException.IO_ERROR, Text.of("output.write-failed", dir.toString(), reason(e)), e);
        }
    }
}
