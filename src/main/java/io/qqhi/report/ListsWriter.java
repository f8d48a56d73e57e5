package io.qqhi.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.qqhi.analysis.PeriodComparison;
import io.qqhi.analysis.ShortboardEntry;
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
