package io.qqhi.release;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import io.qqhi.framework.OutputException;
import io.qqhi.report.OutputSet;

/**
 * Writes an {@link OutputSet} into a folder: each file goes to a temporary sibling first and is
 * renamed over the old one in one step, so a reader never sees half a file and an interrupted
 * run leaves every file either old or new, never broken.
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
        for (Map.Entry<String, byte[]> f : out.files().entrySet()) {
            Path target = dir.resolve(f.getKey());
            writeOne(target, f.getValue());
        }
    }

    public static void writeOne(Path target, byte[] content) {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            Files.createDirectories(target.getParent());
            Files.write(tmp, content);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (AccessDeniedException e) {
            cleanup(tmp);
            throw new OutputException(OutputException.CANT_CREATE, "cannot write " + target + ": permission denied", e);
        } catch (IOException e) {
            cleanup(tmp);
            throw new OutputException(OutputException.IO_ERROR, "error while writing " + target + ": " + reason(e), e);
        }
    }

    private static void cleanup(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // the failure being reported matters more
        }
    }

    static String reason(IOException e) {
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
