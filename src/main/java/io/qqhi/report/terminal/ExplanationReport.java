package io.qqhi.report.terminal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qqhi.analysis.Explanation;
import io.qqhi.framework.Text;
import io.qqhi.report.Numbers;
import io.qqhi.report.PlaceLists;
import io.qqhi.report.records.Json;

/** {@code qqhi explain}: the tree of scores and the leaves sorted by points lost, as text or JSON. */
public final class ExplanationReport {
    private ExplanationReport() {
    }

    /** The explanation in Chinese, tables aligned by display width; {@code poolName} as the framework names the pool. */
    public static void printText(PrintWriter out, Explanation e, int leafLimit, String poolName) {
        Explanation.Row idx = e.nodes().get(0);
        out.println(Text.of("explain.head", e.unit().displayName(), e.unit().code(), poolName, String.valueOf(e.poolSize()),
                Numbers.fixed(idx.score(), 2), idx.rank() == 0 ? Text.of("target.unranked.short") : Text.of("target.rank", String.valueOf(idx.rank())),
                e.tier() == null ? "" : Text.of("target.tier", e.tier())));
        out.println();
        TextTable nodes = new TextTable(6, 1, 2, 3, 4, 5);
        nodes.row(Text.of("explain.col.node"), Text.of("explain.col.score"), Text.of("explain.col.rank"), Text.of("explain.col.best"),
                Text.of("explain.col.mean"), Text.of("explain.col.weight"));
        for (Explanation.Row r : e.nodes()) {
            if (r.level() == 0) continue;
            nodes.row("  ".repeat(r.level() - 1) + r.id() + " " + r.name(), Numbers.fixed(r.score(), 2),
                    (r.rank() == 0 ? "—" : Integer.toString(r.rank())) + "/" + e.poolSize(), Numbers.fixed(r.best(), 2),
                    Numbers.fixed(r.mean(), 2), Numbers.fixed(r.weight(), 4));
        }
        nodes.print(out, 0);
        out.println();
        out.println(Text.of("explain.lost"));
        TextTable leaves = new TextTable(7, 1, 2, 3, 4, 5, 6);
        leaves.row(Text.of("explain.col.leaf"), Text.of("explain.col.raw"), Text.of("explain.col.score"), Text.of("explain.col.best"),
                Text.of("explain.col.rank"), Text.of("explain.col.contribution"), Text.of("explain.col.lost"));
        int shown = 0;
        double totalLost = 0;
        for (Explanation.Row r : e.leavesByLoss()) totalLost += r.lost();
        for (Explanation.Row r : e.leavesByLoss()) {
            if (leafLimit > 0 && shown++ >= leafLimit) break;
            leaves.row(r.id() + " " + r.name(), Numbers.fixed(r.raw(), 2), Numbers.fixed(r.score(), 2), Numbers.fixed(r.best(), 2),
                    (r.rank() == 0 ? "—" : Integer.toString(r.rank())) + "/" + e.poolSize(), Numbers.fixed(r.contribution(), 3),
                    Numbers.fixed(r.lost(), 3));
        }
        leaves.print(out, 0);
        out.println(Text.of("explain.total-lost", Numbers.fixed(totalLost, 2)));
    }

    /**
     * explain --format json: the place, every node's row, the leaves by points lost, and its lists
     * ({@code lists}: rectification, promotion, watch entries and last period's follow-up; null
     * when no lists were made) — what the text shows.
     */
    public static String json(Explanation e, PlaceLists lists) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("unit", e.unit().code());
        o.put("name", e.unit().displayName());
        o.put("pool", e.pool());
        o.put("pool_size", e.poolSize());
        o.put("tier", e.tier());
        List<Object> nodes = new ArrayList<>();
        for (Explanation.Row r : e.nodes()) nodes.add(row(r));
        o.put("nodes", nodes);
        List<Object> leaves = new ArrayList<>();
        for (Explanation.Row r : e.leavesByLoss()) leaves.add(row(r));
        o.put("leaves_by_points_lost", leaves);
        o.put("lists", lists == null ? null : ShortboardReport.unitLists(lists, e.unit().code(), e.unit().displayName()));
        return Json.records(o);
    }

    private static Map<String, Object> row(Explanation.Row r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", r.id());
        o.put("name", r.name());
        o.put("level", r.level());
        o.put("raw", r.raw());
        o.put("score", r.score());
        o.put("rank", r.rank() > 0 ? r.rank() : null);
        o.put("best", r.best());
        o.put("mean", r.mean());
        o.put("weight", r.weight());
        o.put("contribution", r.contribution());
        o.put("points_lost", r.lost());
        return o;
    }
}
