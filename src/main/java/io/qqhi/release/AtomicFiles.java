package io.qqhi.release;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import io.qqhi.framework.OutputException;
import io.qqhi.report.OutputSet;

/**
 * Writes an {@link OutputSet} into a folder in two steps: every file first goes to a temporary
 * sibling; only when all are written are they renamed over the old ones, each in one step. A run
 * that fails while writing leaves every earlier output as it was, and no reader sees half a file.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    public static void write(Path dir, OutputSet out) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new OutputException(OutputException.CANT_CREATE, "cannot create output folder " + dir + ": " + reason(e), e);
        }
        if (!Files.isWritable(dir)) {
            throw new OutputException(OutputException.CANT_CREATE, "output folder " + dir + " is not writable", null);
        }
        String tag = ".tmp-" + ProcessHandle.current().pid();
        List<String> names = out.names();
        List<Path[]> ready = new ArrayList<>();
        for (String name : names) {
            Path target = dir.resolve(name);
            ready.add(new Path[] {target.resolveSibling("." + target.getFileName() + tag), target});
        }
        // files are independent: formatting big ones on every core shortens national-scale runs. Each
        // task keeps its failure instead of throwing, so that every task has finished (and no thread
        // is still creating a file) before the temporaries are cleaned up.
        java.util.Queue<Throwable> failures = new java.util.concurrent.ConcurrentLinkedQueue<>();
        // a queue of files, biggest first, taken by one writer per core: the last big file does
        // not start when the other core has nothing left to do
        List<String> order = out.writingOrder();
        java.util.Map<String, Path> temps = new java.util.HashMap<>();
        for (int i = 0; i < names.size(); i++) temps.put(names.get(i), ready.get(i)[0]);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        int writers = Math.max(1, Math.min(order.size(), Runtime.getRuntime().availableProcessors()));
        java.util.stream.IntStream.range(0, writers).parallel().forEach(w -> {
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
        if (!failures.isEmpty()) {
            Throwable e = failures.peek();
            if (e instanceof java.io.UncheckedIOException u) e = u.getCause();
            cleanup(ready);
            if (e instanceof Error err) throw err;
            if (e instanceof AccessDeniedException) {
                throw new OutputException(OutputException.CANT_CREATE, "cannot write in " + dir + ": permission denied", e);
            }
            if (e instanceof IOException io) {
                throw new OutputException(OutputException.IO_ERROR, "error while writing to " + dir + ": " + reason(io)
                        + "; earlier outputs are unchanged", e);
            }
            throw new OutputException(OutputException.IO_ERROR, "error while writing to " + dir + ": " + e
                    + "; earlier outputs are unchanged", e);
        }
        for (Path[] p : ready) {
            try {
                move(p[0], p[1]);
            } catch (IOException e) {
                cleanup(ready);
                throw new OutputException(OutputException.IO_ERROR, "cannot replace " + p[1] + ": " + reason(e), e);
            }
        }
        for (String name : out.obsoleteNames()) {
            if (names.contains(name)) continue;
            try {
                Files.deleteIfExists(dir.resolve(name));
            } catch (IOException e) {
                throw new OutputException(OutputException.IO_ERROR, "the new outputs are in " + dir + ", but the stale "
                        + name + " of an earlier run cannot be removed: " + reason(e), e);
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

    static String reason(IOException e) {
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
