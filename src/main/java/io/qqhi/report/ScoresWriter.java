package io.qqhi.report;


import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.framework.Node;
import io.qqhi.input.UnitRecord;

/** scores.csv (docs/formats.md, outputs, long, full precision) and scores.json (the tree per unit). */
public final class ScoresWriter {
    private ScoresWriter() {
    }

    /**
     * One row per pool × unit × node of the pool's tree (nodes a pool leaves out, such as leaves
     * not computed for townships, have no row). Leaves carry their normalised value.
     */
    public static void csv(IndexResult r, Utf8Writer out) throws java.io.IOException {
        csv(r, ScoreTexts.of(r), out);
    }

    static void csv(IndexResult r, ScoreTexts texts, Utf8Writer out) throws java.io.IOException {
        Framework fw = r.framework();
        out.text("pool,unit,unit_name,node,node_name,level,score,rank\n");
        // the node and unit parts of each row are encoded once, not 2.6 million times
        byte[][] nodePart = new byte[fw.size()][];
        for (int i = 0; i < fw.size(); i++) {
            Node n = fw.node(i);
            nodePart[i] = Utf8Writer.encode("," + CsvText.field(n.id()) + "," + CsvText.field(n.displayName()) + "," + fw.depth(i) + ",");
        }
        for (int pi = 0; pi < r.pools().size(); pi++) {
            PoolResult p = r.pools().get(pi);
            String pool = CsvText.field(p.pool()) + ",";
            boolean[] active = p.active();
            for (int u = 0; u < p.unitCount(); u++) {
                UnitRecord unit = p.units().get(u);
                byte[] unitPart = Utf8Writer.encode(pool + CsvText.field(unit.code()) + "," + CsvText.field(unit.displayName()));
                int[] ranks = p.ranks()[u];
                for (int i = 0, k = 0; i < nodePart.length; i++) {
                    if (!active[i]) continue;
                    out.bytes(unitPart).bytes(nodePart[i]);
                    texts.write(pi, u, k++, out);
                    out.ascii(',');
                    if (ranks[i] != 0) out.integer(ranks[i]);
                    out.ascii('\n');
                }
            }
        }
    }

    /**
     * The tree once (ids, names, levels, parents, weights per pool), then one line per unit with its
     * scores and ranks in the tree's node order. Repeating the tree inside every unit would make the
     * file for 40,000 townships several times larger; streamed, so it never sits in memory whole.
     */
    public static void json(IndexResult r, Utf8Writer out) throws java.io.IOException {
        json(r, ScoreTexts.of(r), out);
    }

    static void json(IndexResult r, ScoreTexts texts, Utf8Writer out) throws java.io.IOException {
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
                out.text(u == 0 ? "\n        {\"unit\":" : ",\n        {\"unit\":").text(Json.quote(p.units().get(u).code()))
                        .text(",\"name\":").text(Json.quote(p.units().get(u).displayName()))
                        .text(",\"tier\":").text(Json.quote(p.tiers()[u])).text(",\"scores\":[");
                int k = 0;
                double[] scores = p.scores()[u];
                for (int i = 0; i < scores.length; i++) {
                    if (!p.active()[i]) continue;
                    if (k++ > 0) out.ascii(',');
                    if (Double.isNaN(scores[i])) out.text("null");
                    else texts.write(pi, u, k - 1, out);
                }
                out.text("],\"ranks\":[");
                k = 0;
                int[] ranks = p.ranks()[u];
                for (int i = 0; i < ranks.length; i++) {
                    if (!p.active()[i]) continue;
                    if (k++ > 0) out.ascii(',');
                    if (ranks[i] == 0) out.text("null");
                    else out.integer(ranks[i]);
                }
                out.text("]}");
            }
            out.write(p.unitCount() == 0 ? "]\n    }" : "\n      ]\n    }");
        }
        out.write(r.pools().isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    }
}
