package io.qqhi.app;

import java.nio.file.Path;

import io.qqhi.release.AtomicFiles;
import io.qqhi.report.OutputSet;
import io.qqhi.report.records.LeavesWriter;

/** The leaf values derived from a period's data, written in the --indicator-data format. */
public final class LeavesUseCase {
    private LeavesUseCase() {
    }

    public record Request(RunRequest run, Path out) {
    }

    public record Result(Path file) {
    }

    public static Result run(Request req, Reporter reporter) {
        PreparedRun run = PreparedRun.of("leaves", req.run(), false, reporter);
        OutputSet files = new OutputSet();
        String name = OutputSet.safe(req.out().getFileName().toString().replaceAll("\\.csv$", "")) + ".csv";
        files.stream(name, w -> LeavesWriter.csv(run.loaded().dataset(), w));
        Path dir = req.out().toAbsolutePath().getParent();
        AtomicFiles.write(dir, files);
        return new Result(dir.resolve(name));
    }
}
