package io.qqhi.report.word;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qqhi.analysis.PeriodComparison;
import io.qqhi.analysis.PoolStats;
import io.qqhi.analysis.Spread;
import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.framework.Issuer;
import io.qqhi.input.DataFolder;
import io.qqhi.report.ComputeOutputs;
import io.qqhi.report.Dates;
import io.qqhi.report.Numbers;
import io.qqhi.report.PlaceLists;
import io.qqhi.report.records.UnitPageWriter;

/**
 * The 专报 to the 党委 and 政府 leaders (docs/formats.md, documents): one A4 page with its own 版头
 * (the index's 专报 in red, the 期号, the issuer and the date), the headline figures per pool, the
 * top and bottom three, three findings and what is asked, and the 版记 with whom it goes to. Every
 * sentence is short and bounded (at most three names per list), so that the page holds for any
 * number of places.
 */
final class Brief {
    /** Places named at each end of a pool's ranking. */
    static final int ENDS = 3;

    private final IndexResult r;
    private final Framework fw;
    private final ComputeOutputs.RunLists lists;
    private final GovDocument d = new GovDocument(GovDocument.SI_HAO, 24);

    private Brief(IndexResult r, ComputeOutputs.RunLists lists) {
        this.r = r;
        this.fw = r.framework();
        this.lists = lists;
    }

    static byte[] write(IndexResult r, ComputeOutputs.RunLists lists, String period, String notice, Documents.Issue issue) {
        Brief b = new Brief(r, lists);
        Issuer is = b.fw.issuer();
        String date = issue.date() == null ? "【成文日期】" : Dates.chinese(issue.date());
        String when = DataFolder.label(period);
        b.d.briefHead(b.fw.root().displayName() + "专报", "第" + (issue.number() == null ? "【 】" : issue.number()) + "期",
                is == null ? "【发文机关】" : is.name(), date, is == null || is.redHeader());
        b.d.title(when + b.fw.root().displayName() + "评价情况", false);
        if (notice != null && !notice.isBlank()) b.d.text("【" + notice + "】");
        b.d.text(b.headline(period));
        b.d.heading("一、总体情况");
        for (PoolResult p : r.pools()) b.d.text(b.ends(p));
        b.d.heading("二、主要发现");
        b.findings();
        b.d.heading("三、工作建议");
        b.asks();
        b.d.imprint("报：" + (is == null || is.reportTo().isEmpty() ? "【报送对象】" : String.join("，", is.reportTo())) + "。",
                is == null ? "【印发机关】" : is.printer(), date, false);
        return b.d.bytes();
    }

    /** 本期对全市…开展评价。区（县、市）平均X分，较上期提高Y分；…。上期问题整改清单N项，已销号M项。 */
    private String headline(String period) {
        StringBuilder s = new StringBuilder("本期评价全市" + Documents.scope(r) + "。");
        String previous = lists.comparison() == null ? null : DataFolder.label(lists.comparison().previousLabel());
        Map<String, PeriodComparison.Row> idx = lists.comparison() == null ? Map.of() : lists.comparison().indexRows();
        for (int i = 0; i < r.pools().size(); i++) {
            PoolResult p = r.pools().get(i);
            s.append(i == 0 ? "" : "；").append(UnitPageWriter.poolName(p.pool())).append("平均")
                    .append(Numbers.fixed(mean(p), 2)).append("分");
            double change = Documents.meanChange(p, idx);
            if (previous != null && !Double.isNaN(change)) {
                String abs = Numbers.fixed(Math.abs(change), 2);
                s.append(abs.equals("0.00") ? "，与上期持平" : "，较上期" + (change > 0 ? "提高" : "降低") + abs + "分");
            }
        }
        s.append("。");
        PlaceLists two = lists.twoWay();
        if (two != null && !two.followUp().isEmpty()) {
            long closed = two.followUp().stream().filter(f -> f.status().equals("已销号")).count();
            s.append(previous == null ? "上期" : previous).append("问题整改事项").append(two.followUp().size()).append("项，已销号")
                    .append(closed).append("项。");
        }
        return s.toString();
    }

    /** 区（县、市）中，A、B、C位列前三，X、Y、Z位列后三，最高与最低相差D分。 */
    private String ends(PoolResult p) {
        List<Integer> ranked = new ArrayList<>();
        for (int u = 0; u < p.unitCount(); u++) if (p.ranks()[u][0] > 0) ranked.add(u);
        ranked.sort((a, b) -> Integer.compare(p.ranks()[a][0], p.ranks()[b][0]));
        StringBuilder s = new StringBuilder(UnitPageWriter.poolName(p.pool()) + "：");
        if (ranked.isEmpty()) return s.append("本期无参与排名的单位。").toString();
        int n = Math.min(ENDS, ranked.size() / 2);
        if (n == 0) return s.append(names(p, ranked)).append("参与排名。").toString();
        s.append(names(p, ranked.subList(0, n))).append("居前").append(Documents.numeral(n - 1)).append("，")
                .append(names(p, ranked.subList(ranked.size() - n, ranked.size()))).append("居后").append(Documents.numeral(n - 1));
        double hi = p.scores()[ranked.get(0)][0];
        double lo = p.scores()[ranked.get(ranked.size() - 1)][0];
        return s.append("，首末相差").append(Numbers.fixed(hi - lo, 2)).append("分。").toString();
    }

    /** Three findings from the first pool's dimensions and the rectification list. */
    private void findings() {
        PoolResult p = r.pools().get(0);
        PoolStats st = PoolStats.of(p);
        List<Spread> top = new ArrayList<>();
        for (int ch : fw.children(0)) {
            if (!p.active()[ch]) continue;
            Spread sp = Spread.of(p, ch, st);
            if (sp.count() > 0) top.add(sp);
        }
        String pool = UnitPageWriter.poolName(p.pool());
        int k = 0;
        if (top.size() >= 2) {
            Spread hi = top.get(0);
            Spread wide = top.get(0);
            for (Spread sp : top) {
                if (sp.mean() > hi.mean()) hi = sp;
                if (!(sp.cv() <= wide.cv())) wide = sp;
            }
            d.text("（" + Documents.numeral(k++) + "）" + fw.node(hi.node()).displayName() + "总体较好。" + pool + "平均"
                    + Numbers.fixed(hi.mean(), 2) + "分，居" + Documents.numeral(top.size() - 1) + "个方面之首。");
            d.text("（" + Documents.numeral(k++) + "）" + fw.node(wide.node()).displayName() + "差距最大。" + pool + "最高"
                    + Numbers.fixed(wide.max(), 2) + "分（" + p.units().get(wide.maxUnit()).displayName() + "），最低"
                    + Numbers.fixed(wide.min(), 2) + "分（" + p.units().get(wide.minUnit()).displayName() + "）。");
        }
        String board = commonShortBoard();
        if (board != null) d.text("（" + Documents.numeral(k) + "）" + board);
    }

    /** The item most often on the rectification list, with how many places and the first three of them. */
    private String commonShortBoard() {
        PlaceLists two = lists.twoWay();
        if (two == null || two.rectification().isEmpty()) return null;
        Map<String, List<PlaceLists.Entry>> byNode = new LinkedHashMap<>();
        for (PlaceLists.Entry e : two.rectification()) byNode.computeIfAbsent(e.nodeId(), x -> new ArrayList<>()).add(e);
        List<PlaceLists.Entry> most = null;
        for (List<PlaceLists.Entry> l : byNode.values()) if (most == null || l.size() > most.size()) most = l;
        List<String> places = new ArrayList<>();
        for (PlaceLists.Entry e : most) if (places.size() < ENDS && !places.contains(e.unitName())) places.add(e.unitName());
        long events = most.stream().filter(PlaceLists.Entry::negativeEvent).count();
        String who = String.join("、", places) + (most.size() > places.size() ? "等" : "") + most.size() + "个单位";
        if (events == most.size()) return most.get(0).nodeName() + "问题较集中。" + who + "本期发生，均列入问题整改清单。";
        return most.get(0).nodeName() + "问题较集中。" + who + "列入问题整改清单" + (events > 0 ? "，其中" + events + "个本期发生" : "") + "。";
    }

    /** 建议督促…整改；推广…做法. */
    private void asks() {
        PlaceLists two = lists.twoWay();
        if (two == null) {
            d.text("建议各地对照评价结果查找短板，市级有关单位加强业务指导。");
            return;
        }
        long places = two.rectification().stream().map(e -> e.pool() + "/" + e.unit()).distinct().count();
        d.text("建议督促" + places + "个单位对" + two.rectification().size() + "项问题逐项整改，" + two.byGuide(fw).size()
                + "个市级指导单位加强对口指导，整改情况纳入下期评价；" + (two.promotion().isEmpty() ? "各地总结有效做法。"
                : "总结推广" + two.promotion().size() + "项成绩做法。"));
    }

    private static String names(PoolResult p, List<Integer> units) {
        List<String> n = new ArrayList<>();
        for (int u : units) n.add(p.units().get(u).displayName());
        return String.join("、", n);
    }

    private static double mean(PoolResult p) {
        double sum = 0;
        int n = 0;
        for (int u = 0; u < p.unitCount(); u++) {
            double v = p.scores()[u][0];
            if (Double.isNaN(v) || !PoolStats.counted(p, u)) continue;
            sum += v;
            n++;
        }
        return n == 0 ? Double.NaN : sum / n;
    }


}
