package io.qqhi.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.qqhi.compute.IndexResult;
import io.qqhi.framework.Problem;
import io.qqhi.release.AtomicFiles;
import io.qqhi.report.ComputeOutputs;
import io.qqhi.report.OutputSet;

/** Computes a period and writes its scores, rankings, lists and record to a folder (docs/formats.md, outputs). */
public final class ComputeUseCase {
    private ComputeUseCase() {
    }

    /**
     * @param out       the output folder, replaced file by file atomically
     * @param previous  an earlier run's output folder to compare with; null: the data folder's previous period
     * @param noPrevious no comparison at all
     * @param lists     false: scores, ranks and the comparison only (an earlier run's lists are removed)
     */
    public record Request(RunRequest run, Path out, Path previous, boolean noPrevious, boolean lists) {
    }

    /** What was computed and written; {@code problems} are every input and computing problem (problems.csv). */
    public record Result(PreparedRun run, IndexResult index, ComputeOutputs.RunLists lists, List<Problem> problems,
                         OutputSet files) {
        public String period() {
            return run.period();
        }
    }

    /** The five phases reported to {@link Reporter#track}: read, compute, lists, outputs, write. */
    public static final int PHASES = 5;

    public static Result run(Request req, Reporter reporter) {
        // a run killed while replacing its files is completed first (docs/formats.md, outputs)
        AtomicFiles.recover(req.out());
        Reporter.Tracker progress = reporter.track("progress.compute", PHASES);
        PreparedRun run = PreparedRun.of("compute", req.run(), true, reporter);
        progress.accept(1);
        IndexResult result = run.compute();
        progress.accept(2);
        List<Problem> all = new ArrayList<>(run.problems().all());
        all.addAll(result.problems());
        ComputeOutputs.RunLists lists = PeriodLists.of(result, run, req.previous(), req.noPrevious(), req.lists(), reporter);
        if (lists.comparison() != null) all.addAll(lists.comparison().notes());
        progress.accept(3);
        run.failIfStrict(all);
        OutputSet files = ComputeOutputs.build(result, run.loaded().period(), run.settingsYaml(), all, lists);
        progress.accept(4);
        AtomicFiles.write(req.out(), files);
        progress.accept(5);
        progress.finish();
        return new Result(run, result, lists, all, files);
    }
}
