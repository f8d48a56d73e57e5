package io.qqhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import io.qqhi.analysis.ListBuilder;
import io.qqhi.analysis.PeriodComparison;
import io.qqhi.analysis.PreviousScores;
import io.qqhi.analysis.ShortboardEntry;
import io.qqhi.compute.IndexResult;
import io.qqhi.compute.Pipeline;
import io.qqhi.framework.Problems;
import io.qqhi.input.PeriodInputs;
import io.qqhi.input.PeriodLoader;
import io.qqhi.report.ComputeOutputs;

/** Wires the previous period (a folder, or the data folder's previous period) into the short-board lists. */
final class Lists {
    private Lists() {
    }

    static ComputeOutputs.RunLists of(IndexResult result, RunSetup setup, Path previousDir, boolean noPrevious, PrintWriter err) {
        PreviousScores prev = noPrevious ? null : previous(setup, previousDir, err);
        List<ShortboardEntry> boards = ListBuilder.shortboards(result, prev);
        List<ShortboardEntry> strengths = ListBuilder.strengths(result, prev);
        PeriodComparison c = prev == null ? null : PeriodComparison.of(result, prev, boards);
        return new ComputeOutputs.RunLists(boards, strengths, c);
    }

    private static PreviousScores previous(RunSetup setup, Path dir, PrintWriter err) {
        if (dir != null) return PreviousScores.read(dir);
        if (setup.loaded.folder() == null || setup.loaded.period() == null) return null;
        String prevPeriod = setup.loaded.folder().previous(setup.loaded.period().period());
        if (prevPeriod == null) return null;
        Problems problems = new Problems();
        PeriodLoader loader = new PeriodLoader(setup.framework, setup.loaded.folder(), "auto");
        PeriodInputs in = loader.load(prevPeriod, setup.loaded.period().registry(), false, problems);
        if (problems.hasErrors()) {
            err.println("qqhi: warning: period " + prevPeriod + " has input errors (run validate --period " + prevPeriod
                    + "); no comparison with it");
            return null;
        }
        IndexResult r = Pipeline.run(setup.framework, in.dataset(), setup.settings);
        if (r.hasErrors()) return null;
        return PreviousScores.of(r, prevPeriod, ListBuilder.shortboards(r, null));
    }
}
