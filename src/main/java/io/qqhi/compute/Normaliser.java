package io.qqhi.compute;

import java.util.List;

import io.qqhi.input.UnitRecord;

/**
 * Turns one leaf's values over a pool (NaN = missing) into scores where higher is better.
 * Implementations apply the direction first, compute statistics over non-missing values only,
 * leave missing values missing, and return {@code true} when the column was constant (then
 * every unit gets the method's "best" score instead of NaN, and the pipeline reports it).
 */
public interface Normaliser {
    boolean normalise(double[] raw, Column column, double[] out);

    /**
     * This normaliser for one pool's units, in the pool's row order: a method that refers to a
     * unit (dist2ref) finds it here, or throws {@link IllegalArgumentException} naming it; the rest
     * are the same for every pool.
     */
    default Normaliser forPool(List<UnitRecord> units) {
        return this;
    }

    /** Direction-adjusted copy: −x for a lower-is-better indicator, so higher is always better. */
    static double[] oriented(double[] raw, int sign) {
        double[] x = new double[raw.length];
        for (int i = 0; i < raw.length; i++) x[i] = sign * raw[i];
        return x;
    }
}
