package io.qqhi.compute;

/**
 * Turns one leaf's values over a pool (NaN = missing) into scores where higher is better.
 * Implementations apply the direction first, compute statistics over non-missing values only,
 * leave missing values missing, and return {@code true} when the column was constant (then
 * every unit gets the method's "best" score instead of NaN, and the pipeline reports it).
 */
public interface Normaliser {
    boolean normalise(double[] raw, Column column, double[] out);

    /** Direction-adjusted copy: −x for a lower-is-better indicator, so higher is always better. */
    static double[] oriented(double[] raw, int sign) {
        double[] x = new double[raw.length];
        for (int i = 0; i < raw.length; i++) x[i] = sign * raw[i];
        return x;
    }
}
