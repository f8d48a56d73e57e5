package io.qqhi.compute;

/**
 * Fills missing values (NaN) of one leaf over a pool. {@code groups} holds each unit's group
 * label (null when the method needs none or the unit has none). Values the method cannot fill
 * stay NaN.
 */
public interface Imputer {
    void impute(double[] x, String[] groups, double[] out);
}
