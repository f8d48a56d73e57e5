package io.qqhi.compute;

import io.qqhi.framework.ScoreScale;

/**
 * A leaf's own method with its scores moved onto the run's scale: 扣分制 scores 0–100 become
 * 60 + 40·d/100 under the default 功效系数法, low + (high − low)·d/100 under min-max, so a deduction
 * weighs what its weight says (docs/methods.md, one scale per run).
 */
final class RescaledNormaliser implements Normaliser {
    private final Normaliser inner;
    private final ScoreScale from;
    private final ScoreScale to;

    RescaledNormaliser(Normaliser inner, ScoreScale from, ScoreScale to) {
        this.inner = inner;
        this.from = from;
        this.to = to;
    }

    @Override
    public boolean normalise(double[] raw, Column c, double[] out) {
        boolean constant = inner.normalise(raw, c, out);
        for (int i = 0; i < out.length; i++) if (!Double.isNaN(out[i])) out[i] = from.mapTo(to, out[i]);
        return constant;
    }
}
