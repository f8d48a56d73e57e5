package io.qqhi.compute;

import io.qqhi.framework.Text;

/**
 * COINr's n_scaled with npara = c(low, high) after the direction: y = (d·x − low)/(high − low)·100
 * (docs/methods.md, normalisation) — a fixed shift and scale, not min–max: written with a centre
 * and a scale it is (d·x − centre)/scale·100, centre = low and scale = high − low.
 */
public final class ScaledNormaliser implements Normaliser {
    private final double low;
    private final double high;

    public ScaledNormaliser(double low, double high) {
        if (!(high != low)) throw new IllegalArgumentException(Text.of("normalise.scaled-span"));
        this.low = low;
        this.high = high;
    }

    @Override
    public boolean normalise(double[] raw, Column c, double[] out) {
        double[] x = Normaliser.oriented(raw, c.sign());
        for (int i = 0; i < x.length; i++) out[i] = Double.isNaN(x[i]) ? Double.NaN : (x[i] - low) / (high - low) * 100;
        return false;
    }
}
