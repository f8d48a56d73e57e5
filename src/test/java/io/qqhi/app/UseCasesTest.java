package io.qqhi.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qqhi.framework.Text;

/**
 * The application layer called as a library, with no command line: the sample period computed,
 * released and documented through plain requests, and the results agree with each other.
 */
class UseCasesTest {
    static {
        Text.use("zh");
    }

    @Test
    void computeReleaseAndDocumentTheSamplePeriodWithoutTheCommandLine(@TempDir Path dir) throws Exception {
        RunRequest sample = RunRequest.defaults();
        ComputeUseCase.Result computed = ComputeUseCase.run(new ComputeUseCase.Request(sample, dir.resolve("out"), null, false, true),
                Reporter.SILENT);
        assertEquals("2026H1", computed.period());
        assertTrue(Files.isRegularFile(dir.resolve("out/scores.csv")));
        assertTrue(computed.files().names().contains("rankings-district.csv"), computed.files().names()::toString);
        assertNotNull(computed.lists().comparison(), "the data folder's previous period is compared");

        ReleaseUseCase.Result released = ReleaseUseCase.run(new ReleaseUseCase.Request(sample, dir.resolve("rel"), null, false, 3),
                Reporter.SILENT);
        assertTrue(released.published());
        assertEquals("2026H1", released.period());
        // the release's scores are the compute's, byte for byte
        assertArrayEquals(Files.readAllBytes(dir.resolve("out/scores.csv")), Files.readAllBytes(dir.resolve("rel/2026H1/scores.csv")));

        // a second release of unchanged inputs does nothing
        ReleaseUseCase.Result again = ReleaseUseCase.run(new ReleaseUseCase.Request(sample, dir.resolve("rel"), null, false, 3),
                Reporter.SILENT);
        assertFalse(again.published());

        // a letter written alone is the one the release made (compared with the release's own comparison)
        DocumentUseCase.Result letter = DocumentUseCase.run(new DocumentUseCase.Request(sample, DocumentUseCase.Kind.letter, "江北区",
                false, dir.resolve("doc"), null, false), Reporter.SILENT);
        Path inRelease = dir.resolve("rel/2026H1").resolve(dir.resolve("doc").relativize(letter.file()).toString());
        assertArrayEquals(Files.readAllBytes(inRelease), letter.bytes());
    }

    @Test
    void aReplayRequestNamesNothingElse(@TempDir Path dir) {
        RunRequest req = RunRequest.defaults().withPeriod("2025H2").withSettings(dir.resolve("settings.yaml"));
        UsageException e = assertThrows(UsageException.class, () -> Replay.resolve(req));
        assertTrue(e.getMessage().contains("--settings"), e.getMessage());
    }

    @Test
    void aPlaceTheRunDoesNotHaveIsAUsageErrorWithTheNearestName() {
        UsageException e = assertThrows(UsageException.class, () -> ExplainUseCase.run(
                new ExplainUseCase.Request(RunRequest.defaults(), "江北", false), Reporter.SILENT));
        assertTrue(e.getMessage().contains("江北区"), e.getMessage());
    }

    @Test
    void traceNamesTheDepartmentFiguresBehindALeaf() {
        TraceUseCase.Result r = TraceUseCase.run(new TraceUseCase.Request(RunRequest.defaults(), "JB", "B1.2.2", null),
                Reporter.SILENT);
        assertEquals("JB", r.trace().unit().code());
        assertTrue(r.changed().isEmpty());
        assertEquals("区（县、市）", r.poolName());
    }
}
