package io.qqhi.compute;

/**
 * 扣分制 (deduction) for rare negative events: score = max(floor, base − per_case·count), where the
 * count is the raw value (number of cases). Needs no pool statistics, so a constant column is
 * normal (mostly zeros) and is not reported.
 */
public final class DeductionNormaliser implements Normaliser {
    private final double base;
    private final double perCase;
    private final double floor;

    public DeductionNormaliser(double base, double perCase, double floor) {
        this.base = base;
        this.perCase = perCase;
        this.floor = floor;
    }

    @Override
    public boolean normalise(double[] raw, Column c, double[] out) {
        for (int i = 0; i < raw.length; i++) {
            out[i] = Double.isNaN(raw[i]) ? Double.NaN : Math.max(floor, base - perCase * raw[i]);
        }
        return false;
    }
}
