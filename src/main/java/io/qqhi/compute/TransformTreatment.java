package io.qqhi.compute;

/**
 * A transform as the first treatment, COINr's Treat with f1 = the transform (docs/methods.md,
 * outliers): an indicator that passes the skew and kurtosis check is left as it is; one that fails
 * is transformed; if it still fails and a {@code fallback} is given, the fallback is applied to the
 * original values instead.
 */
public final class TransformTreatment implements OutlierTreatment {
    private final Transform first;
    private final Transform fallback;
    private final double lambda;
    private final double skew;
    private final double kurtosis;

    public TransformTreatment(Transform first, double lambda, double skew, double kurtosis, Transform fallback) {
        this.first = first;
        this.fallback = fallback;
        this.lambda = lambda;
        this.skew = skew;
        this.kurtosis = kurtosis;
    }

    @Override
    public Result treat(double[] x) {
        if (!Winsoriser.fails(x, skew, kurtosis)) return new Result(x.clone(), "none", 0);
        double[] y = first.apply(x, lambda);
        if (fallback == null || !Winsoriser.fails(y, skew, kurtosis)) return new Result(y, first.key, 0);
        return new Result(fallback.apply(x, lambda), fallback.key, 0);
    }
}
