package io.qqhi.compute;

/** Distance to the maximum: (x − min)/(max − min) on direction-adjusted values, in [0, 1]. */
public final class Dist2MaxNormaliser implements Normaliser {
    @Override
    public boolean normalise(double[] raw, Column c, double[] out) {
        return new MinMaxNormaliser(0, 1).normalise(raw, c, out);
    }
}
