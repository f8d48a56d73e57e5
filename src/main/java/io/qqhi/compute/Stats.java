package io.qqhi.compute;

import java.util.Arrays;

import org.apache.commons.math3.stat.descriptive.rank.Median;

/** Statistics over the non-missing (non-NaN) values of a column. */
public final class Stats {
    private Stats() {
    }

    public static int count(double[] x) {
        int n = 0;
        for (double v : x) if (!Double.isNaN(v)) n++;
        return n;
    }

    public static double mean(double[] x) {
        double s = 0;
        int n = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                s += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /** Sample standard deviation (n − 1); NaN below two values. */
    public static double sd(double[] x) {
        double m = mean(x);
        double s = 0;
        int n = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                s += (v - m) * (v - m);
                n++;
            }
        }
        return n < 2 ? Double.NaN : Math.sqrt(s / (n - 1));
    }

    public static double min(double[] x) {
        double r = Double.NaN;
        for (double v : x) if (!Double.isNaN(v) && (Double.isNaN(r) || v < r)) r = v;
        return r;
    }

    public static double max(double[] x) {
        double r = Double.NaN;
        for (double v : x) if (!Double.isNaN(v) && (Double.isNaN(r) || v > r)) r = v;
        return r;
    }

    /** The median of the present values (commons-math: the mean of the two middle values for an even count). */
    public static double median(double[] x) {
        double[] v = Arrays.stream(x).filter(d -> !Double.isNaN(d)).toArray();
        return v.length == 0 ? Double.NaN : new Median().evaluate(v);
    }

    /**
     * Sample-adjusted skewness G1 = √(n(n−1))/(n−2) · m3/m2^1.5 (docs/methods.md, outliers; Excel SKEW);
     * NaN below three values or for a constant column.
     */
    public static double skew(double[] x) {
        double[] g = new double[2];
        shape(x, g);
        return g[0];
    }

    /**
     * Sample-adjusted excess kurtosis G2 = ((n+1)(m4/m2² − 3) + 6)(n−1)/((n−2)(n−3))
     * (docs/methods.md, outliers; Excel KURT); NaN below four values or for a constant column.
     */
    public static double kurtosis(double[] x) {
        double[] g = new double[2];
        shape(x, g);
        return g[1];
    }

    /**
     * {@link #skew} into {@code g[0]} and {@link #kurtosis} into {@code g[1]}, the moments from one
     * pass: the outlier rule asks for both after every winsorised point.
     */
    static void shape(double[] x, double[] g) {
        int n = count(x);
        if (n < 3) {
            g[0] = g[1] = Double.NaN;
            return;
        }
        double m = mean(x);
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double v : x) {
            if (Double.isNaN(v)) continue;
            double d = v - m;
            m2 += d * d;
            m3 += d * d * d;
            m4 += d * d * d * d;
        }
        m2 /= n;
        m3 /= n;
        m4 /= n;
        if (m2 == 0) {
            g[0] = g[1] = Double.NaN;
            return;
        }
        g[0] = Math.sqrt((double) n * (n - 1)) / (n - 2) * m3 / Math.pow(m2, 1.5);
        g[1] = n < 4 ? Double.NaN : ((n + 1) * (m4 / (m2 * m2) - 3) + 6) * (n - 1) / ((double) (n - 2) * (n - 3));
    }
}
