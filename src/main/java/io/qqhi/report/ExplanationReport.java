package io.qqhi.report;

import java.io.PrintWriter;
import java.util.Locale;


import io.qqhi.analysis.Explanation;

/** {@code qqhi explain}: the tree of scores and the leaves sorted by points lost, as text or JSON. */
public final class ExplanationReport {
    private ExplanationReport() {
    }

    public static void printText(PrintWriter out, Explanation e, int leafLimit) {
        Explanation.Row idx = e.nodes().get(0);
        out.printf(Locale.ROOT, "%s %s — pool %s: index %s, rank %s of %d%s%n", e.unit().code(), e.unit().displayName(),
                e.pool(), Numbers.fixed(idx.score(), 2), idx.rank() == 0 ? "-" : Integer.toString(idx.rank()), e.poolSize(),
                e.tier() == null ? "" : ", tier " + e.tier());
        out.println();
        out.println("node                           score   rank    best    mean  weight");
        for (Explanation.Row r : e.nodes()) {
            if (r.level() == 0) continue;
            String label = "  ".repeat(r.level() - 1) + r.id() + " " + r.name();
            out.printf(Locale.ROOT, "%s%s %7s %4s/%-2d %7s %7s %7s%n", label, RankingsWriter.pad(label, 30),
                    Numbers.fixed(r.score(), 2), r.rank() == 0 ? "-" : Integer.toString(r.rank()), e.poolSize(),
                    Numbers.fixed(r.best(), 2), Numbers.fixed(r.mean(), 2), Numbers.fixed(r.weight(), 4));
        }
        out.println();
        out.println("where the points are lost (effective weight × (pool best − score)), largest first:");
        out.println("leaf                                      raw    score   best   rank  contributes  loses");
        int shown = 0;
        double totalLost = 0;
        for (Explanation.Row r : e.leavesByLoss()) totalLost += r.lost();
        for (Explanation.Row r : e.leavesByLoss()) {
            if (leafLimit > 0 && shown++ >= leafLimit) break;
            String label = r.id() + " " + r.name();
            out.printf(Locale.ROOT, "%s%s %9s %7s %7s %4s/%-2d %8s %8s%n", label, RankingsWriter.pad(label, 36),
                    Numbers.fixed(r.raw(), 2), Numbers.fixed(r.score(), 2), Numbers.fixed(r.best(), 2),
                    r.rank() == 0 ? "-" : Integer.toString(r.rank()), e.poolSize(), Numbers.fixed(r.contribution(), 3),
                    Numbers.fixed(r.lost(), 3));
        }
        out.printf(Locale.ROOT, "matching the pool's best on every leaf would add %s points to the index%n",
                Numbers.fixed(totalLost, 2));
    }

    public static String json(Explanation e) {
        Json.Obj o = Json.object();
        o.put("unit", e.unit().code());
        o.put("name", e.unit().displayName());
        o.put("pool", e.pool());
        o.put("pool_size", e.poolSize());
        if (e.tier() != null) o.put("tier", e.tier());
        Json.Arr nodes = o.putArray("nodes");
        for (Explanation.Row r : e.nodes()) nodes.add(row(r));
        Json.Arr leaves = o.putArray("leaves_by_points_lost");
        for (Explanation.Row r : e.leavesByLoss()) leaves.add(row(r));
        return Json.write(o);
    }

    private static Json.Obj row(Explanation.Row r) {
        Json.Obj o = Json.object();
        o.put("id", r.id());
        o.put("name", r.name());
        o.put("level", r.level());
        Json.put(o, "raw", r.raw());
        Json.put(o, "score", r.score());
        if (r.rank() > 0) o.put("rank", r.rank());
        else o.putNull("rank");
        Json.put(o, "best", r.best());
        Json.put(o, "mean", r.mean());
        o.put("weight", r.weight());
        o.put("contribution", r.contribution());
        o.put("points_lost", r.lost());
        return o;
    }
}
