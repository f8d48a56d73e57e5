package io.qqhi.compute;

import io.qqhi.framework.Text;

/**
 * Fraction of the maximum, as COINr's n_fracmax after its Normalise multiplies by the direction:
 * y = d·x / max(d·x) (docs/methods.md, normalisation). For a lower-is-better indicator d·x ≤ 0,
 * so COINr's value is then the ratio of two negatives; it is followed as it is.
 */
public final class FracMaxNormaliser implements Normaliser {
    @Override
    public boolean normalise(double[] raw, Column c, double[] out) {
        double[] x = Normaliser.oriented(raw, c.sign());
        double max = Stats.max(x);
        double min = Stats.min(x);
        if (max == 0) throw new IllegalArgumentException(Text.of("normalise.fracmax-zero"));
        for (int i = 0; i < x.length; i++) out[i] = Double.isNaN(x[i]) ? Double.NaN : x[i] / max;
        return !Double.isNaN(max) && max == min;
    }
}
