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
    public static String csv(IndexResult r) {
        Framework fw = r.framework();
        CsvText t = new CsvText();
        t.row("pool", "unit", "unit_name", "node", "node_name", "level", "score", "rank");
        for (PoolResult p : r.pools()) {
            for (int u = 0; u < p.unitCount(); u++) {
                UnitRecord unit = p.units().get(u);
                for (int i = 0; i < fw.size(); i++) {
                    if (!p.active()[i]) continue;
                    Node n = fw.node(i);
                    t.row(p.pool(), unit.code(), unit.displayName(), n.id(), n.displayName(), Integer.toString(fw.depth(i)),
                            Numbers.full(p.scores()[u][i]), p.ranks()[u][i] == 0 ? "" : Integer.toString(p.ranks()[u][i]));
                }
            }
        }
        return t.toString();
    }

    public static String json(IndexResult r) {
        Framework fw = r.framework();
        Json.Obj root = Json.object();
        root.put("index", fw.root().id());
        root.put("name", fw.root().name());
        Json.Arr pools = root.putArray("pools");
        for (PoolResult p : r.pools()) {
            Json.Obj po = pools.addObject();
            po.put("pool", p.pool());
            Json.Arr units = po.putArray("units");
            for (int u = 0; u < p.unitCount(); u++) {
                Json.Obj uo = units.addObject();
                uo.put("unit", p.units().get(u).code());
                uo.put("name", p.units().get(u).displayName());
                if (p.tiers()[u] != null) uo.put("tier", p.tiers()[u]);
                uo.put("tree", node(fw, p, u, 0));
            }
        }
        return Json.write(root);
    }

    private static Json.Obj node(Framework fw, PoolResult p, int u, int i) {
        Json.Obj o = Json.object();
        Node n = fw.node(i);
        o.put("id", n.id());
        o.put("name", n.displayName());
        o.put("level", fw.depth(i));
        Json.put(o, "score", p.scores()[u][i]);
        if (p.ranks()[u][i] > 0) o.put("rank", p.ranks()[u][i]);
        else o.putNull("rank");
        o.put("weight", p.localWeight()[i]);
        if (n.isLeaf() && i > 0) {
            int j = p.leafPosition(i);
            Json.put(o, "raw", p.raw()[u][j]);
        } else {
            Json.Arr ch = o.putArray("children");
            for (int c : fw.children(i)) if (p.active()[c]) ch.add(node(fw, p, u, c));
        }
        return o;
    }
}
