package io.qqhi.release;

import java.io.IOException;
import java.nio.file.Path;

/** Fault injection for release tests: the publisher's renames to one path fail as a disk would. */
public final class ReleaseFaults {
    private ReleaseFaults() {
    }

    public static void failRenamesTo(Path target) {
        ReleasePublisher.Renamer real = ReleasePublisher.renamer;
        ReleasePublisher.renamer = (from, to) -> {
            if (to.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
                throw new IOException("rename failed (injected)");
            }
            real.rename(from, to);
        };
    }

    public static void reset() {
        ReleasePublisher.renamer = ReleasePublisher::move;
    }
}
