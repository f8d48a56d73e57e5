package io.qqhi.compute;

/** z-score: mean + sd·(x − x̄)/s with the sample sd s (n − 1), on direction-adjusted values. */
public final class ZScoreNormaliser implements Normaliser {
    private final double mean;
    private final double sd;

    public ZScoreNormaliser(double mean, double sd) {
        this.mean = mean;
        this.sd = sd;
    }

    @Override
    public boolean normalise(double[] raw, Column c, double[] out) {
        double[] x = Normaliser.oriented(raw, c.sign());
        double m = Stats.mean(x);
        double s = Stats.sd(x);
        boolean constant = !(s > 0);
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) out[i] = Double.NaN;
            else out[i] = constant ? mean : mean + sd * (x[i] - m) / s;
        }
        return constant && !Double.isNaN(m);
    }
}
