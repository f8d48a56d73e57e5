package io.qqhi.release;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import io.qqhi.framework.OutputException;
import io.qqhi.framework.Text;

/**
 * Writes a collection round's files in the data folder (docs/formats.md, round.yaml): one
 * {@code qqhi round} at a time per period (a lock file, exit 75 when held), every file replaced in
 * one step (a temporary sibling renamed over it), and a department file's earlier version moved
 * byte for byte to {@code departments/.versions/} before the new one takes its name — nothing is
 * ever overwritten.
 */
public final class RoundStore implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private RoundStore(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the period folder's round lock. */
    public static RoundStore open(Path periodDir) {
        Path lockFile = periodDir.resolve(".round.lock");
        try {
            Files.createDirectories(periodDir);
            FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null;
            }
            if (l == null) {
                ch.close();
                throw new OutputException(ReleasePublisher.LOCKED, Text.of("round.locked", periodDir.toString()), null);
            }
            return new RoundStore(ch, l);
        } catch (IOException e) {
            throw new OutputException(OutputException.CANT_CREATE, Text.of("output.cannot-lock", lockFile.toString(),
                    AtomicFiles.reason(e)), e);
        }
    }

    /** Replaces {@code target} with {@code text} (UTF-8) in one step. */
    public void write(Path target, String text) {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces {@code target} with {@code bytes} in one step. */
    public void write(Path target, byte[] bytes) {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(target.getParent());
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the failure being reported matters more
            }
            throw new OutputException(OutputException.CANT_CREATE, Text.of("output.cannot-write", target.toString(),
                    AtomicFiles.reason(e)), e);
        }
    }

    /** Moves {@code file} to {@code kept} (refusing to overwrite anything there) before a new version takes its place. */
    public void keep(Path file, Path kept) {
        try {
            Files.createDirectories(kept.getParent());
            Files.move(file, kept);
        } catch (IOException e) {
            throw new OutputException(OutputException.CANT_CREATE, Text.of("output.cannot-write", kept.toString(),
                    AtomicFiles.reason(e)), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the lock goes with the process in any case
        }
    }
}
