package io.qqhi.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import io.qqhi.compute.IndexResult;
import io.qqhi.compute.Pipeline;
import io.qqhi.compute.PoolResult;
import io.qqhi.compute.Stats;
import io.qqhi.compute.TierAssigner;
import io.qqhi.framework.Formula;
import io.qqhi.framework.Framework;
import io.qqhi.framework.Item;
import io.qqhi.framework.Node;
import io.qqhi.framework.ScoreScale;
import io.qqhi.framework.Settings;
import io.qqhi.framework.Text;
import io.qqhi.framework.TierSpec;
import io.qqhi.input.Dataset;
import io.qqhi.input.MissingWhy;
import io.qqhi.input.UnitRecord;

/**
 * The least improvement plan for one unit to reach a score, a tier or a rank (docs/methods.md,
 * targets): which leaves' raw values to change, from what to what, with the other units held
 * fixed and the whole pool recomputed for every value tried, so benchmarks that move when the unit
 * becomes a leaf's best or worst are part of the answer, not an afterthought.
 *
 * <p>The search is greedy over each lever's breakpoints (the other units' values, the leaf's own
 * targets, its feasible end): it takes the step that gains the most margin per unit of cost, and
 * whenever a step would reach the target it works out the least value that does (bisection) and
 * keeps the cheapest finished plan. On a separable, piecewise-linear index (arithmetic
 * aggregation of linear normalisers) this is the fractional-knapsack optimum; elsewhere it is a
 * heuristic, and what it returns has always been checked by a full recomputation.
 */
public final class TargetPlanner {
    public enum Kind { SCORE, TIER, RANK }

    /** What the unit should reach: a score, a tier (by name) or a rank. */
    public record Target(Kind kind, double score, String tier, int rank) {
        public static Target score(double s) {
            return new Target(Kind.SCORE, s, null, 0);
        }

        public static Target tier(String name) {
            return new Target(Kind.TIER, Double.NaN, name, 0);
        }

        public static Target rank(int r) {
            return new Target(Kind.RANK, Double.NaN, null, r);
        }
    }

    /** How a plan's cost is counted: raw changes scaled by the pool's range, or the leaves' score points. */
    public enum Objective { SCALED, POINTS }

    /**
     * @param leaves           the leaves that may change (null: every lever)
     * @param maxChangePercent the most a leaf may change, in percent of the pool's range on it (null: no limit)
     */
    public record Options(List<String> leaves, Double maxChangePercent, Objective objective) {
        public static Options defaults() {
            return new Options(null, null, Objective.SCALED);
        }
    }

    /** One leaf of a plan: its raw value now and needed, its score before and after, the index points it brings. */
    public record Change(int node, String leaf, String name, String unitOfMeasure, double from, double to,
                         double scoreFrom, double scoreTo, double points, int decimals) {
    }

    /** The target by one leaf alone: the value needed, or null with the best index that leaf can give. */
    public record Single(int node, String leaf, String name, String unitOfMeasure, double from, Double to, double bestIndex,
                         double cost, int decimals) {
    }

    /** Where the unit stands: index, rank (0: not ranked) and tier (null: none). */
    public record Standing(double index, int rank, String tier) {
    }

    /**
     * The answer. {@code threshold} is the index the target means (the tier's minimum; for a rank,
     * the index of the unit to draw level with at the start); NaN where none applies.
     */
    public record Plan(UnitRecord unit, String pool, Target target, double threshold, boolean reachable,
                       Standing before, Standing after, List<Change> changes, List<Single> singles,
                       List<String> missing, List<String> fixed, String reason, Objective objective) {
    }

    /** A target the run cannot mean (a tier name it does not have, tiers off): the message says which. */
    public static final class BadTarget extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        BadTarget(String message) {
            super(message);
        }
    }

    private static final int BISECTIONS = 40;

    private final Framework fw;
    private final Settings settings;
    private final Dataset poolData;
    private final int u;
    private final String pool;
    private final Target target;
    private final Options options;
    private final double[] start;
    private int evaluations;

    private TargetPlanner(Framework fw, Settings settings, Dataset poolData, int u, Target target, Options options) {
        this.fw = fw;
        this.settings = settings;
        this.poolData = poolData;
        this.u = u;
        this.pool = poolData.units().get(u).pool();
        this.target = target;
        this.options = options;
        this.start = poolData.values()[u].clone();
    }

    /**
     * The plan for {@code unitCode} in {@code data} under the framework and settings of a run.
     * Null when no unit has that code.
     */
    public static Plan plan(Framework fw, Dataset data, Settings settings, String unitCode, Target target, Options options) {
        int row = -1;
        for (int i = 0; i < data.units().size(); i++) if (data.units().get(i).code().equals(unitCode)) row = i;
        if (row < 0) return null;
        String pool = data.units().get(row).pool();
        List<UnitRecord> units = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        List<MissingWhy[]> why = new ArrayList<>();
        int at = -1;
        for (int i = 0; i < data.units().size(); i++) {
            if (!data.units().get(i).pool().equals(pool)) continue;
            if (i == row) at = units.size();
            units.add(data.units().get(i));
            values.add(data.values()[i]);
            why.add(data.missingWhy() == null ? null : data.missingWhy()[i]);
        }
        Dataset poolData = new Dataset(data.source(), units, data.leafIds(), values.toArray(new double[0][]),
                data.missingWhy() == null ? null : why.toArray(new MissingWhy[0][]));
        return new TargetPlanner(fw, settings, poolData, at, target, options).run();
    }

    /** How many times the pool was recomputed (for the performance notes). */
    int evaluations() {
        return evaluations;
    }

    // ---- the levers ---------------------------------------------------------------------------

    /** A leaf the plan may change: its data column, direction, pool range, feasible end and breakpoints. */
    record Lever(int node, int column, int position, int sign, double range, double end, double[] breakpoints,
                         double step) {
        double cost(double from, double to) {
            return Math.abs(to - from) / range;
        }

        /** Decimals that show a value at the lever's precision. */
        int decimals() {
            return Math.max(0, (int) Math.round(-Math.log10(step)));
        }
    }

    private List<Lever> levers(PoolResult base, List<String> missing, List<String> fixed) {
        boolean[] active = Pipeline.activeNodes(fw, pool);
        int[] leafNodes = fw.leaves();
        List<Lever> out = new ArrayList<>();
        for (int j = 0; j < leafNodes.length; j++) {
            int node = leafNodes[j];
            Node leaf = fw.node(node);
            if (!active[node]) continue;
            if (options.leaves() != null && !options.leaves().contains(leaf.id())) continue;
            int column = poolData.leafIds().indexOf(leaf.id());
            if (column < 0) continue;
            Boolean says = fw.lever(node);
            boolean negativeEvent = leaf.normalise() != null && leaf.normalise().method().equals("deduction");
            if (Boolean.FALSE.equals(says) || (negativeEvent && !Boolean.TRUE.equals(says))) {
                fixed.add(leaf.id());
                continue;
            }
            double x0 = start[column];
            if (Double.isNaN(x0)) {
                missing.add(leaf.id());
                continue;
            }
            int sign = leaf.direction().sign;
            double[] values = new double[poolData.values().length];
            for (int i = 0; i < values.length; i++) values[i] = poolData.values()[i][column];
            double min = Stats.min(values);
            double max = Stats.max(values);
            double range = max - min;
            if (!(range > 0)) range = x0 != 0 ? Math.abs(x0) : 1;
            // the feasible end: the leaf's range; without one (a growth rate), the pool's best plus its range
            double end;
            if (sign > 0) {
                end = leaf.range() != null && Double.isFinite(leaf.range().high()) ? leaf.range().high() : Math.max(max, x0) + range;
            } else {
                end = leaf.range() != null && Double.isFinite(leaf.range().low()) ? leaf.range().low() : Math.min(min, x0) - range;
            }
            if (options.maxChangePercent() != null) {
                double most = options.maxChangePercent() / 100 * range;
                end = sign > 0 ? Math.min(end, x0 + most) : Math.max(end, x0 - most);
            }
            if (sign * (end - x0) <= 0) {
                fixed.add(leaf.id());
                continue;
            }
            TreeSet<Double> points = new TreeSet<>();
            for (double v : values) TargetSearch.addBetween(points, v, x0, end);
            for (Double t : new Double[] {leaf.target(), leaf.low(), leaf.high()}) if (t != null) TargetSearch.addBetween(points, t, x0, end);
            points.add(end);
            double[] bp = TargetSearch.thinned(points.stream().mapToDouble(Double::doubleValue).toArray());
            if (sign < 0) TargetSearch.reverse(bp);
            out.add(new Lever(node, column, j, sign, range, end, bp, step(leaf, range)));
        }
        return out;
    }

    /**
     * The precision a needed value is given in: whole numbers for a leaf that is one count, else
     * two digits below the pool range's leading digit (0.1 for a range of 40 percentage points).
     */
    private double step(Node leaf, double range) {
        Formula f = leaf.formula() != null ? leaf.formula() : Formula.variable(leaf.id());
        if (f.variables().size() == 1) {
            Item it = fw.item(f.variables().iterator().next());
            if (it != null && it.isCount() && f.text().strip().equals(it.id())) return 1;
        }
        return Math.pow(10, Math.floor(Math.log10(range)) - 2);
    }

    // ---- the target -----------------------------------------------------------------------------

    /**
     * Recomputations a plan may use: a city's pool is never near it; a pool of thousands, where
     * each costs milliseconds, stops there with "no plan within the bound" (deterministic: it
     * counts recomputations, not seconds).
     */
    private boolean bounded = true;
    private boolean singlesPhase;

    private long budget() {
        // a recomputation costs about 12 µs a place on a 2-core machine: 2,000 places stay within a minute
        return Math.max(1_000L, 2_400_000L / Math.max(1, poolData.units().size())) / (singlesPhase ? 2 : 1);
    }

    PoolResult evaluate(double[] row) {
        if (bounded && evaluations >= budget()) throw new TargetSearch.OverBudget();
        evaluations++;
        double[][] values = poolData.values().clone();
        values[u] = row;
        Dataset d = new Dataset(poolData.source(), poolData.units(), poolData.leafIds(), values, poolData.missingWhy());
        IndexResult r = Pipeline.run(fw, d, settings);
        return r.pools().get(0);
    }

    boolean reached(PoolResult r) {
        double index = r.scores()[u][0];
        if (Double.isNaN(index)) return false;
        switch (target.kind()) {
            case SCORE:
                return index >= target.score() - TierAssigner.NOISE;
            case RANK:
                return r.ranks()[u][0] > 0 && r.ranks()[u][0] <= target.rank();
            default:
                return tierRank(r.tiers()[u]) >= 0 && tierRank(r.tiers()[u]) <= tierRank(target.tier());
        }
    }

    /** The position of a tier among the run's bands, best first; -1 for none. */
    private int tierRank(String tier) {
        List<TierSpec.Band> bands = settings.tiers().bands();
        for (int i = 0; i < bands.size(); i++) if (bands.get(i).name().equals(tier)) return i;
        return -1;
    }

    /**
     * How far the unit is above (positive) or below the target, in index points: against the
     * score, the tier's minimum, or the index of the unit it must draw level with.
     */
    double margin(PoolResult r) {
        double index = r.scores()[u][0];
        if (Double.isNaN(index)) return Double.NEGATIVE_INFINITY;
        double threshold = threshold(r);
        return Double.isNaN(threshold) ? (reached(r) ? 0 : -1) : index - threshold;
    }

    private double threshold(PoolResult r) {
        switch (target.kind()) {
            case SCORE:
                return target.score();
            case RANK:
                return levelWith(r, target.rank());
            default: {
                TierSpec spec = settings.tiers();
                TierSpec.Band band = spec.bands().get(tierRank(target.tier()));
                if (spec.method().equals("cutoffs")) return band.min() == null ? Double.NEGATIVE_INFINITY : band.min();
                // quantile tiers: band b holds ranks up to ⌈(b + 1)·n / k⌉
                int n = 0;
                for (int i = 0; i < r.unitCount(); i++) if (r.ranks()[i][0] > 0 || i == u) n++;
                int k = spec.bands().size();
                return levelWith(r, (int) Math.ceil((tierRank(target.tier()) + 1) * (double) n / k));
            }
        }
    }

    /** The index of the other unit the given rank requires drawing level with (ties share a rank). */
    private double levelWith(PoolResult r, int rank) {
        List<Double> others = new ArrayList<>();
        for (int i = 0; i < r.unitCount(); i++) {
            if (i != u && r.ranks()[i][0] > 0) others.add(r.scores()[i][0]);
        }
        if (others.size() < rank) return Double.NEGATIVE_INFINITY;
        others.sort(Comparator.reverseOrder());
        return others.get(rank - 1);
    }

    private void checkTarget(PoolResult base) {
        if (target.kind() == Kind.TIER) {
            TierSpec spec = settings.tiers();
            boolean tiersOff = spec.method().equals("none") || spec.bands().isEmpty()
                    || base.problems().stream().anyMatch(p -> "tiers.scale-mismatch".equals(p.code()));
            if (tiersOff) throw new BadTarget(Text.of("target.no-tiers"));
            if (tierRank(target.tier()) < 0) {
                List<String> names = spec.bands().stream().map(TierSpec.Band::name).toList();
                throw new BadTarget(Text.of("target.unknown-tier", target.tier(), String.join("、", names)));
            }
        }
        if (target.kind() == Kind.RANK && target.rank() < 1) throw new BadTarget(Text.of("target.bad-rank"));
        if (target.kind() == Kind.SCORE && !Double.isFinite(target.score())) {
            throw new BadTarget(Text.of("target.bad-score", String.valueOf(target.score())));
        }
    }

    /** A score above the index scale's top (or below its bottom) no plan can reach. */
    private boolean beyondScale(PoolResult base) {
        if (target.kind() != Kind.SCORE) return false;
        ScoreScale scale = Pipeline.indexScale(fw, settings, base.active());
        return scale != null && (target.score() > scale.high() + 1e-9 || target.score() < scale.low() - 1e-9);
    }

    // ---- the search ---------------------------------------------------------------------------

    private Plan run() {
        PoolResult base = evaluate(start);
        checkTarget(base);
        List<String> missing = new ArrayList<>();
        List<String> fixed = new ArrayList<>();
        List<Lever> levers = levers(base, missing, fixed);
        Standing before = standing(base);
        double threshold = threshold(base);
        if (reached(base)) {
            return new Plan(poolData.units().get(u), pool, target, threshold, true, before, before, List.of(), List.of(),
                    missing, fixed, "reached", options.objective());
        }
        if (beyondScale(base)) {
            return new Plan(poolData.units().get(u), pool, target, threshold, false, before, before, List.of(),
                    List.of(), missing, fixed, "beyond-scale", options.objective());
        }
        if (target.kind() != Kind.SCORE && base.ranks()[u][0] == 0) {
            return new Plan(poolData.units().get(u), pool, target, threshold, false, before, before, List.of(),
                    List.of(), missing, fixed, "unranked", options.objective());
        }
        TargetSearch.Result found;
        try {
            found = new TargetSearch(this).search(levers, base, start);
        } catch (TargetSearch.OverBudget e) {
            return new Plan(poolData.units().get(u), pool, target, threshold, false, before, before, List.of(), List.of(),
                    missing, fixed, "bound", options.objective());
        }
        double[] best = found.best();
        double[] x = found.last();
        boolean reachable = best != null;
        double[] plan = reachable ? best : x;
        bounded = false;
        PoolResult after = evaluate(plan);
        List<Change> changes = changes(levers, base, after, plan);
        // the single-leaf answers get a budget of their own; in a large pool they may stop short
        evaluations = 0;
        bounded = true;
        singlesPhase = true;
        List<Single> singles = new ArrayList<>();
        try {
            singles = singles(levers, base);
        } catch (TargetSearch.OverBudget e) {
            // the plan stands without them
        }
        return new Plan(poolData.units().get(u), pool, target, threshold, reachable && reached(after), before,
                standing(after), changes, singles, missing, fixed, reachable ? "plan" : "closest", options.objective());
    }

    /** The cost of moving one lever: its raw change over the pool's range, or the leaf score points it gains. */
    double stepCost(Lever l, double from, double to, PoolResult before, PoolResult after) {
        if (options.objective() == Objective.POINTS) {
            double gained = after.normalised(u, l.position()) - before.normalised(u, l.position());
            return Math.max(gained, 0);
        }
        return l.cost(from, to);
    }

    /**
     * The least value of lever l between x's value and {@code far} that reaches the target, rounded
     * to the lever's precision in the improving direction; x with it set.
     */
    double[] finish(double[] x, Lever l, double far) {
        double lo = x[l.column()];
        double hi = far;
        double[] y = x.clone();
        for (int i = 0; i < BISECTIONS && Math.abs(hi - lo) > l.step() / 4; i++) {
            double mid = (lo + hi) / 2;
            y[l.column()] = mid;
            if (reached(evaluate(y))) hi = mid;
            else lo = mid;
        }
        // hi is within a quarter step above the least value: of the two grid values around it the
        // lower is the answer when it reaches the target, else the upper
        double down = onGrid(l.sign() > 0 ? Math.floor(hi / l.step()) : Math.ceil(hi / l.step()), l);
        y[l.column()] = down;
        if (l.sign() * (down - x[l.column()]) > 0 && reached(evaluate(y))) return y;
        y[l.column()] = onGrid(l.sign() > 0 ? Math.ceil(hi / l.step()) : Math.floor(hi / l.step()), l);
        // a grid value that falls short (a threshold on a tie) takes the next ones
        while (!reached(evaluate(y)) && l.sign() * (far - y[l.column()]) > 0) {
            y[l.column()] = l.sign() > 0 ? Math.min(far, y[l.column()] + l.step()) : Math.max(far, y[l.column()] - l.step());
        }
        return y;
    }

    /** k steps of the lever's grid, written with no binary noise (76, not 76.00000000000001), within its feasible end. */
    private static double onGrid(double k, Lever l) {
        double r = new BigDecimal(k * l.step()).round(new MathContext(12)).doubleValue();
        return l.sign() > 0 ? Math.min(r, l.end()) : Math.max(r, l.end());
    }

    private List<Change> changes(List<Lever> levers, PoolResult base, PoolResult after, double[] plan) {
        List<Change> out = new ArrayList<>();
        for (Lever l : levers) {
            if (plan[l.column()] == start[l.column()]) continue;
            Node leaf = fw.node(l.node());
            double s0 = base.normalised(u, l.position());
            double s1 = after.normalised(u, l.position());
            out.add(new Change(l.node(), leaf.id(), leaf.displayName(), leaf.unit(), start[l.column()], plan[l.column()], s0, s1,
                    after.globalWeight()[l.node()] * (s1 - s0), l.decimals()));
        }
        out.sort(Comparator.comparingDouble(Change::points).reversed());
        return out;
    }

    /** Every lever on its own from the start: the least value that reaches the target, or the best it gives. */
    private List<Single> singles(List<Lever> levers, PoolResult base) {
        List<Single> out = new ArrayList<>();
        for (Lever l : levers) {
            double[] y = start.clone();
            double bestIndex = base.scores()[u][0];
            Double to = null;
            for (double v : l.breakpoints()) {
                y[l.column()] = v;
                PoolResult r = evaluate(y);
                bestIndex = Math.max(bestIndex, r.scores()[u][0]);
                if (reached(r)) {
                    y[l.column()] = start[l.column()];
                    double[] done = finish(y, l, v);
                    to = done[l.column()];
                    break;
                }
                y[l.column()] = start[l.column()];
            }
            Node leaf = fw.node(l.node());
            out.add(new Single(l.node(), leaf.id(), leaf.displayName(), leaf.unit(), start[l.column()], to, bestIndex,
                    to == null ? Double.POSITIVE_INFINITY : l.cost(start[l.column()], to), l.decimals()));
        }
        out.sort(Comparator.comparing((Single s) -> s.to() == null).thenComparingDouble(Single::cost)
                .thenComparing(Comparator.comparingDouble(Single::bestIndex).reversed()));
        return out;
    }

    private Standing standing(PoolResult r) {
        return new Standing(r.scores()[u][0], r.ranks()[u][0], r.tiers()[u]);
    }

}
