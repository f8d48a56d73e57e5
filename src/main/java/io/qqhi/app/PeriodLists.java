package io.qqhi.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.qqhi.analysis.Ledger;
import io.qqhi.analysis.ListEvidence;
import io.qqhi.analysis.PeriodComparison;
import io.qqhi.analysis.PreviousScores;
import io.qqhi.analysis.RectificationProgress;
import io.qqhi.analysis.TwoWayLists;
import io.qqhi.compute.IndexResult;
import io.qqhi.compute.Yardstick;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Severity;
import io.qqhi.input.DataFolder;
import io.qqhi.input.HistoryCheck;
import io.qqhi.report.ComputeOutputs;
import io.qqhi.report.ListText;
import io.qqhi.report.PlaceLists;

/** Wires the previous period (a folder, or the data folder's previous period) into the comparison and the lists. */
public final class PeriodLists {
    private PeriodLists() {
    }

    /** The comparison with the previous period and the lists. */
    public static ComputeOutputs.RunLists of(IndexResult result, PreparedRun run, Path previousDir, boolean noPrevious,
                                             Reporter reporter) {
        return of(result, run, previousDir, noPrevious, true, reporter);
    }

    /** With {@code listed} false only the comparison of scores and ranks is made, no lists. */
    public static ComputeOutputs.RunLists of(IndexResult result, PreparedRun run, Path previousDir, boolean noPrevious,
                                             boolean listed, Reporter reporter) {
        PreviousScores prev = noPrevious ? null : previous(run, result, previousDir, reporter);
        PeriodComparison c = prev == null ? null : PeriodComparison.of(result, prev);
        TwoWayLists facts = listed ? TwoWayLists.build(result, prev, flagged(run), prev == null ? null : prev.rectified(),
                ListEvidence.of(result.framework(), run.loaded().period())) : null;
        Ledger ledger = facts == null || prev == null ? null : ledger(previousDir, prev.label());
        RectificationProgress progress = null;
        if (facts != null && prev != null && prev.rectified() != null) {
            facts = new TwoWayLists(facts.rectification(), facts.promotion(), facts.watch(),
                    RectificationProgress.closeWithLedger(facts.followUp(), ledger));
            String period = run.period();
            progress = RectificationProgress.of(facts.followUp(), ledger, facts.rectification(),
                    period != null && DataFolder.PERIOD.matcher(period).matches() ? DataFolder.lastDay(period) : null);
        }
        PlaceLists twoWay = ListText.render(facts, result.framework(), run.period(), ledger,
                CasesUseCase.read(run.loaded().folder(), run.period()));
        return new ComputeOutputs.RunLists(c, listed, twoWay, progress);
    }

    /**
     * Last period's rectification ledger (docs/formats.md, ledger): beside the releases, at
     * {@code RELEASES/ledger/P/ledger.csv} for a previous release {@code RELEASES/P}; null when none was kept.
     */
    private static Ledger ledger(Path previousDir, String previousPeriod) {
        Path file = previousDir == null || previousPeriod == null ? null : LedgerUseCase.besideRelease(previousDir, previousPeriod);
        return file != null && Files.isRegularFile(file) ? LedgerUseCase.read(file) : null;
    }

    /** Figures 数据甄别 asked to confirm: never promoted, marked 待核实 (unit and item of its warnings). */
    private static Set<String> flagged(PreparedRun run) {
        Set<String> s = new HashSet<>();
        for (Problem p : run.problems().all()) {
            if (p.unit() != null && p.node() != null && HistoryCheck.CODE.equals(p.code())) s.add(TwoWayLists.key(p.unit(), p.node()));
        }
        return s;
    }

    /**
     * The previous period: its published ranks and lists, with its scores recomputed on this
     * period's yardstick (docs/methods.md, change over periods) — from the data folder when it
     * holds that period; else its own scores, with a warning that the change mixes two yardsticks.
     */
    private static PreviousScores previous(PreparedRun run, IndexResult current, Path dir, Reporter reporter) {
        PreviousScores published;
        if (dir != null) {
            published = PreviousScores.read(dir);
        } else {
            IndexResult r = run.computePrevious();
            if (r == null) return null;
            String period = run.loaded().previous().period();
            if (r.hasErrors()) {
                reporter.warnings(List.of(Problem.coded(Severity.WARNING, null, 0, 0, null, null, "previous.not-computable",
                        DataFolder.labelFor(period))));
                return null;
            }
            published = PreviousScores.of(r, period, ListEvidence.of(r.framework(), run.loaded().previous()));
        }
        IndexResult comparable = run.computeOnYardstick(published.label(), current);
        if (comparable != null && !comparable.hasErrors()) return published.onYardstick(comparable);
        reporter.warnings(List.of(Problem.coded(Severity.WARNING, null, 0, 0, null, null,
                Yardstick.of(run.settings()) == Yardstick.Kind.NONE ? "previous.no-yardstick" : "previous.own-yardstick",
                DataFolder.labelFor(published.label()))));
        return published;
    }
}
