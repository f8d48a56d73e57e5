package io.qqhi.compute;

import java.util.List;

import io.qqhi.framework.MethodSpec;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Severity;
import io.qqhi.framework.Text;

/** Fills missing values by the run's imputation method (docs/methods.md, imputation), each filled value recorded. */
final class ImputeStage implements LeafStage {
    private final Imputer imputer;
    private final MethodSpec spec;

    ImputeStage(MethodSpec spec) {
        this.spec = spec;
        this.imputer = Methods.imputer(spec);
    }

    @Override
    public void apply(Work w) {
        PoolRun r = w.run;
        double[] in = r.den[w.j];
        // without imputation the stages share one array, as they do without a denominator: a national
        // pool's columns are 13 MB a stage
        double[] out = in;
        if (!(imputer instanceof NoImputer)) {
            out = new double[r.m];
            imputer.impute(in, r.groups, out);
            String group = spec.params().get("group");
            for (int u = 0; u < r.m; u++) {
                if (Double.isNaN(in[u]) && !Double.isNaN(out[u])) {
                    w.changed.add(new Adjustment(r.pool, w.unit(u), w.leaf().id(), "impute", Double.NaN, out[u],
                            group == null ? List.of(spec.method()) : List.of(spec.method(), String.valueOf(r.groups[u]))));
                }
            }
        }
        r.imp[w.j] = out;
        if (Stats.count(out) == 0) {
            w.found.add(new Problem(Severity.WARNING, null, 0, 0, null, w.leaf().id(), Text.of("leaf.no-values", r.pool)));
        }
    }
}
