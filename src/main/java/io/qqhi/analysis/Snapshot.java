package io.qqhi.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.framework.Settings;

/**
 * One period's published results as history needs them: per pool and place the index and the
 * level-1 and level-2 scores, the rank and the tier, with what the results were made with (the
 * framework's SHA-256 and the method) so that periods made differently are not put on one line
 * unawares.
 */
public record Snapshot(String period, String framework, String method, List<NodeRef> nodes, Map<String, List<Place>> pools) {
    /** The deepest level history keeps (the index is level 0). */
    public static final int LEVELS = 2;

    public record NodeRef(String id, String name, int level) {
    }

    /** A place's scores (aligned with the snapshot's nodes; NaN missing), rank (0: none) and tier (null: none). */
    public record Place(String code, String name, double[] scores, int rank, String tier) {
    }

    public static Snapshot of(IndexResult r, String period, String framework, String method) {
        Framework fw = r.framework();
        List<NodeRef> nodes = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < fw.size(); i++) {
            if (fw.depth(i) > LEVELS) continue;
            nodes.add(new NodeRef(fw.node(i).id(), fw.node(i).displayName(), fw.depth(i)));
            index.add(i);
        }
        Map<String, List<Place>> pools = new LinkedHashMap<>();
        for (PoolResult p : r.pools()) {
            List<Place> places = new ArrayList<>();
            for (int u = 0; u < p.unitCount(); u++) {
                double[] s = new double[index.size()];
                for (int k = 0; k < s.length; k++) s[k] = p.active()[index.get(k)] ? p.scores()[u][index.get(k)] : Double.NaN;
                places.add(new Place(p.units().get(u).code(), p.units().get(u).displayName(), s, p.ranks()[u][0], p.tiers()[u]));
            }
            pools.put(p.pool(), places);
        }
        return new Snapshot(period, framework, method, List.copyOf(nodes), pools);
    }

    /** The method in a few words for comparing runs: normalisation (with its benchmarks) and aggregation. */
    public static String method(Settings s) {
        StringBuilder b = new StringBuilder(s.normalise().method());
        String bench = s.normalise().params().get("benchmarks");
        if (bench != null) b.append('/').append(bench);
        String base = s.normalise().params().get("base_period");
        if (base != null && !base.isEmpty()) b.append(':').append(base);
        return b.append(' ').append(s.aggregate().method()).toString();
    }
}
