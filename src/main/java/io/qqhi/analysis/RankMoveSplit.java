package io.qqhi.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qqhi.compute.IndexResult;
import io.qqhi.compute.Pipeline;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.framework.Settings;
import io.qqhi.input.Dataset;
import io.qqhi.input.UnitRecord;

/**
 * A rank move split into the place's own change and the others' (docs/methods.md, history): the
 * pool is recomputed with the place's current leaf values and everyone else's previous ones. The
 * places gained there are its own doing; the rest of the move comes from the others' changes:
 * "进位3位：自身提升贡献2位，他方变化贡献1位". Both periods are scored with the same settings.
 */
public final class RankMoveSplit {
    /** Pools larger than this are not split (one recomputation per place). */
    public static final int MAX_UNITS = 1000;

    private RankMoveSplit() {
    }

    /**
     * {own, others} places for each place (pool/code) ranked in both periods of pools no larger
     * than {@link #MAX_UNITS}; {@code only} limits it to one place code (null: all).
     */
    public static Map<String, int[]> of(Framework fw, Settings settings, Dataset previous, Dataset current, String only) {
        Map<String, int[]> out = new LinkedHashMap<>();
        IndexResult prevRun = Pipeline.run(fw, previous, settings);
        IndexResult nowRun = Pipeline.run(fw, current, settings);
        Map<String, Integer> prevRow = new HashMap<>();
        for (int i = 0; i < previous.units().size(); i++) prevRow.put(previous.units().get(i).code(), i);
        for (PoolResult now : nowRun.pools()) {
            PoolResult before = prevRun.pool(now.pool());
            if (before == null || now.unitCount() > MAX_UNITS) continue;
            for (int u = 0; u < now.unitCount(); u++) {
                String code = now.units().get(u).code();
                if (only != null && !only.equals(code)) continue;
                int b = before.unitIndex(code);
                if (b < 0 || before.ranks()[b][0] == 0 || now.ranks()[u][0] == 0) continue;
                int mixed = mixedRank(fw, settings, previous, current, now.pool(), code, prevRow);
                if (mixed == 0) continue;
                int own = before.ranks()[b][0] - mixed;
                int others = mixed - now.ranks()[u][0];
                out.put(now.pool() + "/" + code, new int[] {own, others});
            }
        }
        return out;
    }

    /** The place's rank in the previous period's pool with its own values replaced by the current ones. */
    private static int mixedRank(Framework fw, Settings settings, Dataset previous, Dataset current, String pool, String code,
                                 Map<String, Integer> prevRow) {
        int cur = -1;
        for (int i = 0; i < current.units().size(); i++) if (current.units().get(i).code().equals(code)) cur = i;
        List<UnitRecord> units = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        int self = -1;
        for (int i = 0; i < previous.units().size(); i++) {
            UnitRecord r = previous.units().get(i);
            if (!r.pool().equals(pool)) continue;
            if (r.code().equals(code)) {
                self = units.size();
                units.add(current.units().get(cur));
                values.add(aligned(current, cur, previous.leafIds()));
            } else {
                units.add(r);
                values.add(previous.values()[i]);
            }
        }
        if (self < 0 || cur < 0) return 0;
        Dataset mixed = new Dataset(previous.source(), units, previous.leafIds(), values.toArray(new double[0][]));
        PoolResult p = Pipeline.run(fw, mixed, settings).pools().get(0);
        return p.ranks()[self][0];
    }

    /** A current row in the previous dataset's leaf order (a leaf the current data lack is missing). */
    private static double[] aligned(Dataset current, int row, List<String> leafIds) {
        double[] out = new double[leafIds.size()];
        for (int j = 0; j < out.length; j++) {
            int c = current.leafIds().indexOf(leafIds.get(j));
            out[j] = c < 0 ? Double.NaN : current.values()[row][c];
        }
        return out;
    }
}
