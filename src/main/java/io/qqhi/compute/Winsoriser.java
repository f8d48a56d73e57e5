package io.qqhi.compute;

/**
 * The JRC/COINr outlier rule (formats.md §2). An indicator fails when |G1| ≥ skew and
 * G2 ≥ kurtosis. While it fails and fewer than {@code maxPoints} values have been changed: if
 * G1 ≥ 0 every occurrence of the maximum becomes the largest remaining value, else every
 * occurrence of the minimum the smallest remaining value. If it still fails, the winsorisation
 * is discarded and log(x − min + 0.01·(max − min)) is applied to the original values.
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

    boolean fails(double[] x) {
        double g1 = Stats.skew(x);
        double g2 = Stats.kurtosis(x);
        return !Double.isNaN(g1) && !Double.isNaN(g2) && Math.abs(g1) >= skew && g2 >= kurtosis;
    }

    @Override
    public Result treat(double[] original) {
        double[] x = original.clone();
        if (!fails(x)) return new Result(x, "none", 0);
        int changed = 0;
        while (fails(x) && changed < maxPoints) {
            boolean high = Stats.skew(x) >= 0;
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
                    changed++;
                }
            }
        }
        if (!fails(x)) return new Result(x, "winsorised", changed);
        double min = Stats.min(original);
        double max = Stats.max(original);
        double[] y = new double[original.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = Double.isNaN(original[i]) ? Double.NaN : Math.log(original[i] - min + 0.01 * (max - min));
        }
        return new Result(y, "log", 0);
    }
}
