package io.qqhi.compute;

import java.util.ArrayList;
import java.util.List;

import io.qqhi.framework.Framework;
import io.qqhi.framework.Node;
import io.qqhi.input.Dataset;
import io.qqhi.input.MissingWhy;

/**
 * Data availability (docs/methods.md, screening): the share of the index weight whose leaves are
 * present (byweight), or of the leaves present (byNA, COINr's Dat_Avail), measured on the data
 * before imputation; below the screen's threshold a unit keeps its scores but is not ranked or
 * tiered (a unit the screen drops never reaches this stage: {@link #available}). Each unit's note
 * says what is missing and why.
 */
final class ScreenStage implements PoolStage {
    @Override
    public void apply(PoolRun r) {
        double minShare = r.settings.minShare();
        boolean byCount = r.settings.screen().byCount();
        int leaves = 0;
        for (int j = 0; j < r.leafCount(); j++) if (r.isActive(j)) leaves++;
        r.present = new double[r.m];
        r.notes = new UnitNote[r.m];
        for (int u = 0; u < r.m; u++) {
            MissingWhy thin = null;
            List<UnitNote.Missing> missing = new ArrayList<>();
            for (int j = 0; j < r.leafCount(); j++) {
                if (!r.isActive(j)) continue;
                if (!Double.isNaN(r.den[j][u])) {
                    r.present[u] += byCount ? 1.0 / leaves : r.globalWeight[r.leafNodes[j]];
                    continue;
                }
                MissingWhy why = r.dataColumns[j] < 0 ? null : r.data.missingWhy(r.unitRows.get(u), r.dataColumns[j]);
                Node leaf = r.leaf(j);
                if (why != null && why.thinSurvey()) thin = why;
                else missing.add(new UnitNote.Missing(leaf.id(), leaf.displayName(), why));
            }
            boolean below = minShare > 0 && r.present[u] < minShare - 1e-12;
            r.notes[u] = new UnitNote(below ? 1 - r.present[u] : Double.NaN, thin, List.copyOf(missing), byCount);
        }
    }

    /**
     * A unit's data availability on the raw data (before denominators and imputation): the share
     * of the pool's active leaves present (byNA) or of their index weight (byweight); for the drop
     * action, which removes the unit before any stage runs.
     */
    static double available(Framework fw, Dataset data, int[] dataColumns, boolean[] active, int row, boolean byCount) {
        int[] leaves = fw.leaves();
        double present = 0;
        double all = 0;
        for (int j = 0; j < leaves.length; j++) {
            if (!active[leaves[j]]) continue;
            double w = byCount ? 1 : fw.globalWeight(leaves[j]);
            all += w;
            if (dataColumns[j] >= 0 && !Double.isNaN(data.values()[row][dataColumns[j]])) present += w;
        }
        return all == 0 ? 0 : present / all;
    }

    /** The index scores with those of units below the availability screen taken out (NaN: no rank, no tier). */
    static double[] screened(double[] index, double[] present, double minShare) {
        if (!(minShare > 0)) return index;
        double[] out = index.clone();
        for (int u = 0; u < out.length; u++) if (present[u] < minShare - 1e-12) out[u] = Double.NaN;
        return out;
    }
}
