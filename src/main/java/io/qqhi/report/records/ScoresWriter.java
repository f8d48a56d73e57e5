package io.qqhi.report.records;

import java.io.IOException;
import java.io.Writer;

import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.framework.Node;
import io.qqhi.input.UnitRecord;
import io.qqhi.report.Numbers;

/** scores.csv (docs/formats.md, outputs, long, full precision) and scores.json (the tree per unit). */
public final class ScoresWriter {
    private ScoresWriter() {
    }

    /**
     * One row per pool × unit × node of the pool's tree (nodes a pool leaves out, such as leaves
     * not computed for townships, have no row). Leaves carry their normalised value.
     */
    public static void csv(IndexResult r, Writer out) throws IOException {
        Framework fw = r.framework();
        CsvText t = CsvText.forExcel(out);
        t.row("pool", "unit", "unit_name", "node", "node_name", "level", "score", "rank");
        String[] level = new String[fw.size()];
        for (int i = 0; i < fw.size(); i++) level[i] = Integer.toString(fw.depth(i));
        for (PoolResult p : r.pools()) {
            boolean[] active = p.active();
            for (int u = 0; u < p.unitCount(); u++) {
                UnitRecord unit = p.units().get(u);
                double[] scores = p.scores()[u];
                int[] ranks = p.ranks()[u];
                for (int i = 0; i < fw.size(); i++) {
                    if (!active[i]) continue;
                    Node n = fw.node(i);
                    t.row(p.pool(), unit.code(), unit.displayName(), n.id(), n.displayName(), level[i], Numbers.full(scores[i]),
                            ranks[i] == 0 ? "" : Integer.toString(ranks[i]));
                }
            }
        }
        t.finish();
    }

    /**
     * The tree once (ids, names, levels, parents, weights per pool), then one line per unit with its
     * scores and ranks in the tree's node order. Repeating the tree inside every unit would make the
     * file for 40,000 townships several times larger; streamed, so it never sits in memory whole.
     */
    public static void json(IndexResult r, Writer out) throws IOException {
        Framework fw = r.framework();
        Json.Obj head = Json.object();
        head.put("index", fw.root().id());
        head.put("name", fw.root().name());
        Json.Arr nodes = head.putArray("nodes");
        for (int i = 0; i < fw.size(); i++) {
            Node n = fw.node(i);
            Json.Obj o = nodes.addObject();
            o.put("id", n.id());
            o.put("name", n.displayName());
            o.put("level", fw.depth(i));
            if (i > 0) o.put("parent", fw.node(fw.parent(i)).id());
            else o.putNull("parent");
        }
        String h = Json.write(head);
        out.write(h.substring(0, h.lastIndexOf('}')).stripTrailing());
        out.write(",\n  \"pools\" : [");
        for (int pi = 0; pi < r.pools().size(); pi++) {
            PoolResult p = r.pools().get(pi);
            Json.Arr ids = Json.array();
            Json.Arr weights = Json.array();
            for (int i = 0; i < fw.size(); i++) {
                if (!p.active()[i]) continue;
                ids.add(fw.node(i).id());
                weights.add(p.localWeight()[i]);
            }
            out.write((pi == 0 ? "\n" : ",\n") + "    {\n      \"pool\" : " + Json.quote(p.pool())
                    + ",\n      \"nodes\" : " + Json.writeCompact(ids) + ",\n      \"weights\" : " + Json.writeCompact(weights)
                    + ",\n      \"units\" : [");
            for (int u = 0; u < p.unitCount(); u++) {
                // one unit a line: the tree is not repeated in every unit
                Json.Obj unit = Json.object();
                unit.put("unit", p.units().get(u).code());
                unit.put("name", p.units().get(u).displayName());
                unit.put("tier", p.tiers()[u]);
                Json.Arr scores = unit.putArray("scores");
                Json.Arr ranks = unit.putArray("ranks");
                for (int i = 0; i < p.scores()[u].length; i++) {
                    if (!p.active()[i]) continue;
                    scores.add(p.scores()[u][i]);
                    if (p.ranks()[u][i] == 0) ranks.addNull();
                    else ranks.add(p.ranks()[u][i]);
                }
                out.write(u == 0 ? "\n        " : ",\n        ");
                out.write(Json.writeCompact(unit));
            }
            out.write(p.unitCount() == 0 ? "]\n    }" : "\n      ]\n    }");
        }
        out.write(r.pools().isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    }
}
