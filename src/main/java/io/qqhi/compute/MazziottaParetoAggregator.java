package io.qqhi.compute;

/**
 * Mazziotta–Pareto index: M ∓ S·cv with M = Σ w·x, S = √(Σ w·(x − M)²), cv = S/M; the negative
 * penalty (default) punishes unbalanced profiles. Meant for scores standardised around 100
 * (normalise: zscore {mean: 100, sd: 10}); refused where M ≤ 0.
 */
public final class MazziottaParetoAggregator extends UnitwiseAggregator {
    private final int penaltySign;

    public MazziottaParetoAggregator(boolean negativePenalty) {
        this.penaltySign = negativePenalty ? -1 : 1;
    }

    @Override
    double combine(double[] v, double[] w, int n) {
        double m = 0;
        for (int j = 0; j < n; j++) m += w[j] * v[j];
        if (!(m > 0)) return Double.NaN;
        double var = 0;
        for (int j = 0; j < n; j++) var += w[j] * (v[j] - m) * (v[j] - m);
        return m + penaltySign * var / m;
    }
}
