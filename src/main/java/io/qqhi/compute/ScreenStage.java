package io.qqhi.compute;

import java.util.ArrayList;
import java.util.List;

import io.qqhi.framework.Node;
import io.qqhi.input.MissingWhy;

/**
 * Data availability (docs/methods.md, screening): the share of the index weight whose leaves are
 * present, measured on the data before imputation; below the screen's minimum a unit keeps its
 * scores but is not ranked or tiered. Each unit's note says what is missing and why.
 */
final class ScreenStage implements PoolStage {
    @Override
    public void apply(PoolRun r) {
        double minShare = r.settings.minShare();
        r.present = new double[r.m];
        r.notes = new UnitNote[r.m];
        for (int u = 0; u < r.m; u++) {
            MissingWhy thin = null;
            List<UnitNote.Missing> missing = new ArrayList<>();
            for (int j = 0; j < r.leafCount(); j++) {
                if (!r.isActive(j)) continue;
                if (!Double.isNaN(r.den[j][u])) {
                    r.present[u] += r.globalWeight[r.leafNodes[j]];
                    continue;
                }
                MissingWhy why = r.dataColumns[j] < 0 ? null : r.data.missingWhy(r.unitRows.get(u), r.dataColumns[j]);
                Node leaf = r.leaf(j);
                if (why != null && why.thinSurvey()) thin = why;
                else missing.add(new UnitNote.Missing(leaf.id(), leaf.displayName(), why));
            }
            boolean below = minShare > 0 && r.present[u] < minShare - 1e-12;
            r.notes[u] = new UnitNote(below ? 1 - r.present[u] : Double.NaN, thin, List.copyOf(missing));
        }
    }

    /** The index scores with those of units below the availability screen taken out (NaN: no rank, no tier). */
    static double[] screened(double[] index, double[] present, double minShare) {
        if (!(minShare > 0)) return index;
        double[] out = index.clone();
        for (int u = 0; u < out.length; u++) if (present[u] < minShare - 1e-12) out[u] = Double.NaN;
        return out;
    }
}
