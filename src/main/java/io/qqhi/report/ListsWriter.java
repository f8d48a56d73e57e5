package io.qqhi.report;

import java.util.ArrayList;
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

    public static void shortboards(Framework fw, List<ShortboardEntry> all, String pool, Utf8Writer out) throws java.io.IOException {
        ExcelCsvRows t = new ExcelCsvRows(out);
        t.header("pool", "unit", "unit_name", "node", "node_name", "level", "raw", "score", "pool_mean", "pool_best", "rank",
                "pool_size", "rank_change", "score_change", "rules", "points_lost", "departments");
        UnitCells units = new UnitCells();
        NodeCells nodes = new NodeCells(fw);
        for (ShortboardEntry e : all) {
            if (!e.pool().equals(pool)) continue;
            t.encoded(units.of(e)).encoded(nodes.idNameLevel(e)).fixed(e.raw(), 2).fixed(e.score(), 2).fixed(e.mean(), 2)
                    .fixed(e.best(), 2).rank(e.rank()).integer(e.poolSize()).text(change(e.rankChange()))
                    .text(change(e.scoreChange())).joined(e.rules(), "; ").fixed(e.pointsLost(), 4).encoded(nodes.departments(e))
                    .end();
        }
    }

    /**
     * 问题整改清单 by department: every leaf short board, listed under each department that answers
     * for the leaf, largest points lost first, with empty columns for the measure, deadline and status.
     */
    public static void byDepartment(Framework fw, List<ShortboardEntry> all, Utf8Writer out) throws java.io.IOException {
        ExcelCsvRows t = new ExcelCsvRows(out);
        t.header("department", "department_name", "pool", "unit", "unit_name", "node", "node_name", "raw", "score", "pool_best",
                "rank", "pool_size", "rules", "points_lost", "整改措施", "时限", "整改状态");
        Map<String, List<ShortboardEntry>> byDep = new java.util.HashMap<>();
        boolean[] leaf = new boolean[fw.size()];
        for (int i = 0; i < leaf.length; i++) leaf[i] = fw.node(i).isLeaf();
        for (ShortboardEntry e : all) {
            if (!leaf[e.node()]) continue;
            List<String> ds = e.departments();
            for (int k = 0; k < ds.size(); k++) byDep.computeIfAbsent(ds.get(k), x -> new ArrayList<>()).add(e); // no iterator per entry
        }
        UnitCells units = new UnitCells();
        NodeCells nodes = new NodeCells(fw);
        RenderedRows rendered = new RenderedRows();
        for (Department d : fw.departments()) {
            List<ShortboardEntry> mine = byDep.getOrDefault(d.id(), List.of());
            // Rows are rendered in the entries' own order, which is their order in memory, and then
            // copied out largest points lost first (stable: equal points lost keep the units' order).
            // Visiting 440,000 entries in points-lost order instead was a cache miss per field.
            Utf8Writer w = rendered.start();
            ExcelCsvRows rows = new ExcelCsvRows(w);
            byte[] department = Utf8Writer.encode(CsvText.excelField(d.id()) + "," + CsvText.excelField(d.name()));
            long[] ends = new long[mine.size()];
            double[] key = new double[mine.size()];
            for (int k = 0; k < ends.length; k++) {
                ShortboardEntry e = mine.get(k);
                double lost = e.pointsLost();
                key[k] = Double.isNaN(lost) ? Double.NEGATIVE_INFINITY : -lost; // as Double.compare: NaN above all
                rows.encoded(department).encoded(units.of(e)).encoded(nodes.idName(e)).fixed(e.raw(), 2).fixed(e.score(), 2)
                        .fixed(e.best(), 2)
                        .rank(e.rank()).integer(e.poolSize()).joined(e.rules(), "; ").fixed(e.pointsLost(), 4)
                        .empty().empty().empty().end();
                ends[k] = w.position();
            }
            w.flush();
            byte[] bytes = rendered.bytes();
            for (int k : io.qqhi.compute.Ranker.ascendingOrder(key)) {
                int from = k == 0 ? 0 : (int) ends[k - 1];
                out.bytes(bytes, from, (int) ends[k] - from);
            }
        }
    }

    /** One department's rendered rows: a byte buffer reused from department to department. */
    private static final class RenderedRows extends java.io.ByteArrayOutputStream {
        RenderedRows() {
            super(1 << 16);
        }

        Utf8Writer start() {
            reset();
            return new Utf8Writer(this);
        }

        /** The buffer itself (valid up to the rows written), not a copy. */
        byte[] bytes() {
            return buf;
        }
    }

    /** 成绩推广清单. */
    public static void achievements(Framework fw, List<ShortboardEntry> strengths, Utf8Writer out) throws java.io.IOException {
        ExcelCsvRows t = new ExcelCsvRows(out);
        t.header("pool", "unit", "unit_name", "node", "node_name", "level", "score", "rank", "pool_size", "rank_change",
                "score_change", "reasons", "departments");
        UnitCells units = new UnitCells();
        NodeCells nodes = new NodeCells(fw);
        for (ShortboardEntry e : strengths) {
            t.encoded(units.of(e)).encoded(nodes.idNameLevel(e)).fixed(e.score(), 2).rank(e.rank()).integer(e.poolSize())
                    .text(change(e.rankChange())).text(change(e.scoreChange())).joined(e.rules(), "; ")
                    .encoded(nodes.departments(e)).end();
        }
    }

    /**
     * Each unit's pool, code and name cells, encoded once per pool and unit (looked up by position,
     * not by hashing names; the entries of a pool come one after another, so its cells are kept at hand).
     */
    private static final class UnitCells {
        private final Map<String, byte[][]> byPool = new java.util.HashMap<>();
        private String lastPool;
        private byte[][] last;

        byte[] of(ShortboardEntry e) {
            byte[][] cells = e.pool() == lastPool ? last : byPool.computeIfAbsent(e.pool(), k -> new byte[16][]);
            int u = e.unitIndex();
            if (u >= cells.length) {
                cells = java.util.Arrays.copyOf(cells, Math.max(u + 1, cells.length * 2));
                byPool.put(e.pool(), cells);
            }
            lastPool = e.pool();
            last = cells;
            if (cells[u] == null) {
                cells[u] = Utf8Writer.encode(CsvText.excelField(e.pool()) + "," + CsvText.excelField(e.unit()) + ","
                        + CsvText.excelField(e.unitName()));
            }
            return cells[u];
        }
    }

    /** Each node's id, name (and level) cells, and its departments' names, encoded once per node. */
    private static final class NodeCells {
        private final Framework fw;
        private final byte[][] idName;
        private final byte[][] idNameLevel;
        private final byte[][] departments;

        NodeCells(Framework fw) {
            this.fw = fw;
            idName = new byte[fw.size()][];
            idNameLevel = new byte[fw.size()][];
            departments = new byte[fw.size()][];
        }

        byte[] idName(ShortboardEntry e) {
            byte[] b = idName[e.node()];
            if (b == null) {
                b = Utf8Writer.encode(CsvText.excelField(e.nodeId()) + "," + CsvText.excelField(e.nodeName()));
                idName[e.node()] = b;
            }
            return b;
        }

        byte[] idNameLevel(ShortboardEntry e) {
            byte[] b = idNameLevel[e.node()];
            if (b == null) {
                b = Utf8Writer.encode(CsvText.excelField(e.nodeId()) + "," + CsvText.excelField(e.nodeName()) + "," + e.level());
                idNameLevel[e.node()] = b;
            }
            return b;
        }

        byte[] departments(ShortboardEntry e) {
            byte[] b = departments[e.node()];
            if (b == null) {
                b = Utf8Writer.encode(CsvText.excelField(departmentNames(fw, e.departments())));
                departments[e.node()] = b;
            }
            return b;
        }
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
