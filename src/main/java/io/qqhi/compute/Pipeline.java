package io.qqhi.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.qqhi.framework.Framework;
import io.qqhi.framework.Problem;
import io.qqhi.framework.ScoreScale;
import io.qqhi.framework.Settings;
import io.qqhi.framework.Severity;
import io.qqhi.input.Dataset;

/**
 * The index computation, pure (no I/O), as named stages (docs/methods.md, the pipeline): per pool,
 * each leaf through denominate → impute → treat → normalise, then the pool through aggregate →
 * screen → rank → tiers. Same inputs, same outputs.
 */
public final class Pipeline {
    /** The pool whose units use only leaves flagged {@code township: true} (docs/methods.md: townships use the township leaves only). */
    public static final String TOWNSHIP_POOL = "township";

    /** Pools at least this large work through their leaves and rank their nodes in parallel (smaller ones are quicker on one thread). */
    static final int PARALLEL = 5000;

    private Pipeline() {
    }

    /** The leaf stages of a run, in order. */
    static List<LeafStage> leafStages(Settings settings) {
        return List.of(new DenominateStage(), new ImputeStage(settings.impute()), new TreatStage(settings.outliers()),
                new NormaliseStage());
    }

    /** The pool stages of a run, in order, after the leaf stages. */
    static List<PoolStage> poolStages() {
        return List.of(new AggregateStage(), new ScreenStage(), new RankStage(), new TierStage());
    }

    public static IndexResult run(Framework fw, Dataset data, Settings settings) {
        Map<String, List<Integer>> pools = new LinkedHashMap<>();
        for (int u = 0; u < data.units().size(); u++) {
            pools.computeIfAbsent(data.units().get(u).pool(), k -> new ArrayList<>()).add(u);
        }
        List<PoolResult> results = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int[] leafNodes = fw.leaves();
        int[] dataColumns = new int[leafNodes.length];
        Map<String, Integer> byId = new HashMap<>();
        for (int c = 0; c < data.leafIds().size(); c++) byId.putIfAbsent(data.leafIds().get(c), c);
        for (int j = 0; j < leafNodes.length; j++) dataColumns[j] = byId.getOrDefault(fw.node(leafNodes[j]).id(), -1);
        for (Map.Entry<String, List<Integer>> e : pools.entrySet()) {
            List<Integer> rows = e.getValue();
            if (settings.screen().drops() && settings.minShare() > 0) rows = screened(fw, data, dataColumns, settings, e.getKey(), rows, problems);
            if (rows.isEmpty()) continue;
            PoolResult r = runPool(new PoolRun(fw, data, dataColumns, settings, e.getKey(), rows));
            results.add(r);
            problems.addAll(r.problems());
        }
        return new IndexResult(fw, settings, List.copyOf(results), List.copyOf(problems));
    }

    /**
     * The pool's rows without the units the screen drops (docs/methods.md, screening: COINr's
     * Screen removes a unit whose Dat_Avail is below dat_thresh, strictly), each dropped unit a warning.
     */
    private static List<Integer> screened(Framework fw, Dataset data, int[] dataColumns, Settings settings, String pool,
                                          List<Integer> rows, List<Problem> problems) {
        boolean[] active = activeNodes(fw, pool);
        List<Integer> kept = new ArrayList<>();
        for (int row : rows) {
            double share = ScreenStage.available(fw, data, dataColumns, active, row, settings.screen().byCount());
            if (share < settings.minShare() - 1e-12) {
                problems.add(Problem.coded(Severity.WARNING, null, 0, 0, data.units().get(row).code(), null, "screen.dropped", pool,
                        percent(share), percent(settings.minShare())));
            } else {
                kept.add(row);
            }
        }
        return kept;
    }

    private static String percent(double share) {
        return BigDecimal.valueOf(Math.round(share * 1000) / 10.0).stripTrailingZeros().toPlainString() + "%";
    }

    /** The scale of a pool's index scores, null when a method has none fixed (docs/methods.md, one scale per run). */
    public static ScoreScale indexScale(Framework fw, Settings settings, boolean[] active) {
        return TierStage.indexScale(fw, settings, active);
    }

    /** Which nodes take part in a pool: townships only the township leaves and their ancestors. */
    public static boolean[] activeNodes(Framework fw, String pool) {
        boolean[] active = new boolean[fw.size()];
        for (int leaf : fw.leaves()) {
            active[leaf] = !pool.equals(TOWNSHIP_POOL) || fw.node(leaf).township();
        }
        for (int i = fw.size() - 1; i > 0; i--) {
            if (active[i]) active[fw.parent(i)] = true;
        }
        return active;
    }

    /** One pool through every stage. */
    static PoolResult runPool(PoolRun run) {
        List<LeafStage> leafStages = leafStages(run.settings);
        for (LeafStage s : leafStages) s.prepare(run);
        int l = run.leafCount();
        LeafStage.Work[] work = new LeafStage.Work[l];
        // leaves are independent: a national pool's 37 columns of 40,000 share the cores; what each
        // leaf reports is kept apart and joined in leaf order, so nothing depends on threads
        IntStream leaves = IntStream.range(0, l);
        (run.m >= PARALLEL ? leaves.parallel() : leaves).forEach(j -> {
            work[j] = new LeafStage.Work(run, j);
            if (!run.isActive(j)) {
                run.inactive(j);
                return;
            }
            for (LeafStage s : leafStages) s.apply(work[j]);
        });
        for (LeafStage.Work w : work) {
            run.problems.addAll(w.found);
            run.adjustments.addAll(w.changed);
        }
        for (PoolStage s : poolStages()) s.apply(run);
        return run.result();
    }
}
