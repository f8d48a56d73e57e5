package io.qqhi.compute;

import io.qqhi.framework.Framework;
import io.qqhi.framework.MethodCatalog;
import io.qqhi.framework.MethodSpec;
import io.qqhi.framework.Node;
import io.qqhi.framework.Problem;
import io.qqhi.framework.ScoreScale;
import io.qqhi.framework.Settings;
import io.qqhi.framework.Severity;
import io.qqhi.framework.Text;
import io.qqhi.framework.TierSpec;

/**
 * Tiers (等次) by the index score's cut-offs (docs/methods.md, tiers), only when the index is on the
 * scale the cut-offs were set for; ranked units only.
 */
final class TierStage implements PoolStage {
    @Override
    public void apply(PoolRun r) {
        double[] index = new double[r.m];
        int[] indexRanks = new int[r.m];
        for (int u = 0; u < r.m; u++) {
            index[u] = r.scores[u][0];
            indexRanks[u] = r.ranks[u][0];
        }
        TierSpec tierSpec = r.settings.tiers();
        ScoreScale indexScale = indexScale(r.fw, r.settings, r.active);
        if (!tierSpec.appliesTo(indexScale)) {
            r.problems.add(Problem.coded(Severity.INFO, null, 0, 0, null, r.fw.node(0).id(), "tiers.scale-mismatch",
                    tierSpec.scale().label(), indexScale == null ? Text.of("scale.none") : Text.of("scale.on", indexScale.label())));
            tierSpec = TierSpec.NONE;
        }
        r.tiers = TierAssigner.assign(tierSpec, ScreenStage.screened(index, r.present, r.settings.minShare()), indexRanks);
    }

    /**
     * The scale of the index scores: the run's normalisation scale, kept by every aggregation that
     * is a mean; null when a method has no fixed scale or an aggregation leaves it (Copeland, MPI).
     */
    static ScoreScale indexScale(Framework fw, Settings settings, boolean[] active) {
        for (int i = 0; i < fw.size(); i++) {
            Node n = fw.node(i);
            if (n.isLeaf() || !active[i]) continue;
            MethodSpec as = n.aggregate() != null ? n.aggregate() : settings.aggregate();
            MethodCatalog.MethodDef d = MethodCatalog.def(MethodCatalog.Step.AGGREGATE, as.method());
            // an aggregation that is a mean keeps the scale: its result lies between what it aggregates
            if (d == null || !d.mean()) return null;
        }
        return settings.normalise().scale();
    }
}
