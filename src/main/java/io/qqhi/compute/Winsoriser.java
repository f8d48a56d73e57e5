package io.qqhi.compute;

/**
 * The JRC/COINr outlier rule (docs/methods.md, outliers). An indicator fails when |G1| ≥ skew and
 * G2 ≥ kurtosis. While it fails and fewer than {@code maxPoints} values have been changed: if
 * G1 ≥ 0 every occurrence of the maximum becomes the largest remaining value, else every
 * occurrence of the minimum the smallest remaining value. "Changed" counts distinct positions, as
 * COINr's winmax does: a point moved again in a later round still counts once, tied points count
 * one each. If it still fails, the winsorisation is discarded and log(x − min + 0.01·(max − min))
 * is applied to the original values.
 */
public final class Winsoriser implements OutlierTreatment {
    private final double skew;
    private final double kurtosis;
    private final int maxPoints;

    public Winsoriser(double skew, double kurtosis, int maxPoints) {
        this.skew = skew;
        this.kurtosis = kurtosis;
        this.maxPoints = maxPoints;
    }

    /** Whether the shape {@code g} = (G1, G2) of {@link Stats#shape} breaks the rule. */
    private boolean fails(double[] g) {
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
        if (!fails(g)) return new Result(x, "winsorised", changed);
        double min = Stats.min(original);
        double max = Stats.max(original);
        double[] y = new double[original.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = Double.isNaN(original[i]) ? Double.NaN : Math.log(original[i] - min + 0.01 * (max - min));
        }
        return new Result(y, "log", 0);
    }
}
