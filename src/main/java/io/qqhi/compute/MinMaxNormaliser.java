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
        double[] x = c.sign() == 1 ? raw : Normaliser.oriented(raw, c.sign());
        // both ends in one pass (NaN fails every comparison, so missing values drop out)
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean any = false;
        for (double v : x) {
            if (v == v) {
                any = true;
                if (v < min) min = v;
                if (v > max) max = v;
            }
        }
        if (!any) min = max = Double.NaN;
        boolean constant = !(max > min);
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) out[i] = Double.NaN;
            else out[i] = constant ? high : low + (x[i] - min) / (max - min) * (high - low);
        }
        return constant && !Double.isNaN(min);
    }
}
