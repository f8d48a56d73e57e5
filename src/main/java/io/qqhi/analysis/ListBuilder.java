package io.qqhi.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.framework.Node;
import io.qqhi.framework.ShortboardSpec;

/**
 * Finds every place's short boards (问题整改清单) and strengths (成绩推广清单) with the rules of
 * {@link ShortboardSpec} (docs/methods.md, short boards), per pool, at the configured levels; hard negatives are
 * listed at any level whenever the raw count is above zero.
 */
public final class ListBuilder {
    /**
     * Most points lost first, then tree order. Written out rather than composed from Comparator's
     * factories: their lambdas live in java.base, which the class-data archive does not hold, so each
     * run would generate them again.
     */
    private static final Comparator<ShortboardEntry> BY_POINTS_LOST = (a, b) -> {
        int c = Double.compare(b.pointsLost(), a.pointsLost());
        return c != 0 ? c : Integer.compare(a.node(), b.node());
    };

    private ListBuilder() {
    }

    /** What the rules need to know of each node, worked out once rather than per unit. */
    private record NodeFacts(boolean[] leaf, boolean[] hardNegative, boolean[] listed, List<List<String>> departments) {
        static NodeFacts of(Framework fw) {
            int n = fw.size();
            ShortboardSpec s = fw.shortboards();
            boolean[] leaf = new boolean[n];
            boolean[] hard = new boolean[n];
            boolean[] listed = new boolean[n];
            List<List<String>> deps = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                leaf[i] = fw.node(i).isLeaf();
                hard[i] = leaf[i] && s.hardNegative().contains(fw.node(i).id());
                listed[i] = s.appliesTo(fw.depth(i));
                deps.add(List.copyOf(ListBuilder.departments(fw, i)));
            }
            return new NodeFacts(leaf, hard, listed, deps);
        }
    }

    /** Short boards, per pool in registry order of units, each unit's sorted by points lost (largest first). */
    public static List<ShortboardEntry> shortboards(IndexResult r, PreviousScores prev) {
        List<ShortboardEntry> out = new ArrayList<>();
        Framework fw = r.framework();
        ShortboardSpec s = fw.shortboards();
        NodeFacts facts = NodeFacts.of(fw);
        // fixed labels made once: a national run has a million entries
        String belowMean = s.belowMeanSd() == null ? null : Rules.belowMean(s);
        String bottom = s.bottomK() == null ? null : Rules.bottom(s);
        String gapPoints = s.gapPoints() == null ? null : Rules.gapPoints(s);
        String gapShare = s.gapShare() == null ? null : Rules.gapShare(s);
        String passLine = s.passLine() == null ? null : Rules.passLine(s);
        String[] fixedLabels = {belowMean, bottom, gapPoints, gapShare, passLine};
        RuleLists lists = new RuleLists();
        for (PoolResult p : r.pools()) {
            PoolStats st = PoolStats.of(p);
            int[] leafPosition = leafPositions(fw, p);
            EffectiveWeights weights = EffectiveWeights.of(fw, p);
            perUnit(p, out, u -> {
                List<String> rules = new ArrayList<>();
                List<ShortboardEntry> unit = new ArrayList<>();
                double[] w = weights.forUnit(u);
                double[] scores = p.scores()[u];
                int[] ranks = p.ranks()[u];
                for (int i = 1; i < fw.size(); i++) {
                    if (!p.active()[i]) continue;
                    double score = scores[i];
                    boolean leaf = facts.leaf()[i];
                    double raw = leaf ? p.raw(u, leafPosition[i]) : Double.NaN;
                    boolean hard = facts.hardNegative()[i] && raw > 0;
                    if (!facts.listed()[i] && !hard) continue;
                    if (Double.isNaN(score) && !hard) continue;
                    Integer rankChange = prev == null ? null : rankChange(prev, p, u, i, fw.node(i).id());
                    Double scoreChange = prev == null ? null : scoreChange(prev, p, u, i, fw.node(i).id());
                    rules.clear();
                    int fixed = 0; // the rules of fixed wording that fired, as bits in the order listed
                    int n = st.count()[i];
                    if (!Double.isNaN(score)) {
                        if (s.belowMeanSd() != null && st.sd()[i] > 0 && score < st.mean()[i] - s.belowMeanSd() * st.sd()[i]) {
                            fixed |= 1;
                        }
                        if (s.bottomK() != null && n > s.bottomK() && ranks[i] > n - s.bottomK()) fixed |= 2;
                        double gap = st.best()[i] - score;
                        if (s.gapPoints() != null && gap >= s.gapPoints()) fixed |= 4;
                        if (s.gapShare() != null && st.best()[i] > 0 && gap / st.best()[i] >= s.gapShare()) fixed |= 8;
                        if (s.passLine() != null && score < s.passLine()) fixed |= 16;
                        if (s.fallPlaces() != null && rankChange != null && -rankChange >= s.fallPlaces()) {
                            rules.add(Rules.fallPlaces(-rankChange));
                        }
                        if (s.fallPoints() != null && scoreChange != null && -scoreChange >= s.fallPoints()) {
                            rules.add(Rules.fallPoints(-scoreChange));
                        }
                    }
                    if (hard) rules.add(Rules.hardNegative(raw));
                    if (fixed == 0 && rules.isEmpty()) continue;
                    List<String> fired = rules.isEmpty() ? lists.fixed(fixed, fixedLabels) : lists.of(fixedLabels, fixed, rules);
                    double lost = Double.isNaN(score) ? 0 : w[i] * (st.best()[i] - score);
                    unit.add(entry(fw, facts, p, st, u, i, raw, rankChange, scoreChange, fired, lost));
                }
                unit.sort(BY_POINTS_LOST);
                return unit;
            });
        }
        return out;
    }

    /** Pools at least this large are worked through on every core (each unit's entries depend only on that unit). */
    private static final int PARALLEL = 5000;

    /** Each unit's entries, appended to {@code out} in unit order whichever thread made them. */
    private static void perUnit(PoolResult p, List<ShortboardEntry> out, java.util.function.IntFunction<List<ShortboardEntry>> unit) {
        int m = p.unitCount();
        if (m < PARALLEL) {
            for (int u = 0; u < m; u++) out.addAll(unit.apply(u));
            return;
        }
        @SuppressWarnings("unchecked")
        List<ShortboardEntry>[] made = new List[m];
        java.util.stream.IntStream.range(0, m).parallel().forEach(u -> made[u] = unit.apply(u));
        int total = 0;
        for (List<ShortboardEntry> l : made) total += l.size();
        if (out instanceof ArrayList<ShortboardEntry> a) a.ensureCapacity(out.size() + total);
        for (List<ShortboardEntry> l : made) out.addAll(l);
    }

    /** Strengths, per pool in registry order of units, each unit's in framework order. */
    public static List<ShortboardEntry> strengths(IndexResult r, PreviousScores prev) {
        List<ShortboardEntry> out = new ArrayList<>();
        Framework fw = r.framework();
        ShortboardSpec s = fw.shortboards();
        NodeFacts facts = NodeFacts.of(fw);
        String top = s.topK() == null ? null : Rules.top(s);
        String above = s.aboveScore() == null ? null : Rules.above(s);
        RuleLists lists = new RuleLists();
        for (PoolResult p : r.pools()) {
            PoolStats st = PoolStats.of(p);
            int[] leafPosition = leafPositions(fw, p);
            perUnit(p, out, u -> {
                List<String> rules = new ArrayList<>();
                List<ShortboardEntry> unit = new ArrayList<>();
                double[] scores = p.scores()[u];
                int[] ranks = p.ranks()[u];
                for (int i = 1; i < fw.size(); i++) {
                    if (!p.active()[i] || !facts.listed()[i]) continue;
                    double score = scores[i];
                    if (Double.isNaN(score)) continue;
                    Integer rankChange = prev == null ? null : rankChange(prev, p, u, i, fw.node(i).id());
                    Double scoreChange = prev == null ? null : scoreChange(prev, p, u, i, fw.node(i).id());
                    rules.clear();
                    if (s.topK() != null && st.count()[i] > s.topK() && ranks[i] <= s.topK()) rules.add(top);
                    if (s.aboveScore() != null && score >= s.aboveScore()) rules.add(above);
                    if (s.gainPlaces() != null && rankChange != null && rankChange >= s.gainPlaces()) {
                        rules.add(Rules.gainPlaces(rankChange));
                    }
                    if (s.gainPoints() != null && scoreChange != null && scoreChange >= s.gainPoints()) {
                        rules.add(Rules.gainPoints(scoreChange));
                    }
                    if (rules.isEmpty()) continue;
                    double raw = facts.leaf()[i] ? p.raw(u, leafPosition[i]) : Double.NaN;
                    unit.add(entry(fw, facts, p, st, u, i, raw, rankChange, scoreChange, lists.of(rules), 0));
                }
                return unit;
            });
        }
        return out;
    }

    /** Each node's position among the pool's leaf columns (-1 for aggregates). */
    private static int[] leafPositions(Framework fw, PoolResult p) {
        int[] pos = new int[fw.size()];
        java.util.Arrays.fill(pos, -1);
        for (int j = 0; j < p.leafNodes().length; j++) pos[p.leafNodes()[j]] = j;
        return pos;
    }

    /**
     * One immutable list per combination of rules: a national run's million entries share a few
     * dozen lists instead of holding a copy each (less memory, and the writers find them hot in cache).
     */
    private static final class RuleLists {
        private final java.util.Map<List<String>, List<String>> seen = new java.util.concurrent.ConcurrentHashMap<>();
        /** The lists of rules of fixed wording alone, by their bits: found without hashing a list per entry. */
        private final java.util.concurrent.atomic.AtomicReferenceArray<List<String>> fixed =
                new java.util.concurrent.atomic.AtomicReferenceArray<>(32);

        List<String> of(List<String> rules) {
            List<String> l = seen.get(rules);
            return l != null ? l : seen.computeIfAbsent(List.copyOf(rules), k -> k);
        }

        /** The labels whose bits are set, in order, then the others. */
        List<String> of(String[] labels, int bits, List<String> others) {
            List<String> all = new ArrayList<>();
            for (int b = 0; b < labels.length; b++) if ((bits & 1 << b) != 0) all.add(labels[b]);
            all.addAll(others);
            return of(all);
        }

        List<String> fixed(int bits, String[] labels) {
            List<String> l = fixed.get(bits);
            if (l == null) {
                l = of(labels, bits, List.of());
                fixed.set(bits, l);
            }
            return l;
        }
    }

    private static ShortboardEntry entry(Framework fw, NodeFacts facts, PoolResult p, PoolStats st, int u, int i, double raw,
                                         Integer rankChange, Double scoreChange, List<String> rules, double lost) {
        Node n = fw.node(i);
        return new ShortboardEntry(p.pool(), u, p.units().get(u).code(), p.units().get(u).displayName(), i, n.id(),
                n.displayName(), fw.depth(i), raw, p.scores()[u][i], st.mean()[i], st.best()[i], p.ranks()[u][i],
                st.count()[i], rankChange, scoreChange, rules, lost, facts.departments().get(i));
    }

    /** The departments that answer for a node: its own for a leaf, those of its leaves for an aggregate. */
    public static List<String> departments(Framework fw, int i) {
        Set<String> d = new LinkedHashSet<>();
        collect(fw, i, d);
        return new ArrayList<>(d);
    }

    private static void collect(Framework fw, int i, Set<String> d) {
        if (fw.node(i).isLeaf()) {
            d.addAll(fw.node(i).departments());
            return;
        }
        for (int c : fw.children(i)) collect(fw, c, d);
    }

    /** 进位 positive: previous rank − current rank; null when either is unknown. */
    public static Integer rankChange(PreviousScores prev, PoolResult p, int u, int i, String node) {
        if (prev == null) return null;
        PreviousScores.Entry e = prev.get(p.pool(), p.units().get(u).code(), node);
        int now = p.ranks()[u][i];
        return e == null || e.rank() == 0 || now == 0 ? null : e.rank() - now;
    }

    public static Double scoreChange(PreviousScores prev, PoolResult p, int u, int i, String node) {
        if (prev == null) return null;
        PreviousScores.Entry e = prev.get(p.pool(), p.units().get(u).code(), node);
        double now = p.scores()[u][i];
        return e == null || Double.isNaN(e.score()) || Double.isNaN(now) ? null : now - e.score();
    }
}
