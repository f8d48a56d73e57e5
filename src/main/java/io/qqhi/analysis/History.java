package io.qqhi.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qqhi.compute.Stats;
import io.qqhi.framework.Text;

/**
 * The index across periods (docs/methods.md, history): every place's scores per period, the 进步榜
 * (largest gains over the last period and over the whole span, with consecutive rises or falls),
 * and per period and node the spread of the places (mean, max, min, sd, coefficient of variation).
 * Periods made with another framework or method are refused unless allowed, and then marked.
 */
public final class History {
    /** The index's key among the nodes: index nodes of different frameworks are still one line. */
    public static final String INDEX = "#index";

    /**
     * A place in a period: scores aligned with the history's nodes, the published rank and tier,
     * and the change since the period before on this period's yardstick (null: unknown, e.g. the
     * release did not publish it; docs/methods.md, change over periods).
     */
    public record Row(String pool, String unit, String name, String period, double[] scores, int rank, String tier, double[] change) {
    }

    /**
     * A place's movement: over the last period (score points and places; null when it was not
     * ranked in both) and over the span from its first period, the run of consecutive rises (+) or
     * falls (−) of its index score up to the last period, and where known the last rank move split
     * into the place's own change and the others' ({@link RankMoveSplit}).
     */
    public record Improver(String pool, String unit, String name, double score, int rank, double lastChange,
                           Integer lastPlaces, String firstPeriod, double spanChange, Integer spanPlaces, int streak,
                           Integer ownPlaces, Integer otherPlaces, boolean listed) {
    }

    /**
     * A pool's spread at a node in a period; {@code meanChange}: the mean change since the period
     * before over the places ranked now with a change on one yardstick, as the period's 通报 states it.
     */
    public record SpreadRow(String pool, String period, String node, String name, int level, int count, double mean,
                            double max, double min, double sd, double cv, double meanChange) {
    }

    /** What changed between a period and the one before it: framework or method, in words. */
    public record Change(String period, String previous, String what) {
    }

    /** Periods made with different frameworks or methods, without --allow-mixed (exit 65). */
    public static final class MixedException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        public final transient List<Change> changes;

        MixedException(List<Change> changes) {
            super("mixed");
            this.changes = List.copyOf(changes);
        }
    }

    private final List<String> periods = new ArrayList<>();
    private final List<Snapshot.NodeRef> nodes = new ArrayList<>();
    private final List<String> pools = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<Improver> improvers = new ArrayList<>();
    private final List<SpreadRow> spread = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    /** Changes smaller than this (half the printed 0.01) count as standing still in a run of rises or falls. */
    static final double STILL = 0.005;

    /** Periods whose changes could only be measured as differences of scores on two yardsticks. */
    private final List<String> twoYardsticks = new ArrayList<>();

    public List<String> periods() {
        return periods;
    }

    /** The nodes of the history, index first (id {@link #INDEX}), then levels 1 and 2 of the newest framework. */
    public List<Snapshot.NodeRef> nodes() {
        return nodes;
    }

    public List<String> pools() {
        return pools;
    }

    public List<Row> rows() {
        return rows;
    }

    public List<Improver> improvers() {
        return improvers;
    }

    public List<SpreadRow> spread() {
        return spread;
    }

    public List<Change> changes() {
        return changes;
    }

    /** Periods (after the first) whose change since the period before mixes two yardsticks: the outputs say so. */
    public List<String> twoYardsticks() {
        return twoYardsticks;
    }

    /**
     * The history of snapshots, oldest first. {@code splits} (pool/unit → {own, others}) are the
     * last rank moves split, where the data allow it; may be empty.
     */
    public static History of(List<Snapshot> snaps, boolean allowMixed, Map<String, int[]> splits, double improveMin) {
        History h = new History();
        for (int s = 1; s < snaps.size(); s++) {
            Snapshot a = snaps.get(s - 1);
            Snapshot b = snaps.get(s);
            if (!a.framework().equals(b.framework())) h.changes.add(new Change(b.period(), a.period(), Text.of("history.framework-changed")));
            if (!a.method().equals(b.method())) {
                h.changes.add(new Change(b.period(), a.period(), Text.of("history.method-changed", a.method(), b.method())));
            }
        }
        if (!h.changes.isEmpty() && !allowMixed) throw new MixedException(h.changes);
        Snapshot newest = snaps.get(snaps.size() - 1);
        Set<String> poolSet = new LinkedHashSet<>();
        for (Snapshot s : snaps) poolSet.addAll(s.pools().keySet());
        h.pools.addAll(poolSet);
        // the nodes: the index by level, the others by id, the newest framework's names first
        Map<String, Integer> at = new LinkedHashMap<>();
        List<Snapshot> newestFirst = new ArrayList<>(snaps);
        Collections.reverse(newestFirst);
        for (Snapshot s : newestFirst) {
            for (Snapshot.NodeRef n : s.nodes()) {
                String key = n.level() == 0 ? INDEX : n.id();
                if (at.containsKey(key)) continue;
                at.put(key, h.nodes.size());
                h.nodes.add(n.level() == 0 ? new Snapshot.NodeRef(INDEX, n.name(), 0) : n);
            }
        }
        for (int si = 0; si < snaps.size(); si++) {
            Snapshot s = snaps.get(si);
            h.periods.add(s.period());
            // a change counts only when measured from the period before this one in the history
            boolean oneYardstick = si > 0 && snaps.get(si - 1).period().equals(s.previous());
            if (si > 0 && !oneYardstick) h.twoYardsticks.add(s.period());
            int[] map = new int[s.nodes().size()];
            for (int k = 0; k < map.length; k++) {
                Snapshot.NodeRef n = s.nodes().get(k);
                map[k] = at.get(n.level() == 0 ? INDEX : n.id());
            }
            for (Map.Entry<String, List<Snapshot.Place>> pe : s.pools().entrySet()) {
                for (Snapshot.Place p : pe.getValue()) {
                    double[] v = new double[h.nodes.size()];
                    Arrays.fill(v, Double.NaN);
                    for (int k = 0; k < map.length && k < p.scores().length; k++) v[map[k]] = p.scores()[k];
                    double[] c = null;
                    if (oneYardstick && p.change() != null) {
                        c = new double[h.nodes.size()];
                        Arrays.fill(c, Double.NaN);
                        for (int k = 0; k < map.length; k++) c[map[k]] = p.changeOf(k);
                    }
                    h.rows.add(new Row(pe.getKey(), p.code(), p.name(), s.period(), v, p.rank(), p.tier(), c));
                }
            }
        }
        h.spread(snaps);
        h.improvers(newest, splits, improveMin);
        return h;
    }

    private void spread(List<Snapshot> snaps) {
        Map<String, List<Row>> byPoolPeriod = new LinkedHashMap<>();
        for (Row r : rows) byPoolPeriod.computeIfAbsent(r.pool() + "\u0000" + r.period(), k -> new ArrayList<>()).add(r);
        for (String pool : pools) {
            for (String period : periods) {
                List<Row> rs = byPoolPeriod.get(pool + "\u0000" + period);
                if (rs == null) continue;
                for (int k = 0; k < nodes.size(); k++) {
                    double[] column = new double[rs.size()];
                    // places 不参与排名 in that period are out of its pool figures, as in the period's own documents
                    for (int i = 0; i < column.length; i++) column[i] = rs.get(i).rank() > 0 ? rs.get(i).scores()[k] : Double.NaN;
                    int n = Stats.count(column);
                    if (n == 0) continue;
                    double mean = Stats.mean(column);
                    double sd = Stats.sd(column);
                    double[] moved = new double[rs.size()];
                    for (int i = 0; i < moved.length; i++) {
                        double[] c = rs.get(i).change();
                        moved[i] = rs.get(i).rank() > 0 && c != null && !Double.isNaN(column[i]) ? c[k] : Double.NaN;
                    }
                    Snapshot.NodeRef node = nodes.get(k);
                    spread.add(new SpreadRow(pool, period, node.id(), node.name(), node.level(), n, mean, Stats.max(column),
                            Stats.min(column), sd, mean == 0 ? Double.NaN : sd / mean, Stats.count(moved) == 0 ? Double.NaN : Stats.mean(moved)));
                }
            }
        }
    }

    private void improvers(Snapshot newest, Map<String, int[]> splits, double improveMin) {
        Map<String, Map<String, Row>> byUnit = new HashMap<>();
        for (Row r : rows) byUnit.computeIfAbsent(r.pool() + "/" + r.unit(), k -> new HashMap<>()).put(r.period(), r);
        String last = newest.period();
        String before = periods.size() > 1 ? periods.get(periods.size() - 2) : null;
        for (Map.Entry<String, List<Snapshot.Place>> pe : newest.pools().entrySet()) {
            List<Improver> pool = new ArrayList<>();
            for (Snapshot.Place p : pe.getValue()) {
                Map<String, Row> series = byUnit.get(pe.getKey() + "/" + p.code());
                Row now = series.get(last);
                Row prev = before == null ? null : series.get(before);
                double lastChange = prev == null ? Double.NaN : change(now, prev);
                Integer lastPlaces = prev != null && prev.rank() > 0 && now.rank() > 0 ? prev.rank() - now.rank() : null;
                Row first = null;
                for (String period : periods) {
                    Row r = series.get(period);
                    if (r != null && !Double.isNaN(r.scores()[0])) {
                        first = r;
                        break;
                    }
                }
                double span = first == null || first == now ? Double.NaN : chained(series, first.period());
                Integer spanPlaces = first != null && first != now && first.rank() > 0 && now.rank() > 0 ? first.rank() - now.rank() : null;
                int[] split = splits.get(pe.getKey() + "/" + p.code());
                pool.add(new Improver(pe.getKey(), p.code(), p.name(), now.scores()[0], now.rank(), lastChange, lastPlaces,
                        first == null ? last : first.period(), span, spanPlaces, streak(series), split == null ? null : split[0],
                        split == null ? null : split[1], Improvement.listed(now.rank(), lastChange, improveMin)));
            }
            pool.sort(Comparator.comparing((Improver i) -> Double.isNaN(i.lastChange()))
                    .thenComparing(Comparator.comparingDouble(Improver::lastChange).reversed()).thenComparing(Improver::unit));
            improvers.addAll(pool);
        }
    }

    /**
     * The index change from {@code prev} (the period before) to {@code now}: on now's yardstick
     * when known, else the difference of the two published scores (then the period is among
     * {@link #twoYardsticks}).
     */
    private static double change(Row now, Row prev) {
        if (now.change() != null) return now.change()[0];
        return now.scores()[0] - prev.scores()[0];
    }

    /**
     * The index change since {@code from}, chained: the sum of each period's change on its own
     * yardstick (docs/methods.md, change over periods); NaN when a period in between is missing.
     */
    private double chained(Map<String, Row> series, String from) {
        double sum = 0;
        for (int k = periods.indexOf(from) + 1; k < periods.size(); k++) {
            Row now = series.get(periods.get(k));
            Row prev = series.get(periods.get(k - 1));
            if (now == null || prev == null) return Double.NaN;
            sum += change(now, prev);
        }
        return sum;
    }

    /** Consecutive rises (positive count) or falls (negative) of the index score up to the last period. */
    private int streak(Map<String, Row> series) {
        int run = 0;
        for (int k = periods.size() - 1; k > 0; k--) {
            Row now = series.get(periods.get(k));
            Row prev = series.get(periods.get(k - 1));
            if (now == null || prev == null) break;
            double d = change(now, prev);
            // a change that prints as 0.00 is standing still, not a rise or a fall
            if (Double.isNaN(d) || Math.abs(d) < STILL) break;
            int sign = d > 0 ? 1 : -1;
            if (run != 0 && Integer.signum(run) != sign) break;
            run += sign;
        }
        return run;
    }
}
