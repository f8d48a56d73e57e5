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
 * unawares; and where known each place's change since {@code previous} on this period's yardstick
 * (docs/methods.md, change over periods).
 *
 * @param previous the period the changes are measured from; null when the snapshot has none
 */
public record Snapshot(String period, String framework, String method, List<NodeRef> nodes, Map<String, List<Place>> pools,
                       String previous) {
    /** The deepest level history keeps (the index is level 0). */
    public static final int LEVELS = 2;

    /** Without changes on one yardstick. */
    public Snapshot(String period, String framework, String method, List<NodeRef> nodes, Map<String, List<Place>> pools) {
        this(period, framework, method, nodes, pools, null);
    }

    public record NodeRef(String id, String name, int level) {
    }

    /**
     * A place's scores (aligned with the snapshot's nodes; NaN missing), rank (0: none), tier
     * (null: none) and change since the snapshot's previous period on this period's yardstick
     * (aligned likewise; null or NaN: unknown).
     */
    public record Place(String code, String name, double[] scores, int rank, String tier, double[] change) {
        public Place(String code, String name, double[] scores, int rank, String tier) {
            this(code, name, scores, rank, tier, null);
        }

        /** The change of node k on one yardstick, NaN when unknown. */
        public double changeOf(int k) {
            return change == null || k >= change.length ? Double.NaN : change[k];
        }
    }

    public static Snapshot of(IndexResult r, String period, String framework, String method) {
        return of(r, period, framework, method, null, null);
    }

    /**
     * With {@code earlier}, the period {@code previous} recomputed on this period's yardstick: each
     * place's change is its score now minus its score there.
     */
    public static Snapshot of(IndexResult r, String period, String framework, String method, IndexResult earlier, String previous) {
        Framework fw = r.framework();
        List<NodeRef> nodes = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < fw.size(); i++) {
            if (fw.depth(i) > LEVELS) continue;
            nodes.add(new NodeRef(fw.node(i).id(), fw.node(i).displayName(), fw.depth(i)));
            index.add(i);
        }
        Map<String, List<Place>> pools = new LinkedHashMap<>();
        Map<String, double[]> before = earlier == null ? Map.of() : scores(earlier, index);
        for (PoolResult p : r.pools()) {
            List<Place> places = new ArrayList<>();
            for (int u = 0; u < p.unitCount(); u++) {
                double[] s = new double[index.size()];
                for (int k = 0; k < s.length; k++) s[k] = p.active()[index.get(k)] ? p.scores()[u][index.get(k)] : Double.NaN;
                double[] b = before.get(p.pool() + "/" + p.units().get(u).code());
                double[] change = null;
                if (b != null) {
                    change = new double[s.length];
                    for (int k = 0; k < s.length; k++) change[k] = s[k] - b[k];
                }
                places.add(new Place(p.units().get(u).code(), p.units().get(u).displayName(), s, p.ranks()[u][0], p.tiers()[u], change));
            }
            pools.put(p.pool(), places);
        }
        return new Snapshot(period, framework, method, List.copyOf(nodes), pools, earlier == null ? null : previous);
    }

    /** Scores of the nodes {@code index} per pool/unit. */
    private static Map<String, double[]> scores(IndexResult r, List<Integer> index) {
        Map<String, double[]> out = new java.util.HashMap<>();
        for (PoolResult p : r.pools()) {
            for (int u = 0; u < p.unitCount(); u++) {
                double[] s = new double[index.size()];
                for (int k = 0; k < s.length; k++) s[k] = p.active()[index.get(k)] ? p.scores()[u][index.get(k)] : Double.NaN;
                out.put(p.pool() + "/" + p.units().get(u).code(), s);
            }
        }
        return out;
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
