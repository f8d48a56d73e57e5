package io.qqhi.app;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where default inputs live: the working directory when it has them, else the qqhi home
 * (QQHI_HOME, set by scripts/qqhi to the repository), so the launcher works from anywhere.
 */
public final class Defaults {
    private Defaults() {
    }

    public static Path resolve(String name) {
        Path local = Path.of(name);
        if (Files.exists(local)) return local;
        String home = System.getenv("QQHI_HOME");
        if (home != null) {
            Path h = Path.of(home).resolve(name);
            if (Files.exists(h)) return h;
        }
        return local;
    }

    public static Path framework(Path given) {
        return given != null ? given : resolve("indicators.yaml");
    }

    public static Path data(Path given) {
        return given != null ? given : resolve("sample-data");
    }
}
