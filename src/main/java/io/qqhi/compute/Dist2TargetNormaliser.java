package io.qqhi.compute;

/**
 * Distance to target: (x − min)/(target − min) on direction-adjusted values (the target is
 * oriented too), optionally capped at 1 (COINr n_dist2targ).
 */
public final class Dist2TargetNormaliser implements Normaliser {
    private final boolean cap;

    public Dist2TargetNormaliser(boolean cap) {
        this.cap = cap;
    }

    @Override
    public boolean normalise(double[] raw, Column c, double[] out) {
        if (c.target() == null) throw new IllegalArgumentException("dist2target needs a target on leaf " + c.leafId());
        double[] x = Normaliser.oriented(raw, c.sign());
        double t = c.sign() * c.target();
        double min = Stats.min(x);
        boolean constant = !(t > min);
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                out[i] = Double.NaN;
            } else if (constant) {
                out[i] = 1;
            } else {
                double v = (x[i] - min) / (t - min);
                out[i] = cap ? Math.min(1, v) : v;
            }
        }
        return constant && !Double.isNaN(min);
    }
}
