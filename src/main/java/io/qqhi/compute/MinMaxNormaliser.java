package io.qqhi.compute;

/** Min-max: low + (x − min)/(max − min)·(high − low) on the direction-adjusted values (JRC/COINr n_minmax). */
public final class MinMaxNormaliser implements Normaliser {
    private final double low;
    private final double high;

    public MinMaxNormaliser(double low, double high) {
        this.low = low;
        this.high = high;
    }

    @Override
    public boolean normalise(double[] raw, Column c, double[] out) {
        double[] x = Normaliser.oriented(raw, c.sign());
        double min = Stats.min(x);
        double max = Stats.max(x);
        boolean constant = !(max > min);
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) out[i] = Double.NaN;
            else out[i] = constant ? high : low + (x[i] - min) / (max - min) * (high - low);
        }
        return constant && !Double.isNaN(min);
    }
}
