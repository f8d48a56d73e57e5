package io.qqhi.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.qqhi.analysis.Ledger;
import io.qqhi.analysis.TwoWayLists;
import io.qqhi.framework.Framework;
import io.qqhi.framework.ListSpec;
import io.qqhi.framework.ListTerms;
import io.qqhi.framework.Text;
import io.qqhi.input.Case;
import io.qqhi.input.DataFolder;

/**
 * The sentences of the lists (docs/methods.md, lists), from the analysis' facts: "法治宣传进企业月度覆盖率
 * 66.67%，低于全市平均12.5个百分点，居全市并列第10位", who acts, the 销号 standard. Always Chinese
 * (content bundle): the lists are what places receive.
 */
public final class ListText {
    /** Between names in one cell (市发展改革委、市司法局). */
    static final String SEP = Text.content("list.sep");

    private ListText() {
    }

    /**
     * @param period the lists' period: the 销号 standard names the next one ("2026年下半年达到全市平均…"),
     *               when the follow-up will judge it
     */
    public static PlaceLists render(TwoWayLists lists, Framework fw, String period) {
        return render(lists, fw, period, null, List.of());
    }

    /**
     * With last period's ledger (each follow-up item's reported 整改进度: 未反馈 when none, empty
     * without a ledger) and the period's 典型案例 (a leaf's case fills its promotion's 可推广做法;
     * the documents tell those behind a promotion and those on a theme).
     */
    public static PlaceLists render(TwoWayLists lists, Framework fw, String period, Ledger ledger, List<Case> cases) {
        if (lists == null) return null;
        List<PlaceLists.FollowUp> follow = new ArrayList<>();
        for (TwoWayLists.FollowUp f : lists.followUp()) {
            follow.add(new PlaceLists.FollowUp(f.unit(), f.unitName(), f.nodeId(), f.nodeName(),
                    Text.content("list.status." + f.status().name()), Double.isNaN(f.now()) ? "" : number(f.now()) + f.measure(),
                    Double.isNaN(f.standard()) ? Text.content("list.standard.event")
                            : Text.content("list.standard", number(f.standard()), f.measure()), progress(ledger, f)));
        }
        // leaf values without a period (--indicator-data) know no next period by name
        boolean known = period != null && DataFolder.PERIOD.matcher(period).matches();
        String next = known ? DataFolder.label(DataFolder.next(period)) : Text.content("list.next-period");
        String due = known ? Dates.chinese(DataFolder.lastDay(DataFolder.next(period)).toString()) : Text.content("list.due-next");
        Map<String, String> practice = new HashMap<>();
        for (Case c : cases) {
            if (!c.node().isEmpty()) practice.merge(c.unit() + "-" + c.node(), "《" + c.title() + "》", (a, b) -> a + "、" + b);
        }
        List<PlaceLists.Entry> promotion = new ArrayList<>();
        for (PlaceLists.Entry e : entries(lists.promotion(), fw, next, due)) promotion.add(withPractice(e, practice));
        List<Case> told = new ArrayList<>();
        for (Case c : cases) {
            if (c.node().isEmpty() || promotion.stream().anyMatch(e -> e.unit().equals(c.unit()) && e.nodeId().equals(c.node()))) {
                told.add(c);
            }
        }
        return new PlaceLists(entries(lists.rectification(), fw, next, due), List.copyOf(promotion),
                entries(lists.watch(), fw, next, due), List.copyOf(follow), List.copyOf(told));
    }

    private static List<PlaceLists.Entry> entries(List<TwoWayLists.Entry> facts, Framework fw, String next, String due) {
        List<PlaceLists.Entry> out = new ArrayList<>(facts.size());
        for (TwoWayLists.Entry e : facts) out.add(entry(e, fw, next, due));
        return List.copyOf(out);
    }

    private static PlaceLists.Entry entry(TwoWayLists.Entry e, Framework fw, String next, String due) {
        boolean rect = e.kind() == TwoWayLists.Kind.RECTIFY;
        boolean event = e.negativeEvent();
        String where = where(e.pool());
        String x = number(e.value());
        String rank = rankText(e);
        String basis = event ? Text.content("list.basis.event", e.nodeName(), x)
                : rank.isEmpty() ? Text.content("list.basis.unranked", e.nodeName(), x, e.measure(), gap(e))
                : Text.content("list.basis", e.nodeName(), x, e.measure(), gap(e), where, rank);
        // a promotion admitted by its rise says so: 第7位 alone is no achievement
        if (e.byRise() && e.rankChange() != null) basis = Text.content("list.basis.rise", basis, String.valueOf(e.rankChange()));
        // a figure carried forward from the year before says so (docs/methods.md, annual items)
        if (e.annualYear() != null) basis = Text.content("list.basis.annual", basis, e.annualYear());
        String lead = e.lead() == null || e.lead().equals(ListTerms.LOCAL) ? Text.content("list.lead.local", e.unitName())
                : fw.departmentName(e.lead());
        String criterion = event ? Text.content("list.criterion.event", next)
                : Text.content("list.criterion", next, where, number(e.mean()), e.measure());
        return new PlaceLists.Entry(e.pool(), e.unit(), e.unitName(), e.nodeId(), e.nodeName(), e.level(), x, e.measure(),
                number(e.mean()), number(e.best()), event ? Text.content("list.gap.event", x) : gap(e), number(e.score()), rank,
                e.rankChange() == null ? "" : move(e.rankChange()), basis, rect ? lead : "", rect ? names(e.support(), fw) : "",
                names(e.guide(), fw), rect ? deadline(e.deadline(), due) : "", rect ? criterion : "", e.flagged() ? Text.content("list.verify") : "",
                event, e.repeated(), e.pointsLost(), "");
    }

    private static PlaceLists.Entry withPractice(PlaceLists.Entry e, Map<String, String> practice) {
        String p = practice.get(e.unit() + "-" + e.nodeId());
        if (p == null) return e;
        return new PlaceLists.Entry(e.pool(), e.unit(), e.unitName(), e.nodeId(), e.nodeName(), e.level(), e.value(), e.measure(),
                e.mean(), e.best(), e.gap(), e.score(), e.rank(), e.change(), e.basis(), e.lead(), e.support(), e.guide(), e.deadline(),
                e.criterion(), e.verification(), e.negativeEvent(), e.repeated(), e.pointsLost(), Text.content("list.case", p));
    }

    private static String progress(Ledger ledger, TwoWayLists.FollowUp f) {
        if (ledger == null || ledger.items().isEmpty()) return "";
        Ledger.Item i = ledger.find(f.unit() + "-" + f.nodeId());
        return i == null ? Text.content("list.progress.none") : Text.content("list.progress." + i.progress().name());
    }

    /**
     * The 完成时限 as the framework's {@code lists.deadline} gives it: {@link ListSpec#NEXT_PERIOD_END}
     * is the last day of the next period (2026H1's list → 2026年12月31日, before the next evaluation
     * reads its figures); any other text is printed as it is.
     */
    static String deadline(String rule, String due) {
        return rule.equals(ListSpec.NEXT_PERIOD_END) ? due : rule;
    }

    /** 进位3位 / 退位2位 / 位次持平: a change of place (previous − current), as every list and document states it. */
    public static String move(int rankChange) {
        return rankChange > 0 ? Text.content("list.move.up", String.valueOf(rankChange))
                : rankChange < 0 ? Text.content("list.move.down", String.valueOf(-rankChange)) : Text.content("list.move.none");
    }

    /** The rank move since the previous period split into the place's own change and the others' (RankMoveSplit). */
    public static String moveSplit(int own, int others) {
        int total = own + others;
        String o = own > 0 ? Text.content("move.split.own-up", String.valueOf(own))
                : own < 0 ? Text.content("move.split.own-down", String.valueOf(-own)) : Text.content("move.split.own-nil");
        String t = others > 0 ? Text.content("move.split.others-up", String.valueOf(others))
                : others < 0 ? Text.content("move.split.others-down", String.valueOf(-others)) : Text.content("move.split.others-nil");
        return Text.content("move.split", total == 0 ? Text.content("move.split.none") : move(total), o, t);
    }

    /** Whom a mean is of: the city's districts, its key townships, or the group. */
    private static String where(String pool) {
        switch (pool) {
            case "district": return Text.content("list.where.district");
            case "township": return Text.content("list.where.township");
            default: return Text.content("list.where.other");
        }
    }

    private static String rankText(TwoWayLists.Entry e) {
        if (e.rank() == 0) return "";
        return Text.content(e.tied() ? "list.rank-tied" : "list.rank", String.valueOf(e.rank()));
    }

    /** "低于全市平均3.6个百分点", "高于全市平均2.5工作日": the gap in the leaf's own units. */
    private static String gap(TwoWayLists.Entry e) {
        double x = e.value();
        double mean = e.mean();
        String where = where(e.pool());
        if (x == mean) return Text.content("list.gap.equal", where);
        String amount = number(Math.abs(x - mean)) + (e.measure().equals("%") ? Text.content("list.percent-points") : e.measure());
        return Text.content(x < mean ? "list.gap.below" : "list.gap.above", where, amount);
    }

    private static String names(List<String> ids, Framework fw) {
        List<String> n = new ArrayList<>();
        for (String id : ids) n.add(fw.departmentName(id));
        return String.join(SEP, n);
    }

    /** A figure to two decimals as a person writes it (83.75, 5.9, 12): from the rounded hundredths, no double expansion. */
    static String number(double v) {
        if (!Double.isFinite(v)) return Text.number(v);
        long hundredths = Math.round(v * 100);
        return hundredths == 0 ? "0" : BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
    }
}
