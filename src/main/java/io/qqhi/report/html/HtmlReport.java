package io.qqhi.report.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

import io.qqhi.analysis.AuditStats;
import io.qqhi.analysis.EffectiveWeights;
import io.qqhi.analysis.PeriodComparison;
import io.qqhi.analysis.PoolStats;
import io.qqhi.analysis.StatisticalAudit;
import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Department;
import io.qqhi.framework.Framework;
import io.qqhi.input.Coverage;
import io.qqhi.input.DataFolder;
import io.qqhi.input.PeriodInputs;
import io.qqhi.report.ComputeOutputs;
import io.qqhi.report.MethodsText;
import io.qqhi.report.Notes;
import io.qqhi.report.Numbers;
import io.qqhi.report.PlaceLists;
import io.qqhi.report.records.ListsWriter;
import io.qqhi.report.records.RankingsWriter;
import io.qqhi.report.records.UnitPageWriter;

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
        m.put("period", DataFolder.label(period));
        m.put("previous", lists.comparison() == null ? null : DataFolder.label(lists.comparison().previousLabel()));
        Map<String, PeriodComparison.Row> idx = lists.comparison() == null ? Map.of() : lists.comparison().indexRows();
        List<Map<String, Object>> pools = new ArrayList<>();
        for (PoolResult p : r.pools()) pools.add(pool(r, p, lists, idx));
        m.put("pools", pools);
        m.put("departments", departments(fw, lists));
        m.put("weights", weights(fw));
        List<Map<String, Object>> methods = new ArrayList<>();
        for (List<String> row : MethodsText.rows(r.settings())) methods.add(Map.of("step", row.get(0), "name", row.get(1), "note", row.get(2)));
        m.put("methods", methods);
        if (in != null) m.put("coverage", coverage(fw, in));
        return Templates.load("report").execute(m);
    }

    /** A pool's section: the ranking chart, rank moves, notes, heat map and a page per place. */
    private static Map<String, Object> pool(IndexResult r, PoolResult p, ComputeOutputs.RunLists lists,
                                            Map<String, PeriodComparison.Row> idx) {
        Framework fw = r.framework();
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
            if (Notes.of(p, u).isEmpty()) continue;
            Map<String, Object> nm = new LinkedHashMap<>();
            nm.put("unit", p.units().get(u).displayName());
            nm.put("note", Notes.of(p, u));
            notes.add(nm);
        }
        pm.put("notes", notes);
        pm.put("hasMoves", !moves.isEmpty());
        heatmap(pm, fw, p);
        pm.put("units", p.unitCount() <= MAX_UNITS_IN_DETAIL ? units(r, p, lists) : List.of());
        return pm;
    }

    /** The level-3 scores of every place as a heat map, with its key. */
    private static void heatmap(Map<String, Object> pm, Framework fw, PoolResult p) {
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
            pm.put("heatKey", key(fw, l3) + "。格内为得分，颜色越深得分越高，灰色“—”为缺失。");
        }
    }

    /** A page per place: score, rank, tier, profile against the pool mean, contributions, lists, follow-up. */
    private static List<Map<String, Object>> units(IndexResult r, PoolResult p, ComputeOutputs.RunLists lists) {
        Framework fw = r.framework();
        PoolStats st = PoolStats.of(p);
        // a score splits into weight × score parts only under the arithmetic mean
        boolean additive = r.settings().aggregate().method().equals("arithmetic");
        EffectiveWeights effective = EffectiveWeights.of(fw, p);
        List<Map<String, Object>> units = new ArrayList<>();
        for (int u : RankingsWriter.order(p)) units.add(unit(fw, p, u, st, additive ? effective : null, lists.twoWay()));
        return units;
    }

    private static Map<String, Object> unit(Framework fw, PoolResult p, int u, PoolStats st, EffectiveWeights effective,
                                            PlaceLists two) {
        Map<String, Object> um = new LinkedHashMap<>();
        um.put("name", p.units().get(u).displayName());
        um.put("code", p.units().get(u).code());
        um.put("score", Numbers.fixed(p.scores()[u][0], 2));
        um.put("rank", UnitPageWriter.place(p, u, 0));
        um.put("tier", p.tiers()[u]);
        List<SvgCharts.Bar> prof = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        for (int i = 1; i < fw.size(); i++) {
            if (!p.active()[i] || fw.depth(i) != 2) continue;
            prof.add(new SvgCharts.Bar(fw.node(i).displayName(), p.scores()[u][i], "#3b82c4", ""));
            means.add(st.mean()[i]);
        }
        um.put("profile", SvgCharts.profile(prof, means.stream().mapToDouble(Double::doubleValue).toArray(), 100));
        if (effective != null) {
            double[] w = effective.forUnit(u);
            List<SvgCharts.Segment> parts = new ArrayList<>();
            int k = 0;
            for (int ch : fw.children(0)) {
                if (!p.active()[ch]) continue;
                parts.add(new SvgCharts.Segment(fw.node(ch).displayName(), w[ch] * p.scores()[u][ch],
                        SvgCharts.PARTS[k++ % SvgCharts.PARTS.length]));
            }
            um.put("contribution", SvgCharts.stacked(parts, 100));
        }
        String code = p.units().get(u).code();
        um.put("promotion", two == null ? List.of() : entries(PlaceLists.of(two.promotion(), p.pool(), code)));
        um.put("rectification", two == null ? List.of() : entries(PlaceLists.of(two.rectification(), p.pool(), code)));
        List<Map<String, Object>> follow = new ArrayList<>();
        if (two != null) {
            for (PlaceLists.FollowUp f : two.followUpOf(code)) {
                Map<String, Object> fm = new LinkedHashMap<>();
                fm.put("node", f.nodeName());
                fm.put("now", f.now().isEmpty() ? "无数据" : f.now());
                fm.put("status", f.status());
                follow.add(fm);
            }
        }
        um.put("followUp", follow);
        um.put("hasFollowUp", !follow.isEmpty());
        return um;
    }

    /** Per guiding department: its rectification items and places. */
    private static List<Map<String, Object>> departments(Framework fw, ComputeOutputs.RunLists lists) {
        List<Map<String, Object>> deps = new ArrayList<>();
        if (lists.twoWay() != null) {
            for (Map.Entry<String, List<PlaceLists.Entry>> g : lists.twoWay().byGuide(fw).entrySet()) {
                Set<String> places = new LinkedHashSet<>();
                g.getValue().forEach(e -> places.add(e.unitName()));
                deps.add(Map.of("name", g.getKey(), "count", g.getValue().size(), "places", places.size()));
            }
        }
        return deps;
    }

    /** Every node's local and global weight. */
    private static List<Map<String, Object>> weights(Framework fw) {
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
        return weights;
    }

    /** Per department: figures expected and received. */
    private static List<Map<String, Object>> coverage(Framework fw, PeriodInputs in) {
        List<Map<String, Object>> cov = new ArrayList<>();
        for (Map.Entry<String, List<Coverage.Cell>> e : in.coverage().byDepartment().entrySet()) {
            int exp = e.getValue().stream().mapToInt(x -> x.expected().size()).sum();
            int rec = e.getValue().stream().mapToInt(x -> x.received().size()).sum();
            Department d = fw.department(e.getKey());
            cov.add(Map.of("name", d == null ? e.getKey() : d.name(), "received", rec, "expected", exp));
        }
        return cov;
    }

    /** The audit's flags and a correlation map of each level-1 dimension's leaves, per pool. */
    private static List<Map<String, Object>> audit(IndexResult r) {
        Framework fw = r.framework();
        StatisticalAudit a = StatisticalAudit.of(r);
        List<Map<String, Object>> flags = auditFlags(a, fw);
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
                        cor[i][j] = i == j ? 1 : AuditStats.pearson(p.column(leaves.get(i)), p.column(leaves.get(j)));
                    }
                }
                dims.add(Map.of("name", fw.node(d).displayName(), "svg", SvgCharts.correlations(labels, cor), "key",
                        key(fw, leaves) + "。格内为皮尔逊相关系数，蓝色为正相关、红色为负相关，颜色越深相关越强。"));
            }
            out.add(Map.of("pool", UnitPageWriter.poolName(p.pool()), "dims", dims));
        }
        List<Map<String, Object>> wrap = new ArrayList<>();
        wrap.add(Map.of("flags", flags, "hasFlags", !flags.isEmpty(), "pools", out));
        return wrap;
    }

    /** The codes of a chart's columns with their names: A1.1 市场活力；A1.2 创新质效…. */
    private static String key(Framework fw, List<Integer> nodes) {
        StringBuilder b = new StringBuilder();
        for (int i : nodes) b.append(b.length() == 0 ? "" : "；").append(fw.node(i).id()).append(" ").append(fw.node(i).displayName());
        return b.toString();
    }

    /** The audit's flags in Chinese (docs/methods.md, statistical audit): 类别, 比较组, 指标, 说明. */
    private static List<Map<String, Object>> auditFlags(StatisticalAudit a, Framework fw) {
        List<Map<String, Object>> out = new ArrayList<>();
        Function<String, String> name = id -> {
            int i = fw.indexOf(id);
            // the root's id is a code word (QQHI), not an indicator number: its name alone
            return i < 0 ? id : i == 0 ? fw.node(i).displayName() : id + " " + fw.node(i).displayName();
        };
        BiConsumer<String[], String> add = (what, note) -> out.add(Map.of("kind", what[0], "pool", what[1],
                "node", what[2], "note", note));
        for (StatisticalAudit.LeafStat l : a.leaves()) {
            String pool = UnitPageWriter.poolName(l.pool());
            if (l.flagAvailability()) {
                add.accept(new String[] {"数据完整度", pool, name.apply(l.node())}, "仅" + Numbers.fixed(100 * l.share(), 0)
                        + "%的单位有数据（低于65%）");
            }
            if (l.flagSkewKurtosis()) {
                add.accept(new String[] {"分布偏态", pool, name.apply(l.node())}, "偏度" + Numbers.fixed(l.skew(), 2) + "、峰度"
                        + Numbers.fixed(l.kurtosis(), 2) + "，存在极端值，可考虑缩尾处理");
            }
        }
        for (StatisticalAudit.Correlation c : a.correlations()) {
            String pool = UnitPageWriter.poolName(c.pool());
            if (c.flag().equals("negative")) {
                add.accept(new String[] {"与上级负相关", pool, name.apply(c.a())}, "与" + name.apply(c.b()) + "的相关系数为"
                        + Numbers.fixed(c.r(), 2) + "，请核对指标方向");
            } else if (c.flag().equals("collinear")) {
                add.accept(new String[] {"高度相关", pool, name.apply(c.a())}, "与" + name.apply(c.b()) + "的相关系数为"
                        + Numbers.fixed(c.r(), 3) + "（高于0.92），信息几乎重复，相当于加倍权重");
            }
        }
        for (StatisticalAudit.Alpha x : a.alphas()) {
            if (x.flag()) {
                add.accept(new String[] {"内部一致性", UnitPageWriter.poolName(x.pool()), name.apply(x.node())}, "下级" + x.k()
                        + "项指标的克隆巴赫α系数为" + Numbers.fixed(x.alpha(), 2) + "（低于0.7）");
            }
        }
        for (StatisticalAudit.EffectiveWeight x : a.effective()) {
            if (x.barely()) {
                add.accept(new String[] {"实际影响小", UnitPageWriter.poolName(x.pool()), name.apply(x.node())}, "名义权重"
                        + Numbers.fixed(x.globalWeight(), 4) + "，与总指数相关系数的平方仅" + Numbers.fixed(x.pearson() * x.pearson(), 3));
            }
        }
        for (StatisticalAudit.UnitAvailability x : a.units()) {
            if (x.flag()) {
                add.accept(new String[] {"单位数据不全", UnitPageWriter.poolName(x.pool()), x.name()}, "仅" + Numbers.fixed(100 * x.overall(), 0)
                        + "%的指标有数据（低于65%）");
            }
        }
        return out;
    }

    /** A place's entries of one list, as the report shows them: the 认定依据 and the change. */
    private static List<Map<String, Object>> entries(List<PlaceLists.Entry> mine) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PlaceLists.Entry e : mine) {
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
