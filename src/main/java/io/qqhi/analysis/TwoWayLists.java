package io.qqhi.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.compute.Ranker;
import io.qqhi.framework.Framework;
import io.qqhi.framework.ListSpec;
import io.qqhi.framework.ListTerms;
import io.qqhi.framework.Node;
import io.qqhi.input.LeafDeriver;

/**
 * The lists a 工商联 publishes (docs/methods.md, lists): 问题整改清单 (rectification), 成绩推广清单
 * (promotion) and 关注清单 (watch), leaf by leaf, exclusive, at most {@link ListSpec#maxItems()} per
 * unit and list; and last period's rectification items followed up. The facts only, in the leaves'
 * own units: the sentences that state them are the report's (report.ListText).
 */
public record TwoWayLists(List<Entry> rectification, List<Entry> promotion, List<Entry> watch, List<FollowUp> followUp) {

    /** Which list an entry is on. */
    public enum Kind { RECTIFY, PROMOTE, WATCH }

    /**
     * One entry's facts: the unit's raw value of the leaf, the pool's mean and best, the leaf score,
     * the rank (0: none; {@code tied} when shared) and its change since the previous period (null:
     * unknown), whether it is a negative event (扣分制 leaf, x events), who acts (department ids;
     * {@code lead} null or {@link ListTerms#LOCAL}: the place itself), whether the figure waits for
     * confirmation, whether the item was on the previous rectification list, the index points lost,
     * whether a promotion was admitted by its rise rather than its place ({@code byRise}), and the
     * year of the annual figures the leaf rests on when carried forward ({@code annualYear}, null: none).
     */
    public record Entry(Kind kind, String pool, String unit, String unitName, String nodeId, String nodeName, int level,
                        double value, String measure, double mean, double best, double score, int rank, boolean tied,
                        Integer rankChange, boolean negativeEvent, String lead, List<String> support, List<String> guide,
                        String deadline, boolean flagged, boolean repeated, double pointsLost, boolean byRise, String annualYear) {
    }

    /**
     * Whether a previous rectification item is closed now; {@code PENDING}: it would be, but the
     * figure waits for confirmation (待核实后销号).
     */
    public enum Status { CLOSED, OPEN, UNKNOWN, PENDING }

    /**
     * A rectification item of the previous list, its status, the unit's value now (NaN: none) and
     * the fixed standard it was measured against (the pool mean printed on the list when it was
     * sent; NaN for a negative event, which closes at no event).
     */
    public record FollowUp(String unit, String unitName, String nodeId, String nodeName, Status status, double now,
                           String measure, double standard) {
    }

    /** A previous rectification item, as sent: unit code and leaf id. */
    public static String key(String unit, String leaf) {
        return unit + "\u0000" + leaf;
    }

    /**
     * @param prev       the previous period's scores and ranks (null: none)
     * @param flagged    figures to confirm (数据甄别), as {@code unit + "\0" + item}
     * @param previously the previous rectification items ({@link #key}), null when unknown
     */
    public static TwoWayLists build(IndexResult r, PreviousScores prev, Set<String> flagged, Set<String> previously) {
        Map<String, Double> standards = null;
        if (previously != null) {
            standards = new HashMap<>();
            for (String k : previously) standards.put(k, Double.NaN);
        }
        return build(r, prev, flagged, standards, ListEvidence.NONE);
    }

    /**
     * With {@code evidence}: survey intervals and rate bases an entry must clear (docs/methods.md, lists).
     *
     * @param previously the previous rectification items ({@link #key}) with the standard printed
     *                   on the list (the pool mean then; NaN: unknown, the pool mean now is used);
     *                   null when unknown
     */
    public static TwoWayLists build(IndexResult r, PreviousScores prev, Set<String> flagged, Map<String, Double> previously,
                                    ListEvidence evidence) {
        Builder b = new Builder(r.framework(), prev, flagged, previously == null ? null : previously.keySet(), evidence);
        b.standards = previously;
        for (PoolResult p : r.pools()) {
            LeafStats stats = LeafStats.of(r.framework(), p);
            for (int u = 0; u < p.unitCount(); u++) {
                b.unit(p, stats, u);
                if (previously != null) b.followUp(p, stats, u);
            }
        }
        return new TwoWayLists(List.copyOf(b.rect), List.copyOf(b.promo), List.copyOf(b.watch), List.copyOf(b.follow));
    }

    /**
     * Per leaf of a pool, over its ranked places (a place 不参与排名 is in no pool figure;
     * docs/methods.md): the mean and best raw value, how many units it ranks, the best leaf score,
     * how many units share each place (ties are said as 并列), the ranked places' leaf scores in
     * ascending order, and the leaf's list terms.
     */
    private record LeafStats(double[] mean, double[] best, int[] ranked, double[] bestScore, int[][] atRank, double[][] sorted,
                             ListTerms[] terms) {
        static LeafStats of(Framework fw, PoolResult p) {
            int[] leaves = p.leafNodes();
            int l = leaves.length;
            int m = p.unitCount();
            LeafStats s = new LeafStats(new double[l], new double[l], new int[l], new double[l], new int[l][], new double[l][],
                    new ListTerms[l]);
            // the sorted scores place an unranked unit among the ranked ones: needed only when there is one
            boolean anyUnranked = false;
            for (int u = 0; u < m && !anyUnranked; u++) anyUnranked = !PoolStats.counted(p, u);
            for (int j = 0; j < l; j++) {
                s.terms[j] = fw.listTerms(leaves[j]);
                if (!p.active()[leaves[j]]) continue;
                int sign = fw.node(leaves[j]).direction().sign;
                double sum = 0;
                int n = 0;
                double b = Double.NaN;
                for (int u = 0; u < m; u++) {
                    double x = p.denominated(u, j);
                    if (Double.isNaN(x) || !PoolStats.counted(p, u)) continue;
                    sum += x;
                    n++;
                    if (Double.isNaN(b) || sign * x > sign * b) b = x;
                }
                s.mean[j] = n == 0 ? Double.NaN : sum / n;
                s.best[j] = b;
                s.ranked[j] = n;
            }
            scoreStats(p, s, anyUnranked);
            return s;
        }
    }

    /** The lists as they are built, unit by unit, under the framework's list rules. */
    private static final class Builder {
        final Framework fw;
        final ListSpec spec;
        final PreviousScores prev;
        final Set<String> flagged;
        final Set<String> previously;
        final ListEvidence evidence;
        Map<String, Double> standards;
        final List<Entry> rect = new ArrayList<>();
        final List<Entry> promo = new ArrayList<>();
        final List<Entry> watch = new ArrayList<>();
        final List<FollowUp> follow = new ArrayList<>();

        Builder(Framework fw, PreviousScores prev, Set<String> flagged, Set<String> previously, ListEvidence evidence) {
            this.fw = fw;
            this.evidence = evidence;
            this.spec = fw.lists();
            this.prev = prev;
            this.flagged = flagged;
            this.previously = previously;
        }

        /** One unit's entries: negative events first and never cut, then the largest index points lost. */
        void unit(PoolResult p, LeafStats st, int u) {
            List<Entry> events = new ArrayList<>();
            List<Entry> low = new ArrayList<>();
            List<Entry> high = new ArrayList<>();
            for (int j = 0; j < p.leafNodes().length; j++) {
                if (p.active()[p.leafNodes()[j]]) leaf(p, st, u, j, events, low, high);
            }
            low.sort(Comparator.comparingDouble((Entry e) -> -e.pointsLost()));
            rect.addAll(events);
            rect.addAll(low.subList(0, Math.min(low.size(), spec.maxItems())));
            high.sort(Comparator.comparingInt((Entry e) -> e.rank() == 0 ? Integer.MAX_VALUE : e.rank())
                    .thenComparingDouble(e -> -e.pointsLost()));
            promo.addAll(high.subList(0, Math.min(high.size(), spec.maxItems())));
        }

        /** Which list, if any, unit u's leaf j goes on (docs/methods.md, lists). */
        private void leaf(PoolResult p, LeafStats st, int u, int j, List<Entry> events, List<Entry> low, List<Entry> high) {
            int node = p.leafNodes()[j];
            Node leaf = fw.node(node);
            String code = p.units().get(u).code();
            double x = p.denominated(u, j);
            double mean = st.mean()[j];
            if (Double.isNaN(x) || Double.isNaN(mean)) return;
            int sign = leaf.direction().sign;
            ListTerms t = st.terms()[j];
            boolean deduction = leaf.normalise() != null && leaf.normalise().method().equals("deduction");
            boolean isFlagged = usesFlagged(fw, leaf, code, flagged);
            int rank = p.ranks()[u][node];
            int n = st.ranked()[j];
            Integer rankChange = null;
            Double scoreChange = null;
            if (prev != null) {
                PreviousScores.Entry e = prev.get(p.pool(), code, leaf.id());
                if (e != null && e.rank() != 0 && rank != 0) rankChange = e.rank() - rank;
                if (e != null) scoreChange = p.scores()[u][node] - e.score();
            }
            double lost = p.globalWeight()[node] * (st.bestScore()[j] - p.scores()[u][node]);
            boolean worse = sign * (mean - x) > 0;
            // a place 不参与排名 has no rank, but still gets rectification items where it would stand in the bottom share
            int position = rank != 0 ? rank : PoolStats.counted(p, u) ? 0 : Ranker.rankAmong(st.sorted()[j], p.scores()[u][node]);
            boolean bottom = position != 0 && position > n - (int) Math.ceil(n * spec.bottomShare());
            double minGap = t.minGap() == null ? 0 : t.minGap();
            boolean tied = rank != 0 && st.atRank()[j][rank] > 1;
            boolean evidenced = evidenced(code, leaf.id(), mean, t);
            Kind kind;
            if (deduction && x > 0) {
                kind = Kind.RECTIFY;
            } else if (!deduction && evidenced && bottom && worse && Math.abs(x - mean) >= minGap) {
                kind = Kind.RECTIFY;
            } else if (!deduction && evidenced && p.ranks()[u][0] != 0 && !isFlagged && !Boolean.FALSE.equals(t.promote())
                    && sign * (x - mean) > 0 && Math.abs(x - mean) >= minGap && rank != 0 && !commonPlace(st, j, rank, n)
                    && !(sign < 0 && x == 0 && !Boolean.TRUE.equals(t.promote()))
                    && (rank <= spec.promoteTop() || (rankChange != null && rankChange >= spec.risePlaces()
                    && rank <= Math.ceil(n / 2.0)))) {
                kind = Kind.PROMOTE;
            } else if ((rankChange != null && rankChange <= -spec.fallPlaces())
                    || (scoreChange != null && scoreChange <= -spec.fallPoints()) || isFlagged) {
                kind = Kind.WATCH;
            } else {
                return;
            }
            boolean event = deduction && x > 0;
            Entry e = entry(kind, fw, p, u, j, x, mean, st.best()[j], rank, rankChange, tied, t, spec, event,
                    kind != Kind.PROMOTE && isFlagged, kind == Kind.RECTIFY ? previously : null, lost,
                    evidence.annualYear().get(leaf.id()));
            (kind == Kind.PROMOTE ? high : kind == Kind.WATCH ? watch : event ? events : low).add(e);
        }

        /**
         * Whether the value is evidence enough to list (docs/methods.md, lists): a survey leaf's 95 %
         * interval must exclude the pool mean, and a rate's base must reach {@code min_base}.
         */
        private boolean evidenced(String unit, String leaf, double mean, ListTerms t) {
            double[] ci = evidence.intervals().get(key(unit, leaf));
            if (ci != null && ci[0] <= mean && mean <= ci[1]) return false;
            Double base = evidence.bases().get(key(unit, leaf));
            double min = t.minBase() != null ? t.minBase() : spec.minBase();
            return base == null || base >= min;
        }

        /**
         * Unit u's items of the previous rectification list (docs/methods.md, lists): closed when
         * the value reaches the standard printed on that list (the pool mean then, not now: half
         * the places are below the mean of now by construction); a negative event when none
         * happened; never on a figure waiting for confirmation (待核实后销号).
         */
        void followUp(PoolResult p, LeafStats st, int u) {
            String code = p.units().get(u).code();
            for (int j = 0; j < p.leafNodes().length; j++) {
                Node leaf = fw.node(p.leafNodes()[j]);
                String key = key(code, leaf.id());
                if (!previously.contains(key)) continue;
                double x = p.denominated(u, j);
                Double fixed = standards.get(key);
                double standard = fixed != null && !Double.isNaN(fixed) ? fixed : st.mean()[j];
                boolean deduction = leaf.normalise() != null && leaf.normalise().method().equals("deduction");
                Status status = Double.isNaN(x) || (!deduction && Double.isNaN(standard)) ? Status.UNKNOWN
                        : deduction ? (x == 0 ? Status.CLOSED : Status.OPEN)
                        : leaf.direction().sign * (x - standard) >= 0 ? Status.CLOSED : Status.OPEN;
                if (status == Status.CLOSED && usesFlagged(fw, leaf, code, flagged)) status = Status.PENDING;
                follow.add(new FollowUp(code, p.units().get(u).displayName(), leaf.id(), leaf.displayName(), status, x,
                        measure(leaf), deduction ? Double.NaN : standard));
            }
        }
    }

    /**
     * A place shared by more than a third of the ranked places (nine of twelve districts at 100 %):
     * no achievement of one of them, so no promotion (docs/methods.md, lists).
     */
    private static boolean commonPlace(LeafStats st, int j, int rank, int n) {
        return 3 * st.atRank()[j][rank] > n;
    }

    /**
     * Per active leaf, from the leaf scores and ranks: the best score of a ranked unit, how many units
     * hold each place and (with {@code sorted}) the ranked units' scores in ascending order. One pass
     * over the units' rows, which are stored unit by unit: a pass per leaf took a national pool's
     * lists a third longer (docs/performance.md).
     */
    private static void scoreStats(PoolResult p, LeafStats s, boolean sorted) {
        int[] leaves = p.leafNodes();
        int l = leaves.length;
        int m = p.unitCount();
        double[][] scored = new double[l][];
        int[] k = new int[l];
        for (int j = 0; j < l; j++) {
            if (!p.active()[leaves[j]]) continue;
            s.bestScore[j] = Double.NaN;
            s.atRank[j] = new int[m + 1];
            if (sorted) scored[j] = new double[m];
        }
        for (int u = 0; u < m; u++) {
            boolean counted = PoolStats.counted(p, u);
            double[] row = p.scores()[u];
            int[] ranks = p.ranks()[u];
            for (int j = 0; j < l; j++) {
                if (s.atRank[j] == null) continue;
                int node = leaves[j];
                double x = row[node];
                s.atRank[j][ranks[node]]++;
                if (counted && !Double.isNaN(x) && (Double.isNaN(s.bestScore[j]) || x > s.bestScore[j])) s.bestScore[j] = x;
                if (sorted && ranks[node] > 0) scored[j][k[j]++] = x;
            }
        }
        for (int j = 0; j < l; j++) {
            if (scored[j] == null) continue;
            s.sorted[j] = Arrays.copyOf(scored[j], k[j]);
            Arrays.sort(s.sorted[j]);
        }
    }

    /** Whether a leaf is built on a figure 数据甄别 asked to confirm. */
    private static boolean usesFlagged(Framework fw, Node leaf, String unit, Set<String> flagged) {
        if (flagged.isEmpty()) return false;
        for (String id : LeafDeriver.formula(leaf).variables()) if (flagged.contains(key(unit, id))) return true;
        return false;
    }

    static String measure(Node leaf) {
        return leaf.unit() == null ? "" : leaf.unit();
    }

    private static Entry entry(Kind kind, Framework fw, PoolResult p, int u, int j, double x, double mean, double best,
                               int rank, Integer rankChange, boolean tied, ListTerms terms, ListSpec spec, boolean event,
                               boolean flagged, Set<String> previously, double lost, String annualYear) {
        int node = p.leafNodes()[j];
        Node leaf = fw.node(node);
        String code = p.units().get(u).code();
        boolean rect = kind == Kind.RECTIFY;
        boolean repeated = previously != null && previously.contains(key(code, leaf.id()));
        return new Entry(kind, p.pool(), code, p.units().get(u).displayName(), leaf.id(), leaf.displayName(), fw.depth(node), x,
                measure(leaf), mean, best, p.scores()[u][node], rank, tied, rankChange, event, rect ? terms.lead() : null,
                rect ? orEmpty(terms.support()) : List.of(), orEmpty(terms.guide()), rect ? spec.deadline() : "", flagged,
                repeated, lost, kind == Kind.PROMOTE && rank > spec.promoteTop(), annualYear);
    }

    private static List<String> orEmpty(List<String> ids) {
        return ids == null ? List.of() : List.copyOf(ids);
    }

    /** The rectification items as keys, for the next period's follow-up. */
    public Set<String> rectificationKeys() {
        Set<String> s = new HashSet<>();
        for (Entry e : rectification) s.add(key(e.unit(), e.nodeId()));
        return s;
    }

    /** The rectification items ({@link #key}) with their 销号 standard: the pool mean on the list, NaN for an event. */
    public Map<String, Double> rectificationStandards() {
        Map<String, Double> m = new HashMap<>();
        for (Entry e : rectification) m.put(key(e.unit(), e.nodeId()), e.negativeEvent() ? Double.NaN : e.mean());
        return m;
    }
}
