package io.qqhi.report.records;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qqhi.analysis.PeriodComparison;
import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Text;
import io.qqhi.report.Notes;
import io.qqhi.report.Numbers;
import io.qqhi.report.OutputSet;
import io.qqhi.report.terminal.ProblemReport;
import io.qqhi.report.terminal.TextTable;

/** rankings-&lt;pool&gt;.csv for people (Excel-ready, 2 decimals, tiers) and the terminal's ranking table. */
public final class RankingsWriter {
    private RankingsWriter() {
    }

    /** Units in rank order; units without an index score last, in registry order. */
    public static List<Integer> order(PoolResult p) {
        // rank (none last), then registry position, packed into one long each and sorted as primitives
        long[] key = new long[p.unitCount()];
        for (int u = 0; u < key.length; u++) {
            int rank = p.ranks()[u][0];
            key[u] = ((long) (rank == 0 ? Integer.MAX_VALUE : rank) << 32) | u;
        }
        Arrays.sort(key);
        List<Integer> o = new ArrayList<>(key.length);
        for (long k : key) o.add((int) k);
        return o;
    }

    public static void csv(IndexResult r, PoolResult p, Map<String, PeriodComparison.Row> change,
                           Writer out) throws IOException {
        Framework fw = r.framework();
        List<String> head = new ArrayList<>(List.of("排名", "代码", "单位", fw.root().displayName()));
        for (int c : fw.children(0)) if (p.active()[c]) head.add(fw.node(c).displayName() + "(" + fw.node(c).id() + ")");
        head.add("等次");
        boolean withChange = !change.isEmpty();
        if (withChange) {
            head.add("进位/退位");
            head.add("得分变化");
        }
        head.add("说明");
        CsvText t = CsvText.forExcel(out);
        t.row(head);
        for (int u : order(p)) {
            double[] sc = p.scores()[u];
            List<String> row = new ArrayList<>(head.size());
            row.add(ListsWriter.rank(p.ranks()[u][0]));
            row.add(p.units().get(u).code());
            row.add(p.units().get(u).displayName());
            row.add(Numbers.fixed(sc[0], 2));
            for (int c : fw.children(0)) if (p.active()[c]) row.add(Numbers.fixed(sc[c], 2));
            row.add(p.tiers()[u] == null ? "" : p.tiers()[u]);
            if (withChange) {
                PeriodComparison.Row c = change.get(p.pool() + "/" + p.units().get(u).code());
                row.add(c == null ? "" : ListsWriter.change(c.rankChange()));
                row.add(c == null ? "" : ListsWriter.change(c.scoreChange()));
            }
            row.add(Notes.of(p, u));
            t.row(row);
        }
        t.finish();
    }

    public static void printTable(PrintWriter out, IndexResult r, int limit,
                                  Map<String, PeriodComparison.Row> change) {
        printTable(out, r, limit, change, null);
    }

    /** The ranking per pool; a data folder's notice (示例数据…) first, each unit's note after the table. */
    public static void printTable(PrintWriter out, IndexResult r, int limit,
                                  Map<String, PeriodComparison.Row> change, String notice) {
        Framework fw = r.framework();
        if (notice != null && !notice.isBlank()) out.println("【" + notice + "】");
        for (PoolResult p : r.pools()) {
            out.println();
            out.println(Text.of("ranking.title", fw.root().displayName(), fw.poolName(p.pool()), String.valueOf(p.unitCount())));
            List<Integer> dims = new ArrayList<>();
            for (int c : fw.children(0)) if (p.active()[c]) dims.add(c);
            int columns = 4 + dims.size() + 1 + (change.isEmpty() ? 0 : 1);
            int[] right = new int[1 + 1 + dims.size() + (change.isEmpty() ? 0 : 1)];
            right[0] = 0;
            right[1] = 3;
            for (int k = 0; k < dims.size(); k++) right[2 + k] = 4 + k;
            if (!change.isEmpty()) right[right.length - 1] = columns - 1;
            TextTable t = new TextTable(columns, right);
            List<String> head = new ArrayList<>(List.of(Text.of("ranking.rank"), Text.of("ranking.code"),
                    Text.of("ranking.unit"), Text.of("ranking.index")));
            for (int c : dims) head.add(fw.node(c).id());
            head.add(Text.of("ranking.tier"));
            if (!change.isEmpty()) head.add(Text.of("ranking.move"));
            t.row(head.toArray(new String[0]));
            int shown = 0;
            boolean cut = false;
            for (int u : order(p)) {
                if (limit > 0 && shown++ >= limit) {
                    cut = true;
                    break;
                }
                List<String> row = new ArrayList<>(List.of(p.ranks()[u][0] == 0 ? "-" : Integer.toString(p.ranks()[u][0]),
                        p.units().get(u).code(), p.units().get(u).displayName(), Numbers.fixed(p.scores()[u][0], 2)));
                for (int c : dims) row.add(Numbers.fixed(p.scores()[u][c], 2));
                row.add(p.tiers()[u] == null ? "" : p.tiers()[u]);
                if (!change.isEmpty()) {
                    PeriodComparison.Row c = change.get(p.pool() + "/" + p.units().get(u).code());
                    row.add(c == null ? Text.of("ranking.new") : ListsWriter.change(c.rankChange()));
                }
                t.row(row.toArray(new String[0]));
            }
            t.print(out, 0);
            if (cut) out.println("  " + Text.of("ranking.more", String.valueOf(p.unitCount() - limit), "rankings-" + OutputSet.safe(p.pool()) + ".csv"));
            for (int u = 0; u < p.unitCount(); u++) {
                if (!Notes.of(p, u).isEmpty()) out.println("  " + Text.of("ranking.note", p.units().get(u).displayName(), Notes.of(p, u)));
            }
        }
    }

    /**
     * compute --format json (docs/formats.md, JSON output): the period, what it was compared with,
     * per pool every place's rank, index, level-1 scores, tier, rank change and note, the problems
     * (every warning) and the files written.
     */
    public static String json(IndexResult r, Map<String, PeriodComparison.Row> change, String period,
                              String previous, List<Problem> problems, List<String> files) {
        Framework fw = r.framework();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", period);
        m.put("previous", previous);
        List<Object> pools = new ArrayList<>();
        for (PoolResult p : r.pools()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("pool", p.pool());
            pm.put("name", fw.poolName(p.pool()));
            List<Object> rows = new ArrayList<>();
            for (int u : order(p)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("rank", p.ranks()[u][0] == 0 ? null : p.ranks()[u][0]);
                row.put("unit", p.units().get(u).code());
                row.put("name", p.units().get(u).displayName());
                row.put("index", p.scores()[u][0]);
                Map<String, Object> dims = new LinkedHashMap<>();
                for (int c : fw.children(0)) if (p.active()[c]) dims.put(fw.node(c).id(), p.scores()[u][c]);
                row.put("dimensions", dims);
                row.put("tier", p.tiers()[u]);
                PeriodComparison.Row c = change.get(p.pool() + "/" + p.units().get(u).code());
                row.put("rank_change", c == null ? null : c.rankChange());
                row.put("note", Notes.of(p, u).isEmpty() ? null : Notes.of(p, u));
                rows.add(row);
            }
            pm.put("ranking", rows);
            pools.add(pm);
        }
        m.put("pools", pools);
        m.put("problems", ProblemReport.rows(problems));
        m.put("files", files);
        return Json.records(m);
    }

    /** Spaces that pad a name to a display width, counting a Chinese character as two columns. */
    static String pad(String s, int width) {
        return TextTable.pad(s, width);
    }
}
