package io.qqhi.compute;

/**
 * Fixed goalposts: (x − low)/(high − low), or (high − x)/(high − low) for a lower-is-better
 * leaf, clipped to [0, 1] and times {@code scale} (COINr n_goalposts). Never constant: the
 * bounds are fixed.
 */
public final class GoalpostsNormaliser implements Normaliser {
    private final double low;
    private final double high;
    private final double scale;

    public GoalpostsNormaliser(double low, double high, double scale) {
        if (!(high > low)) throw new IllegalArgumentException("goalposts need high > low");
        this.low = low;
        this.high = high;
        this.scale = scale;
    }

    @Override
    public boolean normalise(double[] raw, Column c, double[] out) {
        for (int i = 0; i < raw.length; i++) {
            double x = raw[i];
            if (Double.isNaN(x)) {
                out[i] = Double.NaN;
                continue;
            }
            double y = c.sign() > 0 ? (x - low) / (high - low) : (high - x) / (high - low);
            out[i] = Math.max(0, Math.min(1, y)) * scale;
        }
        return false;
    }
}
