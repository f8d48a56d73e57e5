package io.qqhi.compute;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.qqhi.framework.MethodSpec;
import io.qqhi.framework.Node;
import io.qqhi.framework.Problem;
import io.qqhi.framework.ScoreScale;
import io.qqhi.framework.Settings;
import io.qqhi.framework.Severity;
import io.qqhi.framework.Text;

/**
 * Puts a leaf on the run's score scale (docs/methods.md, normalisation; one scale per run): by the
 * run's method or the leaf's own, against the pool's or a base period's benchmarks.
 */
final class NormaliseStage implements LeafStage {
    private Normaliser[] normaliser;
    private Problem[] methodProblem;

    @Override
    public void prepare(PoolRun r) {
        int l = r.leafCount();
        normaliser = new Normaliser[l];
        methodProblem = new Problem[l];
        MethodSpec run = r.settings.normalise();
        for (int j = 0; j < l; j++) {
            if (!r.isActive(j)) continue;
            Node leaf = r.leaf(j);
            try {
                normaliser[j] = leafNormaliser(leaf, run, r.normalisers).forPool(r.units);
                if (isDeduction(leaf) && run.scale() == null) {
                    methodProblem[j] = Problem.coded(Severity.INFO, null, 0, 0, null, leaf.id(), "scale.deduction-unbounded",
                            run.method());
                }
            } catch (IllegalArgumentException e) {
                methodProblem[j] = new Problem(Severity.ERROR, r.fw.file(), leaf.at().line(), leaf.at().column(), null,
                        leaf.id(), e.getMessage(), e instanceof ScaleMismatch ? "scale.mismatch" : null);
            }
        }
    }

    @Override
    public void apply(Work w) {
        PoolRun r = w.run;
        Node leaf = w.leaf();
        MethodSpec ns = leaf.normalise() != null ? leaf.normalise() : r.settings.normalise();
        Normaliser nz = normaliser[w.j];
        Column column = Column.of(leaf);
        if (isBase(ns)) {
            Column fixed = baseColumn(w, ns);
            if (fixed != null) {
                column = fixed;
                nz = new EfficacyNormaliser(ns.number("floor"), ns.number("span"), true, true);
            }
        }
        double[] normalised = new double[r.m];
        boolean constant = false;
        Problem method = methodProblem[w.j];
        if (method != null) w.found.add(method);
        if (method != null && method.isError()) {
            Arrays.fill(normalised, Double.NaN);
        } else {
            try {
                constant = nz.normalise(r.tre[w.j], column, normalised);
            } catch (IllegalArgumentException e) {
                w.found.add(new Problem(Severity.ERROR, r.fw.file(), leaf.at().line(), leaf.at().column(), null, leaf.id(),
                        e.getMessage()));
                Arrays.fill(normalised, Double.NaN);
            }
        }
        // a deduction leaf's column is mostly zeros by nature (no events): nothing to report
        if (constant && r.m > 1 && !isDeduction(leaf)) {
            w.found.add(new Problem(Severity.WARNING, null, 0, 0, null, leaf.id(), Text.of("leaf.constant", r.pool, ns.method())));
        }
        r.nor[w.j] = normalised;
    }

    /**
     * The base period's worst and best as fixed targets (docs/methods.md, comparable mode), values
     * beyond them scored at the ends and recorded; null when the base has no benchmark for the leaf.
     */
    private static Column baseColumn(Work w, MethodSpec ns) {
        PoolRun r = w.run;
        Settings s = r.settings;
        Node leaf = w.leaf();
        double[] b = s.base() == null ? null : s.base().of(r.pool, leaf.id());
        if (b == null) {
            w.found.add(Problem.coded(Severity.WARNING, null, 0, 0, null, leaf.id(), "base.no-benchmark",
                    s.base() == null ? "—" : s.base().period(), r.pool));
            return null;
        }
        int sign = leaf.direction().sign;
        for (int u = 0; u < r.m; u++) {
            double v = r.tre[w.j][u];
            if (v < b[0] || v > b[1]) {
                w.changed.add(new Adjustment(r.pool, w.unit(u), leaf.id(), "base-clip", v, v < b[0] ? b[0] : b[1],
                        List.of(s.base().period(), Text.number(b[0]), Text.number(b[1]))));
            }
        }
        return new Column(leaf.id(), sign, leaf.target(), sign > 0 ? b[0] : b[1], sign > 0 ? b[1] : b[0]);
    }

    /** Efficacy scored against a base period's fixed benchmarks (docs/methods.md, comparable mode). */
    private static boolean isBase(MethodSpec ns) {
        return ns.method().equals("efficacy") && "base".equals(ns.text("benchmarks"));
    }

    static boolean isDeduction(Node leaf) {
        return leaf.normalise() != null && leaf.normalise().method().equals("deduction");
    }

    /** A leaf method whose scores cannot share the run's scale; the message names both. */
    static final class ScaleMismatch extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        ScaleMismatch(String message) {
            super(message);
        }
    }

    /**
     * The normaliser of one leaf under the run's method, made once per method spec (docs/methods.md,
     * one scale per run): the run's own; a 扣分制 leaf's deduction moved onto the run's scale, or, when
     * the run's method has no fixed scale (z-scores, ranks), the run's method on the event counts
     * like any other leaf; another method of the leaf's own only when it gives the run's scale.
     */
    static Normaliser leafNormaliser(Node leaf, MethodSpec run, Map<MethodSpec, Normaliser> made) {
        MethodSpec own = leaf.normalise();
        if (own == null) return made.computeIfAbsent(run, Methods::normaliser);
        ScoreScale runScale = run.scale();
        ScoreScale ownScale = own.scale();
        if (own.method().equals("deduction")) {
            if (runScale == null) return made.computeIfAbsent(run, Methods::normaliser);
            return made.computeIfAbsent(own, o -> new RescaledNormaliser(Methods.normaliser(o), ownScale, runScale));
        }
        if (ownScale == null ? runScale != null : !ownScale.equals(runScale)) {
            throw new ScaleMismatch(Text.of("scale.mismatch", own.method(),
                    ownScale == null ? Text.of("scale.none") : ownScale.label(), run.method(),
                    runScale == null ? Text.of("scale.none") : runScale.label()));
        }
        return made.computeIfAbsent(own, Methods::normaliser);
    }
}
