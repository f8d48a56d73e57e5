package io.qqhi.input;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The inputs fuzzing once broke a reader with (src/test/resources/fuzz/KIND-*.bin), replayed on
 * every build: each must now end in a normal result or a located input error.
 */
class FuzzCorpusTest {
    @Test
    void everySavedInputEndsWell() throws Exception {
        Path dir = Path.of("src/test/resources/fuzz");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".bin")).sorted().toList();
        }
        for (Path f : files) {
            String kind = f.getFileName().toString().split("-")[0];
            byte[] input = Files.readAllBytes(f);
            switch (kind) {
                case "survey": ReadersFuzz.mustEndWell(kind, input, ReadersFuzz::survey); break;
                case "yaml": ReadersFuzz.mustEndWell(kind, input, ReadersFuzz::yaml); break;
                default: ReadersFuzz.mustEndWell(kind, input, ReadersFuzz::department); break;
            }
        }
    }
}
