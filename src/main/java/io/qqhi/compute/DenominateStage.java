package io.qqhi.compute;

import io.qqhi.framework.Node;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Severity;
import io.qqhi.framework.Text;

/** Divides a leaf by its denominator attribute (docs/methods.md, denominate); a missing or zero denominator leaves the value missing. */
final class DenominateStage implements LeafStage {
    @Override
    public void apply(Work w) {
        PoolRun r = w.run;
        Node leaf = w.leaf();
        double[] x = r.raw[w.j];
        if (leaf.denominator() != null) {
            x = x.clone();
            double[] d = r.denominators.get(leaf.denominator());
            for (int u = 0; u < r.m; u++) {
                if (Double.isNaN(x[u])) continue;
                if (Double.isNaN(d[u]) || d[u] == 0) {
                    w.found.add(new Problem(Severity.WARNING, null, 0, 0, w.unit(u), leaf.id(),
                            Text.of(Double.isNaN(d[u]) ? "denominator.missing" : "denominator.zero", leaf.denominator())));
                    x[u] = Double.NaN;
                } else {
                    x[u] = x[u] / d[u];
                }
            }
        }
        r.den[w.j] = x;
    }
}
