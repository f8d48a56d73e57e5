package io.qqhi.compute;

/** Leaves missing values missing; aggregation then drops them and renormalises the weights. */
public final class NoImputer implements Imputer {
    @Override
    public void impute(double[] x, String[] groups, double[] out) {
        System.arraycopy(x, 0, out, 0, x.length);
    }
}
