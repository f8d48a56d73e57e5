package io.qqhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import io.qqhi.analysis.PeriodComparison;
import io.qqhi.analysis.PreviousScores;
import io.qqhi.analysis.TwoWayLists;
import io.qqhi.compute.IndexResult;
import io.qqhi.compute.Pipeline;
import io.qqhi.input.PeriodInputs;
import io.qqhi.report.ComputeOutputs;

/** Wires the previous period (a folder, or the data folder's previous period) into the lists. */
final class Lists {
    private Lists() {
    }

    static ComputeOutputs.RunLists of(IndexResult result, RunSetup setup, Path previousDir, boolean noPrevious, PrintWriter err) {
        return of(result, setup, previousDir, noPrevious, true, err);
    }

    /** With {@code listed} false only the comparison of scores and ranks is made, no lists. */
    static ComputeOutputs.RunLists of(IndexResult result, RunSetup setup, Path previousDir, boolean noPrevious, boolean listed,
                                      PrintWriter err) {
        PreviousScores prev = noPrevious ? null : previous(setup, previousDir, err);
        PeriodComparison c = prev == null ? null : PeriodComparison.of(result, prev);
        TwoWayLists twoWay = listed ? TwoWayLists.build(result, prev, flagged(setup), prev == null ? null : prev.rectified()) : null;
        return new ComputeOutputs.RunLists(c, listed, twoWay);
    }

    /** Figures 数据甄别 asked to confirm: never promoted, marked 待核实 (unit and item of its warnings). */
    private static java.util.Set<String> flagged(RunSetup setup) {
        java.util.Set<String> s = new java.util.HashSet<>();
        for (io.qqhi.framework.Problem p : setup.problems.all()) {
            if (p.unit() != null && p.node() != null && io.qqhi.input.HistoryCheck.CODE.equals(p.code())) s.add(TwoWayLists.key(p.unit(), p.node()));
        }
        return s;
    }

    private static PreviousScores previous(RunSetup setup, Path dir, PrintWriter err) {
        if (dir != null) return PreviousScores.read(dir);
        PeriodInputs before = setup.loaded.previous();
        if (before == null) return null;
        IndexResult r = Pipeline.run(setup.framework, before.dataset(), setup.settings);
        if (r.hasErrors()) {
            err.println("qqhi: warning: period " + before.period() + " cannot be computed with these settings; no comparison");
            return null;
        }
        return PreviousScores.of(r, before.period());
    }
}
