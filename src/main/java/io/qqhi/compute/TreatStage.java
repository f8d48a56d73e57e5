package io.qqhi.compute;

import java.util.List;

import io.qqhi.framework.MethodSpec;

/** Treats outliers by the run's method (docs/methods.md, outliers), each changed value recorded. */
final class TreatStage implements LeafStage {
    private final OutlierTreatment treatment;

    TreatStage(MethodSpec spec) {
        this.treatment = Methods.treatment(spec);
    }

    @Override
    public void apply(Work w) {
        PoolRun r = w.run;
        double[] col = r.imp[w.j];
        OutlierTreatment.Result t = treatment.treat(col);
        r.tre[w.j] = t.values();
        if (t.how().equals("none")) return;
        // winsorised values record how many points moved; a transform (log, boxcox) records itself
        boolean winsorised = t.how().equals("winsorised");
        Transform how = winsorised ? null : Transform.of(t.how());
        for (int u = 0; u < r.m; u++) {
            if (!Double.isNaN(col[u]) && col[u] != t.values()[u]) {
                w.changed.add(new Adjustment(r.pool, w.unit(u), w.leaf().id(), winsorised ? "winsorise" : how.step(), col[u],
                        t.values()[u], winsorised ? List.of(String.valueOf(t.points())) : List.of(how.key)));
            }
        }
    }
}
