package io.qqhi.compute;

/**
 * 功效系数法 (efficacy coefficient), DB3302/T 1178-2025: d = floor + span·(x − x_s)/(x_h − x_s) on
 * direction-adjusted values. Benchmarks {@code pool}: x_h / x_s are the pool's best / worst;
 * {@code targets}: the leaf's {@code high} (satisfactory value) and {@code low} (not-allowed
 * value) in raw units — for a lower-is-better leaf high is the smaller number. Optionally
 * clipped to [floor, floor + span].
 */
public final class EfficacyNormaliser implements Normaliser {
    private final double floor;
    private final double span;
    private final boolean targets;
    private final boolean clip;

    public EfficacyNormaliser(double floor, double span, boolean targets, boolean clip) {
        this.floor = floor;
        this.span = span;
        this.targets = targets;
        this.clip = clip;
    }

    @Override
    public boolean normalise(double[] raw, Column c, double[] out) {
        double[] x = Normaliser.oriented(raw, c.sign());
        double xh;
        double xs;
        if (targets) {
            if (c.high() == null || c.low() == null) {
                throw new IllegalArgumentException("efficacy with targets needs high and low on leaf " + c.leafId());
            }
            xh = c.sign() * c.high();
            xs = c.sign() * c.low();
        } else {
            xh = Stats.max(x);
            xs = Stats.min(x);
        }
        boolean constant = !(xh > xs);
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                out[i] = Double.NaN;
                continue;
            }
            double d = constant ? floor + span : floor + span * (x[i] - xs) / (xh - xs);
            out[i] = clip ? Math.max(floor, Math.min(floor + span, d)) : d;
        }
        return constant && !targets && !Double.isNaN(xs);
    }

    /** The textbook formula on its own, for one value: d = floor + span·(x − x_s)/(x_h − x_s). */
    public static double score(double x, double xh, double xs, double floor, double span) {
        return floor + span * (x - xs) / (xh - xs);
    }
}
