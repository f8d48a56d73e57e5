package io.qqhi.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import io.qqhi.analysis.PeriodComparison;
import io.qqhi.analysis.PoolStats;
import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Department;
import io.qqhi.framework.Framework;
import io.qqhi.input.Coverage;
import io.qqhi.input.PeriodInputs;

/**
 * report.html: one self-contained, printable page in Chinese (no network, no scripts): rankings
 * per pool with tiers, 进位/退位, a heat map of level-3 scores, a profile per unit, the department
 * lists, methods and weights, data coverage. Rendered from a Mustache template; charts are inline SVG.
 */
public final class HtmlReport {
    static final int MAX_UNITS_IN_DETAIL = 200;

    private HtmlReport() {
    }

    public static String render(String period, IndexResult r, ComputeOutputs.RunLists lists, PeriodInputs in, String settings) {
        return render(period, r, lists, in, settings, null);
    }

    /** The report; a data folder's notice (示例数据…) stands under the title. */
    public static String render(String period, IndexResult r, ComputeOutputs.RunLists lists, PeriodInputs in, String settings,
                                String notice) {
        Framework fw = r.framework();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("notice", notice == null || notice.isBlank() ? null : notice);
        m.put("audit", audit(r));
        m.put("title", fw.root().displayName());
        m.put("period", io.qqhi.input.DataFolder.label(period));
        m.put("previous", lists.comparison() == null ? null : io.qqhi.input.DataFolder.label(lists.comparison().previousLabel()));
        Map<String, PeriodComparison.Row> idx = lists.comparison() == null ? Map.of() : lists.comparison().indexRows();
        List<Map<String, Object>> pools = new ArrayList<>();
        for (PoolResult p : r.pools()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("name", UnitPageWriter.poolName(p.pool()));
            pm.put("count", p.unitCount());
            List<SvgCharts.Bar> bars = new ArrayList<>();
            List<Map<String, Object>> moves = new ArrayList<>();
            for (int u : RankingsWriter.order(p)) {
                PeriodComparison.Row c = idx.get(p.pool() + "/" + p.units().get(u).code());
                String note = (p.tiers()[u] == null ? "" : p.tiers()[u])
                        + (c == null || c.rankChange() == null ? "" : " " + arrow(c.rankChange()));
                bars.add(new SvgCharts.Bar((p.ranks()[u][0] == 0 ? "—" : Integer.toString(p.ranks()[u][0])) + ". "
                        + p.units().get(u).displayName(), p.scores()[u][0],
                        SvgCharts.tierColour(p.tiers()[u]), note));
                if (c != null) {
                    Map<String, Object> mv = new LinkedHashMap<>();
                    mv.put("unit", p.units().get(u).displayName());
                    mv.put("rank", p.ranks()[u][0] == 0 ? "—" : p.ranks()[u][0]);
                    mv.put("previous", c.previousRank() == 0 ? "—" : c.previousRank());
                    mv.put("change", c.rankChange() == null ? "" : arrow(c.rankChange()));
                    mv.put("score", ListsWriter.change(c.scoreChange()));
                    moves.add(mv);
                }
            }
            pm.put("ranking", p.unitCount() <= MAX_UNITS_IN_DETAIL ? SvgCharts.bars(bars, 100) : null);
            pm.put("moves", moves);
            List<Map<String, Object>> notes = new ArrayList<>();
            for (int u : RankingsWriter.order(p)) {
                if (p.note(u).isEmpty()) continue;
                Map<String, Object> nm = new LinkedHashMap<>();
                nm.put("unit", p.units().get(u).displayName());
                nm.put("note", p.note(u));
                notes.add(nm);
            }
            pm.put("notes", notes);
            pm.put("hasMoves", !moves.isEmpty());
            List<Integer> l3 = new ArrayList<>();
            for (int i = 1; i < fw.size(); i++) if (p.active()[i] && fw.depth(i) == 3) l3.add(i);
            if (!l3.isEmpty() && p.unitCount() <= MAX_UNITS_IN_DETAIL) {
                List<String> rows = new ArrayList<>();
                List<String> cols = new ArrayList<>();
                double[][] v = new double[p.unitCount()][l3.size()];
                for (int i : l3) cols.add(fw.node(i).id());
                int k = 0;
                for (int u : RankingsWriter.order(p)) {
                    rows.add(p.units().get(u).displayName());
                    for (int j = 0; j < l3.size(); j++) v[k][j] = p.scores()[u][l3.get(j)];
                    k++;
                }
                pm.put("heatmap", SvgCharts.heatmap(rows, cols, v));
            }
            PoolStats st = PoolStats.of(p);
            List<Map<String, Object>> units = new ArrayList<>();
            if (p.unitCount() <= MAX_UNITS_IN_DETAIL) {
                for (int u : RankingsWriter.order(p)) {
                    Map<String, Object> um = new LinkedHashMap<>();
                    String key = p.pool() + "/" + p.units().get(u).code();
                    um.put("name", p.units().get(u).displayName());
                    um.put("code", p.units().get(u).code());
                    um.put("score", Numbers.fixed(p.scores()[u][0], 2));
                    um.put("rank", p.ranks()[u][0]);
                    um.put("tier", p.tiers()[u]);
                    List<SvgCharts.Bar> prof = new ArrayList<>();
                    for (int i = 1; i < fw.size(); i++) {
                        if (!p.active()[i] || fw.depth(i) != 2) continue;
                        prof.add(new SvgCharts.Bar(fw.node(i).displayName(), p.scores()[u][i], "#3b82c4",
                                "均值 " + Numbers.fixed(st.mean()[i], 1)));
                    }
                    um.put("profile", SvgCharts.bars(prof, 100));
                    String code = p.units().get(u).code();
                    io.qqhi.analysis.TwoWayLists two = lists.twoWay();
                    um.put("promotion", two == null ? List.of() : entries(two.promotion(), code));
                    um.put("rectification", two == null ? List.of() : entries(two.rectification(), code));
                    List<Map<String, Object>> follow = new ArrayList<>();
                    if (two != null) {
                        for (io.qqhi.analysis.TwoWayLists.FollowUp f : two.followUp()) {
                            if (!f.unit().equals(code)) continue;
                            Map<String, Object> fm = new LinkedHashMap<>();
                            fm.put("node", f.nodeName());
                            fm.put("now", f.now().isEmpty() ? "无数据" : f.now());
                            fm.put("status", f.status());
                            follow.add(fm);
                        }
                    }
                    um.put("followUp", follow);
                    um.put("hasFollowUp", !follow.isEmpty());
                    units.add(um);
                }
            }
            pm.put("units", units);
            pools.add(pm);
        }
        m.put("pools", pools);
        List<Map<String, Object>> deps = new ArrayList<>();
        if (lists.twoWay() != null) {
            for (Map.Entry<String, List<io.qqhi.analysis.TwoWayLists.Entry>> g : lists.twoWay().byGuide(fw).entrySet()) {
                java.util.Set<String> places = new java.util.LinkedHashSet<>();
                g.getValue().forEach(e -> places.add(e.unitName()));
                deps.add(Map.of("name", g.getKey(), "count", g.getValue().size(), "places", places.size()));
            }
        }
        m.put("departments", deps);
        List<Map<String, Object>> weights = new ArrayList<>();
        for (int i = 1; i < fw.size(); i++) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("indent", "　".repeat(fw.depth(i) - 1));
            w.put("id", fw.node(i).id());
            w.put("name", fw.node(i).displayName());
            w.put("local", Numbers.fixed(fw.localWeight(i), 4));
            w.put("global", Numbers.fixed(fw.globalWeight(i), 4));
            weights.add(w);
        }
        m.put("weights", weights);
        m.put("settings", settings);
        if (in != null) {
            List<Map<String, Object>> cov = new ArrayList<>();
            for (Map.Entry<String, List<Coverage.Cell>> e : in.coverage().byDepartment().entrySet()) {
                int exp = e.getValue().stream().mapToInt(x -> x.expected().size()).sum();
                int rec = e.getValue().stream().mapToInt(x -> x.received().size()).sum();
                Department d = fw.department(e.getKey());
                cov.add(Map.of("name", d == null ? e.getKey() : d.name(), "received", rec, "expected", exp));
            }
            m.put("coverage", cov);
        }
        return Templates.load("report").execute(m);
    }

    /** The audit's flags and a correlation map of each level-1 dimension's leaves, per pool. */
    private static List<Map<String, Object>> audit(IndexResult r) {
        Framework fw = r.framework();
        io.qqhi.analysis.StatisticalAudit a = io.qqhi.analysis.StatisticalAudit.of(r);
        java.io.StringWriter flags = new java.io.StringWriter();
        AuditWriter.printSummary(new java.io.PrintWriter(flags), a, null);
        List<Map<String, Object>> out = new ArrayList<>();
        for (PoolResult p : r.pools()) {
            List<Map<String, Object>> dims = new ArrayList<>();
            for (int d : fw.children(0)) {
                if (!p.active()[d]) continue;
                List<Integer> leaves = new ArrayList<>();
                for (int leaf : p.leafNodes()) {
                    int x = leaf;
                    while (x > 0 && fw.parent(x) != 0) x = fw.parent(x);
                    if (x == d && p.active()[leaf]) leaves.add(leaf);
                }
                if (leaves.size() < 2 || leaves.size() > 40) continue;
                List<String> labels = new ArrayList<>();
                double[][] cor = new double[leaves.size()][leaves.size()];
                for (int i = 0; i < leaves.size(); i++) {
                    labels.add(fw.node(leaves.get(i)).id());
                    for (int j = 0; j < leaves.size(); j++) {
                        cor[i][j] = i == j ? 1 : io.qqhi.analysis.AuditStats.pearson(p.column(leaves.get(i)), p.column(leaves.get(j)));
                    }
                }
                dims.add(Map.of("name", fw.node(d).displayName(), "svg", SvgCharts.correlations(labels, cor)));
            }
            out.add(Map.of("pool", UnitPageWriter.poolName(p.pool()), "dims", dims));
        }
        List<Map<String, Object>> wrap = new ArrayList<>();
        wrap.add(Map.of("flags", flags.toString(), "pools", out));
        return wrap;
    }

    /** A place's entries of one list, as the report shows them: the 认定依据 and the change. */
    private static List<Map<String, Object>> entries(List<io.qqhi.analysis.TwoWayLists.Entry> all, String unit) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (io.qqhi.analysis.TwoWayLists.Entry e : all) {
            if (!e.unit().equals(unit)) continue;
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("node", e.nodeName());
            x.put("basis", e.basis());
            x.put("change", e.change());
            x.put("guide", e.guide());
            x.put("mark", (e.repeated() ? "连续上榜" : "") + (e.verification().isEmpty() ? "" : "（数据" + e.verification() + "）"));
            out.add(x);
        }
        return out;
    }



    static String arrow(int change) {
        return change > 0 ? "↑" + change : change < 0 ? "↓" + (-change) : "→";
    }
}
