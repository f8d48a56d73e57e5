package io.qqhi.app;

import io.qqhi.analysis.Explanation;
import io.qqhi.analysis.RankMoveSplit;
import io.qqhi.analysis.TargetPlanner;
import io.qqhi.compute.IndexResult;
import io.qqhi.input.PeriodInputs;
import io.qqhi.report.PlaceLists;

/** Why a place ranks where it does: its explanation, its lists, its rank move split and the gap to the next tier. */
public final class ExplainUseCase {
    private ExplainUseCase() {
    }

    /** @param details also split the rank move and plan the next tier (the text view shows them) */
    public record Request(RunRequest run, String unit, boolean details) {
    }

    /**
     * @param previousPeriod the period the rank move is split against, null without one
     * @param split          own and others' share of the rank move, null without details or a previous period
     * @param nextTier       the cheapest plan to the tier above, null at the top tier or without details
     */
    public record Result(IndexResult index, Explanation explanation, String poolName, PlaceLists lists,
                         String previousPeriod, int[] split, TargetPlanner.Plan nextTier) {
    }

    public static Result run(Request req, Reporter reporter) {
        PreparedRun run = PreparedRun.of("explain", req.run(), true, reporter);
        IndexResult result = run.compute();
        Explanation e = Explanation.of(result, req.unit());
        if (e == null) throw Places.unknown(result, req.unit());
        PlaceLists lists = PeriodLists.of(result, run, null, false, reporter).twoWay();
        String poolName = result.framework().poolName(e.pool());
        if (!req.details()) return new Result(result, e, poolName, lists, null, null, null);
        PeriodInputs before = run.loaded().previous();
        int[] split = before == null ? null : RankMoveSplit.of(result.framework(), run.settings(), before.dataset(),
                run.loaded().dataset(), e.unit().code()).get(e.pool() + "/" + e.unit().code());
        String next = result.settings().tiers().above(e.tier());
        TargetPlanner.Plan plan = next == null ? null : TargetPlanner.plan(result.framework(), run.loaded().dataset(),
                run.settings(), e.unit().code(), TargetPlanner.Target.tier(next), TargetPlanner.Options.defaults());
        return new Result(result, e, poolName, lists, before == null ? null : before.period(), split, plan);
    }
}
