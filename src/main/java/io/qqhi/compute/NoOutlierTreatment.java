package io.qqhi.compute;

/** Leaves values as they are: the result is the same array (callers never write to a stage's values). */
public final class NoOutlierTreatment implements OutlierTreatment {
    @Override
    public Result treat(double[] x) {
        return new Result(x, "none", 0);
    }
}
