package io.qqhi.compute;

/** Leaves values as they are. */
public final class NoOutlierTreatment implements OutlierTreatment {
    @Override
    public Result treat(double[] x) {
        return new Result(x.clone(), "none", 0);
    }
}
