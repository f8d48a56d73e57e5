package io.qqhi.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A private copy of the bundled sample data that a test may break. */
public final class SampleDataCopy {
    private SampleDataCopy() {
    }

    public static Path into(Path dir) throws IOException {
        Path src = Path.of("sample-data");
        Path dst = dir.resolve("data");
        try (Stream<Path> s = Files.walk(src)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path t = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return dst;
    }

    public static Path departmentFile(Path data, String period, String prefix) throws IOException {
        try (Stream<Path> s = Files.list(data.resolve(period).resolve("departments"))) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }
}
