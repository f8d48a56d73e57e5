package io.qqhi.report.html;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.framework.MethodSpec;
import io.qqhi.framework.Settings;
import io.qqhi.framework.TierSpec;
import io.qqhi.input.DataFolder;
import io.qqhi.report.records.Json;
import io.qqhi.report.records.UnitPageWriter;

/**
 * The offline what-if page (docs/formats.md, whatif.html): one self-contained HTML file holding the
 * pools' normalised leaf values (which weights do not change), which leaves each place has before
 * imputation (for the availability screen), the tree with its weights, the aggregation, the missing
 * threshold, the screen and the tiers; its script re-aggregates, screens, ranks and tiers on every
 * change of a weight exactly as the pipeline does (docs/methods.md), so a weights overlay downloaded
 * from it gives the same scores in {@code qqhi compute --weights}. No network request, no external
 * script or font.
 */
public final class WhatIfPage {
    /** Places the page holds at most: the page recomputes them on every change (3,000 well within 0.1 s). */
    public static final int MAX_UNITS = 5_000;
    /** The aggregation methods the page's script knows; others keep the run's method only. */
    static final Set<String> UNITWISE = Set.of("arithmetic", "geometric", "harmonic");

    private WhatIfPage() {
    }

    /** Whether the page can be made for the run: few enough places. */
    public static boolean fits(IndexResult r) {
        return r.pools().stream().mapToInt(PoolResult::unitCount).sum() <= MAX_UNITS;
    }

    public static String render(String period, IndexResult r, String notice) {
        Framework fw = r.framework();
        Settings s = r.settings();
        Map<String, Object> page = new HashMap<>();
        String index = fw.root().displayName();
        page.put("title", (period == null ? "" : DataFolder.label(period)) + index + "权重推演");
        page.put("index", index);
        page.put("notice", notice == null || notice.isBlank() ? null : notice);
        // "</" never closes the data's script element early
        page.put("data", Json.writeCompact(data(fw, s, r)).replace("</", "<\\/"));
        return Templates.load("whatif").execute(page);
    }

    private static Json.Obj data(Framework fw, Settings s, IndexResult r) {
        Json.Obj d = Json.object();
        Json.Arr nodes = d.putArray("nodes");
        boolean overridden = false;
        for (int i = 0; i < fw.size(); i++) {
            Json.Obj n = nodes.addObject().put("id", fw.node(i).id()).put("name", fw.node(i).displayName()).put("parent", fw.parent(i))
                    .put("level", fw.depth(i)).put("leaf", fw.node(i).isLeaf()).put("weight", fw.node(i).weight());
            MethodSpec own = fw.node(i).aggregate();
            if (own != null) {
                n.put("aggregate", own.method());
                overridden = true;
            }
        }
        String method = s.aggregate().method();
        d.put("aggregate", method);
        // a choice of method only where every aggregate uses the run's, and the page knows it
        d.put("choose", !overridden && UNITWISE.contains(method));
        d.put("threshold", s.missingThreshold());
        d.putObject("screen").put("share", s.minShare()).put("byCount", s.screen().byCount());
        TierSpec t = s.tiers();
        boolean tiered = r.pools().stream().anyMatch(p -> java.util.Arrays.stream(p.tiers()).anyMatch(java.util.Objects::nonNull));
        Json.Obj tiers = d.putObject("tiers").put("method", tiered ? t.method() : "none");
        Json.Arr bands = tiers.putArray("bands");
        for (TierSpec.Band b : t.bands()) {
            Json.Obj o = bands.addObject().put("name", b.name());
            if (b.min() == null) o.putNull("min");
            else o.put("min", b.min());
        }
        Json.Arr pools = d.putArray("pools");
        for (PoolResult p : r.pools()) pools.add(pool(fw, p));
        return d;
    }

    private static Json.Obj pool(Framework fw, PoolResult p) {
        Json.Obj o = Json.object().put("id", p.pool()).put("name", UnitPageWriter.poolName(p.pool()));
        Json.Arr active = o.putArray("active");
        for (boolean a : p.active()) active.add(a ? 1 : 0);
        Json.Arr leaves = o.putArray("leaves");
        for (int leaf : p.leafNodes()) leaves.add(leaf);
        Json.Arr units = o.putArray("units");
        for (int u = 0; u < p.unitCount(); u++) {
            Json.Obj x = units.addObject().put("code", p.units().get(u).code()).put("name", p.units().get(u).displayName())
                    .put("rank", p.ranks()[u][0]);
            Json.Arr v = x.putArray("values");
            Json.Arr has = x.putArray("present");
            for (int j = 0; j < p.leafNodes().length; j++) {
                v.add(p.leafNormalised()[j] == null ? Double.NaN : p.leafNormalised()[j][u]);
                has.add(p.leafDenominated()[j] != null && !Double.isNaN(p.leafDenominated()[j][u]) ? 1 : 0);
            }
        }
        return o;
    }
}
