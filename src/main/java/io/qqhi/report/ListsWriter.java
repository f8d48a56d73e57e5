package io.qqhi.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.qqhi.analysis.PeriodComparison;
import io.qqhi.analysis.ShortboardEntry;
import io.qqhi.analysis.TwoWayLists;
import io.qqhi.framework.Department;
import io.qqhi.framework.Framework;



/**
 * The short-board outputs: shortboards-&lt;pool&gt;.csv, the 问题整改清单 regrouped by department,
 * the 成绩推广清单, and the period comparison. All for people: UTF-8 with BOM, Excel-safe.
 */
public final class ListsWriter {
    private ListsWriter() {
    }

    public static void shortboards(Framework fw, List<ShortboardEntry> all, String pool, Writer out) throws IOException {
        CsvText t = CsvText.forExcel(out);
        DepartmentNames names = new DepartmentNames(fw);
        t.row("pool", "unit", "unit_name", "node", "node_name", "level", "raw", "score", "pool_mean", "pool_best", "rank",
                "pool_size", "rank_change", "score_change", "rules", "points_lost", "departments");
        for (ShortboardEntry e : all) {
            if (!e.pool().equals(pool)) continue;
            t.row(e.pool(), e.unit(), e.unitName(), e.nodeId(), e.nodeName(), Integer.toString(e.level()), Numbers.fixed(e.raw(), 2),
                    Numbers.fixed(e.score(), 2), Numbers.fixed(e.mean(), 2), Numbers.fixed(e.best(), 2), rank(e.rank()),
                    Integer.toString(e.poolSize()), change(e.rankChange()), change(e.scoreChange()), String.join("; ", e.rules()),
                    Numbers.fixed(e.pointsLost(), 4), names.of(e.departments()));
        }
        t.finish();
    }

    /**
     * 问题整改清单 by department: every leaf short board, listed under each department that answers
     * for the leaf, largest points lost first, with empty columns for the measure, deadline and status.
     */
    public static void byDepartment(Framework fw, List<ShortboardEntry> all, Writer out) throws IOException {
        CsvText t = CsvText.forExcel(out);
        t.row("department", "department_name", "pool", "unit", "unit_name", "node", "node_name", "raw", "score", "pool_best",
                "rank", "pool_size", "rules", "points_lost", "整改措施", "时限", "整改状态");
        Map<String, List<ShortboardEntry>> byDep = new java.util.HashMap<>();
        for (ShortboardEntry e : all) {
            if (!fw.node(e.node()).isLeaf()) continue;
            for (String d : e.departments()) byDep.computeIfAbsent(d, x -> new ArrayList<>()).add(e);
        }
        // largest points lost first; equal points lost keep the units' order (a stable sort); NaN last
        Comparator<ShortboardEntry> byLoss = Comparator.comparingDouble(
                (ShortboardEntry e) -> Double.isNaN(e.pointsLost()) ? Double.NEGATIVE_INFINITY : e.pointsLost()).reversed();
        for (Department d : fw.departments()) {
            List<ShortboardEntry> mine = new ArrayList<>(byDep.getOrDefault(d.id(), List.of()));
            mine.sort(byLoss);
            for (ShortboardEntry e : mine) {
                t.row(d.id(), d.name(), e.pool(), e.unit(), e.unitName(), e.nodeId(), e.nodeName(), Numbers.fixed(e.raw(), 2),
                        Numbers.fixed(e.score(), 2), Numbers.fixed(e.best(), 2), rank(e.rank()), Integer.toString(e.poolSize()),
                        String.join("; ", e.rules()), Numbers.fixed(e.pointsLost(), 4), "", "", "");
            }
        }
        t.finish();
    }

    /** 成绩推广清单. */
    public static void achievements(Framework fw, List<ShortboardEntry> strengths, Writer out) throws IOException {
        CsvText t = CsvText.forExcel(out);
        DepartmentNames names = new DepartmentNames(fw);
        t.row("pool", "unit", "unit_name", "node", "node_name", "level", "score", "rank", "pool_size", "rank_change",
                "score_change", "reasons", "departments");
        for (ShortboardEntry e : strengths) {
            t.row(e.pool(), e.unit(), e.unitName(), e.nodeId(), e.nodeName(), Integer.toString(e.level()), Numbers.fixed(e.score(), 2),
                    rank(e.rank()), Integer.toString(e.poolSize()), change(e.rankChange()), change(e.scoreChange()),
                    String.join("; ", e.rules()), names.of(e.departments()));
        }
        t.finish();
    }

    private static final String[] FIRST = {"单位代码", "单位", "指标代码", "指标", "层级"};
    private static final String[] FACTS = {"本期值", "计量单位", "全市(全组)均值", "最优值", "差距", "得分", "位次", "较上期", "认定依据"};

    private static String[] head(String... rest) {
        String[] h = new String[FIRST.length + FACTS.length + rest.length];
        System.arraycopy(FIRST, 0, h, 0, FIRST.length);
        System.arraycopy(FACTS, 0, h, FIRST.length, FACTS.length);
        System.arraycopy(rest, 0, h, FIRST.length + FACTS.length, rest.length);
        return h;
    }

    private static List<String> facts(TwoWayLists.Entry e) {
        return new ArrayList<>(List.of(e.unit(), e.unitName(), e.nodeId(), e.nodeName(), Integer.toString(e.level()), e.value(),
                e.measure(), e.mean(), e.best(), e.gap(), e.score(), e.rank(), e.change(), e.basis()));
    }

    /** 问题整改清单 (rectification.csv, and each unit's lists/…-问题整改清单.csv): docs/formats.md, lists. */
    public static String rectification(List<TwoWayLists.Entry> entries) {
        CsvText t = CsvText.forExcel();
        t.row(head("牵头单位", "配合单位", "市级指导单位", "完成时限", "整改进度", "销号标准", "核实状态", "连续上榜"));
        for (TwoWayLists.Entry e : entries) {
            List<String> row = facts(e);
            row.addAll(List.of(e.lead(), e.support(), e.guide(), e.deadline(), "", e.criterion(), e.verification(),
                    e.repeated() ? "连续上榜" : ""));
            t.row(row);
        }
        return t.toString();
    }

    /** 成绩推广清单 (promotion.csv), with an empty column for the place to describe what it did. */
    public static String promotion(List<TwoWayLists.Entry> entries) {
        CsvText t = CsvText.forExcel();
        t.row(head("市级指导单位", "可推广做法"));
        for (TwoWayLists.Entry e : entries) {
            List<String> row = facts(e);
            row.addAll(List.of(e.guide(), ""));
            t.row(row);
        }
        return t.toString();
    }

    /** 关注清单 (watchlist.csv): falls not on the rectification list, and figures still to confirm. */
    public static String watch(List<TwoWayLists.Entry> entries) {
        CsvText t = CsvText.forExcel();
        t.row(head("关注原因"));
        for (TwoWayLists.Entry e : entries) {
            List<String> row = facts(e);
            row.add(e.verification().isEmpty() ? "位次或得分明显下降" : "数据待核实（" + e.verification() + "）");
            t.row(row);
        }
        return t.toString();
    }

    /** guides.csv: per municipal guiding department, the places and items it guides on the rectification list. */
    public static String guides(TwoWayLists lists, Framework fw) {
        CsvText t = CsvText.forExcel();
        t.row("市级指导单位", "单位数", "事项数", "单位", "事项");
        for (Map.Entry<String, List<TwoWayLists.Entry>> g : lists.byGuide(fw).entrySet()) {
            java.util.LinkedHashSet<String> units = new java.util.LinkedHashSet<>();
            List<String> items = new ArrayList<>();
            for (TwoWayLists.Entry e : g.getValue()) {
                units.add(e.unitName());
                items.add(e.unitName() + "：" + e.nodeName());
            }
            t.row(g.getKey(), Integer.toString(units.size()), Integer.toString(items.size()), String.join("、", units),
                    String.join("；", items));
        }
        return t.toString();
    }

    /** rectification-followup.csv: last period's rectification items and whether each is closed. */
    public static String followUp(List<TwoWayLists.FollowUp> items, String previousLabel) {
        CsvText t = CsvText.forExcel();
        t.row("单位代码", "单位", "指标代码", "指标", "上期清单", "本期值", "销号情况");
        for (TwoWayLists.FollowUp f : items) t.row(f.unit(), f.unitName(), f.nodeId(), f.nodeName(), previousLabel, f.now(), f.status());
        return t.toString();
    }

    public static String comparison(PeriodComparison c, String pool) {
        CsvText t = CsvText.forExcel();
        t.row("pool", "unit", "unit_name", "node", "node_name", "level", "score", "previous_score", "score_change", "rank",
                "previous_rank", "rank_change");
        for (PeriodComparison.Row r : c.rows()) {
            if (!r.pool().equals(pool)) continue;
            t.row(r.pool(), r.unit(), r.unitName(), r.nodeId(), r.nodeName(), Integer.toString(r.level()), Numbers.fixed(r.score(), 2),
                    Numbers.fixed(r.previousScore(), 2), Numbers.fixed(r.scoreChange(), 2), rank(r.rank()), rank(r.previousRank()),
                    change(r.rankChange()));
        }
        return t.toString();
    }

    public static String shortboardChanges(PeriodComparison c) {
        CsvText t = CsvText.forExcel();
        t.row("pool", "unit", "unit_name", "node", "node_name", "change");
        for (PeriodComparison.Change x : c.shortboardChanges()) {
            t.row(x.pool(), x.unit(), x.unitName(), x.nodeId(), x.nodeName(), x.change());
        }
        return t.toString();
    }

    /** Department names per list of ids, for the many rows that share a node's list (by identity: cheap). */
    private static final class DepartmentNames {
        private final Framework fw;
        private final Map<List<String>, String> known = new java.util.IdentityHashMap<>();

        DepartmentNames(Framework fw) {
            this.fw = fw;
        }

        String of(List<String> ids) {
            return known.computeIfAbsent(ids, i -> departmentNames(fw, i));
        }
    }

    static String departmentNames(Framework fw, List<String> ids) {
        List<String> n = new ArrayList<>();
        for (String id : ids) {
            Department d = fw.department(id);
            n.add(d == null || d.name() == null ? id : d.name());
        }
        return String.join("、", n);
    }

    static String rank(int r) {
        return r == 0 ? "" : Integer.toString(r);
    }

    /** A change with its sign (+3, −2, 0), empty when unknown. */
    static String change(Integer v) {
        return v == null ? "" : (v > 0 ? "+" + v : Integer.toString(v));
    }

    static String change(Double v) {
        if (v == null || Double.isNaN(v)) return "";
        String s = Numbers.fixed(v, 2);
        return v > 0 && !s.equals("0.00") ? "+" + s : s;
    }
}
