package io.qqhi.compute;

/** Treats one leaf's values over a pool for outliers; returns the treated values and what was done. */
public interface OutlierTreatment {
    /** @param how "none", "winsorised" or the key of the {@link Transform} applied; points = number of values winsorised */
    record Result(double[] values, String how, int points) {
    }

    Result treat(double[] x);
}
