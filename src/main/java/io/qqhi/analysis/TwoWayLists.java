package io.qqhi.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.framework.ListSpec;
import io.qqhi.framework.ListTerms;
import io.qqhi.framework.Node;
import io.qqhi.framework.Text;
import io.qqhi.input.LeafDeriver;

/**
 * The lists a 工商联 publishes (docs/methods.md, lists): 问题整改清单 (rectification), 成绩推广清单
 * (promotion) and 关注清单 (watch), leaf by leaf, stated in the leaves' own units, addressed to who
 * must act, exclusive, at most {@link ListSpec#maxItems()} per unit and list; and last period's
 * rectification items followed up.
 */
public record TwoWayLists(List<Entry> rectification, List<Entry> promotion, List<Entry> watch, List<FollowUp> followUp) {

    /** One entry: the facts in the leaf's units, the sentence that states them, and who acts. */
    public record Entry(String pool, String unit, String unitName, String nodeId, String nodeName, int level, String value,
                        String measure, String mean, String best, String gap, String score, String rank, String change,
                        String basis, String lead, String support, String guide, String deadline, String criterion,
                        String verification, boolean negativeEvent, boolean repeated, double pointsLost) {
    }

    /** A rectification item of the previous list and whether it is closed now. */
    public record FollowUp(String unit, String unitName, String nodeId, String nodeName, String status, String now) {
    }

    public static final String CLOSED = "已销号";
    public static final String OPEN = "未销号";
    public static final String UNKNOWN = "无法判断";

    /** 进位3位 / 退位2位 / 位次持平: a change of place (previous − current), as every list and document states it. */
    public static String move(int rankChange) {
        return rankChange > 0 ? "进位" + rankChange + "位" : rankChange < 0 ? "退位" + (-rankChange) + "位" : "位次持平";
    }

    /** One place's items of last period's list and their status. */
    public List<FollowUp> followUpOf(String unit) {
        return followUp.stream().filter(f -> f.unit().equals(unit)).toList();
    }

    /** One place's entries of a list, in the list's order. */
    public static List<Entry> of(List<Entry> list, String pool, String unit) {
        return list.stream().filter(e -> e.pool().equals(pool) && e.unit().equals(unit)).toList();
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
        Framework fw = r.framework();
        ListSpec spec = fw.lists();
        List<Entry> rect = new ArrayList<>();
        List<Entry> promo = new ArrayList<>();
        List<Entry> watch = new ArrayList<>();
        List<FollowUp> follow = new ArrayList<>();
        for (PoolResult p : r.pools()) {
            int[] leaves = p.leafNodes();
            int m = p.unitCount();
            // per leaf: the pool's mean and best raw value, and how many units it ranks
            double[] mean = new double[leaves.length];
            double[] best = new double[leaves.length];
            int[] ranked = new int[leaves.length];
            double[] bestScore = new double[leaves.length];
            int[][] atRank = new int[leaves.length][];
            ListTerms[] terms = new ListTerms[leaves.length];
            for (int j = 0; j < leaves.length; j++) terms[j] = fw.listTerms(leaves[j]);
            for (int j = 0; j < leaves.length; j++) {
                if (!p.active()[leaves[j]]) continue;
                int sign = fw.node(leaves[j]).direction().sign;
                double sum = 0;
                int n = 0;
                double b = Double.NaN;
                for (int u = 0; u < m; u++) {
                    double x = p.denominated(u, j);
                    if (Double.isNaN(x)) continue;
                    sum += x;
                    n++;
                    if (Double.isNaN(b) || sign * x > sign * b) b = x;
                }
                mean[j] = n == 0 ? Double.NaN : sum / n;
                best[j] = b;
                ranked[j] = n;
                bestScore[j] = bestScore(p, leaves[j]);
                // how many units share each place: ties are said as 并列 (counted once, not per unit)
                atRank[j] = new int[m + 1];
                for (int u = 0; u < m; u++) atRank[j][p.ranks()[u][leaves[j]]]++;
            }
            for (int u = 0; u < m; u++) {
                String code = p.units().get(u).code();
                boolean unitRanked = p.ranks()[u][0] != 0;
                List<Entry> events = new ArrayList<>();
                List<Entry> low = new ArrayList<>();
                List<Entry> high = new ArrayList<>();
                for (int j = 0; j < leaves.length; j++) {
                    int node = leaves[j];
                    if (!p.active()[node]) continue;
                    Node leaf = fw.node(node);
                    double x = p.denominated(u, j);
                    if (Double.isNaN(x) || Double.isNaN(mean[j])) continue;
                    int sign = leaf.direction().sign;
                    ListTerms t = terms[j];
                    boolean deduction = leaf.normalise() != null && leaf.normalise().method().equals("deduction");
                    boolean isFlagged = usesFlagged(fw, leaf, code, flagged);
                    int rank = p.ranks()[u][node];
                    int n = ranked[j];
                    Integer rankChange = null;
                    Double scoreChange = null;
                    if (prev != null) {
                        PreviousScores.Entry e = prev.get(p.pool(), code, leaf.id());
                        if (e != null && e.rank() != 0 && rank != 0) rankChange = e.rank() - rank;
                        if (e != null) scoreChange = p.scores()[u][node] - e.score();
                    }
                    double lost = p.globalWeight()[node] * (bestScore[j] - p.scores()[u][node]);
                    boolean worse = sign * (mean[j] - x) > 0;
                    double gapSize = Math.abs(x - mean[j]);
                    boolean bottom = rank != 0 && rank > n - (int) Math.ceil(n * spec.bottomShare());
                    double minGap = t.minGap() == null ? 0 : t.minGap();
                    Facts f = new Facts(fw, p, u, j, node, x, mean[j], best[j], rank, rankChange, rank != 0 && atRank[j][rank] > 1);
                    if (deduction && x > 0) {
                        events.add(f.entry("rect", t, spec, true, isFlagged, previously, lost));
                    } else if (!deduction && bottom && worse && gapSize >= minGap) {
                        low.add(f.entry("rect", t, spec, false, isFlagged, previously, lost));
                    } else if (!deduction && unitRanked && !isFlagged && !Boolean.FALSE.equals(t.promote())
                            && sign * (x - mean[j]) > 0 && rank != 0
                            && (rank <= spec.promoteTop() || (rankChange != null && rankChange >= spec.risePlaces()
                            && rank <= Math.ceil(n / 2.0)))) {
                        high.add(f.entry("promo", t, spec, false, false, null, lost));
                    } else if ((rankChange != null && rankChange <= -spec.fallPlaces())
                            || (scoreChange != null && scoreChange <= -spec.fallPoints()) || isFlagged) {
                        watch.add(f.entry("watch", t, spec, false, isFlagged, null, lost));
                    }
                }
                // negative events first and never cut; then the largest index points lost
                low.sort(Comparator.comparingDouble((Entry e) -> -e.pointsLost()));
                rect.addAll(events);
                rect.addAll(low.subList(0, Math.min(low.size(), spec.maxItems())));
                high.sort(Comparator.comparing((Entry e) -> rankNumber(e.rank())).thenComparingDouble(e -> -e.pointsLost()));
                promo.addAll(high.subList(0, Math.min(high.size(), spec.maxItems())));
                if (previously != null) {
                    for (int j = 0; j < leaves.length; j++) {
                        Node leaf = fw.node(leaves[j]);
                        if (!previously.contains(key(code, leaf.id()))) continue;
                        double x = p.denominated(u, j);
                        boolean deduction = leaf.normalise() != null && leaf.normalise().method().equals("deduction");
                        String status = Double.isNaN(x) || Double.isNaN(mean[j]) ? UNKNOWN
                                : deduction ? (x == 0 ? CLOSED : OPEN)
                                : leaf.direction().sign * (x - mean[j]) >= 0 ? CLOSED : OPEN;
                        follow.add(new FollowUp(code, p.units().get(u).displayName(), leaf.id(), leaf.displayName(), status,
                                Double.isNaN(x) ? "" : Facts.number(x) + measure(leaf)));
                    }
                }
            }
        }
        return new TwoWayLists(List.copyOf(rect), List.copyOf(promo), List.copyOf(watch), List.copyOf(follow));
    }

    private static int rankNumber(String rank) {
        String digits = rank.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    private static double bestScore(PoolResult p, int node) {
        double b = Double.NaN;
        for (int u = 0; u < p.unitCount(); u++) {
            double s = p.scores()[u][node];
            if (!Double.isNaN(s) && (Double.isNaN(b) || s > b)) b = s;
        }
        return b;
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

    /** One unit's facts on one leaf, and the sentences that state them. */
    private static final class Facts {
        final Framework fw;
        final PoolResult p;
        final int u;
        final Node leaf;
        final double x;
        final double mean;
        final double best;
        final int rank;
        final Integer rankChange;
        final boolean tied;
        final double score;

        Facts(Framework fw, PoolResult p, int u, int j, int node, double x, double mean, double best, int rank,
              Integer rankChange, boolean tied) {
            this.fw = fw;
            this.p = p;
            this.u = u;
            this.leaf = fw.node(node);
            this.x = x;
            this.mean = mean;
            this.best = best;
            this.rank = rank;
            this.rankChange = rankChange;
            this.tied = tied;
            this.score = p.scores()[u][node];
        }

        /** A figure to two decimals as a person writes it (83.75, 5.9, 12): from the rounded hundredths, no double expansion. */
        static String number(double v) {
            if (!Double.isFinite(v)) return Text.number(v);
            long hundredths = Math.round(v * 100);
            return hundredths == 0 ? "0" : BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
        }

        String where() {
            switch (p.pool()) {
                case "district": return "全市";
                case "township": return "全市重点乡镇";
                default: return "组内";
            }
        }

        String rankText() {
            return rank == 0 ? "" : (tied ? "并列第" : "第") + rank;
        }

        String change() {
            return rankChange == null ? "" : move(rankChange);
        }

        /** "低于全市平均3.6个百分点", "高于全市平均2.5工作日": the gap in the leaf's own units. */
        String gap() {
            String m = measure(leaf);
            String amount = number(Math.abs(x - mean)) + (m.equals("%") ? "个百分点" : m);
            return (x < mean ? "低于" : x > mean ? "高于" : "等于") + where() + "平均" + (x == mean ? "" : amount);
        }

        Entry entry(String kind, ListTerms terms, ListSpec spec, boolean event, boolean flagged, Set<String> previously,
                    double lost) {
            String m = measure(leaf);
            String unitName = p.units().get(u).displayName();
            String basis = event ? leaf.displayName() + "：本期发生" + number(x) + "起"
                    : leaf.displayName() + number(x) + m + "，" + gap() + "，居" + where() + rankText() + "位";
            String lead = terms.lead() == null || terms.lead().equals(ListTerms.LOCAL) ? unitName + "（属地）"
                    : fw.departmentName(terms.lead());
            String criterion = event ? "本期不再发生" : "达到" + where() + "平均（" + number(mean) + m + "）";
            boolean repeated = previously != null && previously.contains(key(p.units().get(u).code(), leaf.id()));
            return new Entry(p.pool(), p.units().get(u).code(), unitName, leaf.id(), leaf.displayName(),
                    fw.depth(fw.indexOf(leaf.id())), number(x), m, number(mean), number(best),
                    event ? "发生" + number(x) + "起" : gap(), number(score),
                    rankText(), change(), basis, kind.equals("rect") ? lead : "", kind.equals("rect") ? names(terms.support()) : "",
                    names(terms.guide()), kind.equals("rect") ? spec.deadline() : "", kind.equals("rect") ? criterion : "",
                    flagged ? "待核实" : "", event, repeated, lost);
        }

        String names(List<String> ids) {
            if (ids == null || ids.isEmpty()) return "";
            List<String> n = new ArrayList<>();
            for (String id : ids) n.add(fw.departmentName(id));
            return String.join("、", n);
        }
    }

    /** Per guiding department: the units and items it guides on the rectification list. */
    public Map<String, List<Entry>> byGuide(Framework fw) {
        Map<String, List<Entry>> out = new LinkedHashMap<>();
        for (Entry e : rectification) {
            if (e.guide().isEmpty()) continue;
            for (String g : e.guide().split("、")) out.computeIfAbsent(g, k -> new ArrayList<>()).add(e);
        }
        return out;
    }

    /** The rectification items as keys, for the next period's follow-up. */
    public Set<String> rectificationKeys() {
        Set<String> s = new HashSet<>();
        for (Entry e : rectification) s.add(key(e.unit(), e.nodeId()));
        return s;
    }
}
