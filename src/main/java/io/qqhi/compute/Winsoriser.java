package io.qqhi.compute;

/**
 * The JRC/COINr outlier rule (docs/methods.md, outliers). An indicator fails when |G1| ≥ skew and
 * G2 ≥ kurtosis. While it fails and fewer than {@code maxPoints} values have been changed: if
 * G1 ≥ 0 every occurrence of the maximum becomes the largest remaining value, else every
 * occurrence of the minimum the smallest remaining value. "Changed" counts distinct positions, as
 * COINr's winmax does: a point moved again in a later round still counts once, tied points count
 * one each. If it still fails, the winsorisation is discarded and the {@code fallback} transform
 * (COINr's f2; log_CT_plus by default, as COINr's) is applied to the original values, or, with no
 * fallback, the winsorised values are kept.
 */
public final class Winsoriser implements OutlierTreatment {
    private final double skew;
    private final double kurtosis;
    private final int maxPoints;
    private final Transform fallback;
    private final double lambda;

    public Winsoriser(double skew, double kurtosis, int maxPoints) {
        this(skew, kurtosis, maxPoints, Transform.LOG_CT_PLUS, 1);
    }

    /** @param fallback the transform when winsorising does not pass (null: keep the winsorised values) */
    public Winsoriser(double skew, double kurtosis, int maxPoints, Transform fallback, double lambda) {
        this.skew = skew;
        this.kurtosis = kurtosis;
        this.maxPoints = maxPoints;
        this.fallback = fallback;
        this.lambda = lambda;
    }

    /** Whether the shape {@code g} = (G1, G2) of {@link Stats#shape} breaks the rule. */
    private boolean fails(double[] g) {
        return !Double.isNaN(g[0]) && !Double.isNaN(g[1]) && Math.abs(g[0]) >= skew && g[1] >= kurtosis;
    }

    /** Whether a column breaks the rule |G1| ≥ skew and G2 ≥ kurtosis (COINr's check_SkewKurt failing). */
    static boolean fails(double[] x, double skew, double kurtosis) {
        double[] g = new double[2];
        Stats.shape(x, g);
        return !Double.isNaN(g[0]) && !Double.isNaN(g[1]) && Math.abs(g[0]) >= skew && g[1] >= kurtosis;
    }

    @Override
    public Result treat(double[] original) {
        double[] x = original.clone();
        double[] g = new double[2];
        Stats.shape(x, g);
        if (!fails(g)) return new Result(x, "none", 0);
        boolean[] moved = new boolean[x.length];
        int changed = 0;
        while (fails(g) && changed < maxPoints) {
            boolean high = g[0] >= 0;
            double extreme = high ? Stats.max(x) : Stats.min(x);
            double next = Double.NaN;
            for (double v : x) {
                if (Double.isNaN(v) || v == extreme) continue;
                if (Double.isNaN(next) || (high ? v > next : v < next)) next = v;
            }
            if (Double.isNaN(next)) break;
            for (int i = 0; i < x.length; i++) {
                if (x[i] == extreme) {
                    x[i] = next;
                    if (!moved[i]) {
                        moved[i] = true;
                        changed++;
                    }
                }
            }
            Stats.shape(x, g);
        }
        if (!fails(g) || fallback == null) return new Result(x, "winsorised", changed);
        return new Result(fallback.apply(original, lambda), fallback.key, 0);
    }
}
