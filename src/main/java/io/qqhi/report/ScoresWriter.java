package io.qqhi.report;


import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.framework.Node;
import io.qqhi.input.UnitRecord;

/** scores.csv (formats.md §4, long, full precision) and scores.json (the tree per unit). */
public final class ScoresWriter {
    private ScoresWriter() {
    }

    /**
     * One row per pool × unit × node of the pool's tree (nodes a pool leaves out, such as leaves
     * not computed for townships, have no row). Leaves carry their normalised value.
     */
    public static void csv(IndexResult r, java.io.Writer out) throws java.io.IOException {
        Framework fw = r.framework();
        out.write("pool,unit,unit_name,node,node_name,level,score,rank\n");
        // the node part of each row is the same for every unit: quoted once, not 2.6 million times
        String[] nodePart = new String[fw.size()];
        for (int i = 0; i < fw.size(); i++) {
            Node n = fw.node(i);
            nodePart[i] = "," + CsvText.field(n.id()) + "," + CsvText.field(n.displayName()) + "," + fw.depth(i) + ",";
        }
        StringBuilder b = new StringBuilder(1 << 16);
        for (PoolResult p : r.pools()) {
            String pool = CsvText.field(p.pool()) + ",";
            for (int u = 0; u < p.unitCount(); u++) {
                UnitRecord unit = p.units().get(u);
                String unitPart = pool + CsvText.field(unit.code()) + "," + CsvText.field(unit.displayName());
                double[] scores = p.scores()[u];
                int[] ranks = p.ranks()[u];
                for (int i = 0; i < fw.size(); i++) {
                    if (!p.active()[i]) continue;
                    b.append(unitPart).append(nodePart[i]).append(Numbers.full(scores[i])).append(',');
                    if (ranks[i] != 0) b.append(ranks[i]);
                    b.append('\n');
                }
                if (b.length() > 1 << 15) {
                    out.append(b);
                    b.setLength(0);
                }
            }
        }
        out.append(b);
    }

    /**
     * The tree once (ids, names, levels, parents, weights per pool), then one line per unit with its
     * scores and ranks in the tree's node order. Repeating the tree inside every unit would make the
     * file for 40,000 townships several times larger; streamed, so it never sits in memory whole.
     */
    public static void json(IndexResult r, java.io.Writer out) throws java.io.IOException {
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
            StringBuilder line = new StringBuilder(2048);
            for (int u = 0; u < p.unitCount(); u++) {
                line.setLength(0);
                line.append(u == 0 ? "\n        {\"unit\":" : ",\n        {\"unit\":").append(Json.quote(p.units().get(u).code()))
                        .append(",\"name\":").append(Json.quote(p.units().get(u).displayName()))
                        .append(",\"tier\":").append(Json.quote(p.tiers()[u])).append(",\"scores\":[");
                int k = 0;
                for (int i = 0; i < fw.size(); i++) {
                    if (!p.active()[i]) continue;
                    if (k++ > 0) line.append(',');
                    double s = p.scores()[u][i];
                    line.append(Double.isNaN(s) ? "null" : Double.toString(s));
                }
                line.append("],\"ranks\":[");
                k = 0;
                for (int i = 0; i < fw.size(); i++) {
                    if (!p.active()[i]) continue;
                    if (k++ > 0) line.append(',');
                    line.append(p.ranks()[u][i] == 0 ? "null" : Integer.toString(p.ranks()[u][i]));
                }
                line.append("]}");
                out.append(line);
            }
            out.write(p.unitCount() == 0 ? "]\n    }" : "\n      ]\n    }");
        }
        out.write(r.pools().isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    }
}
