package io.qqhi.framework;

import java.util.List;

/**
 * What an uncertainty or sensitivity analysis varies and how long it runs: the framework's
 * {@code sensitivity:} section or a {@code --spec} file; command-line options override it.
 *
 * @param mode           ua (rank intervals) or sa (Sobol indices)
 * @param runs           ua: replications; sa: the base sample N (N·(d + 2) runs)
 * @param seed           random seed
 * @param weightsNoise   every weight × U(1 − x, 1 + x); 0 keeps the weights
 * @param weightLevels   the levels whose weights are perturbed (empty = every level)
 * @param weightsByLevel one uncertain input per level instead of one for all weights
 * @param weightSets     how many perturbed weight sets an input chooses from
 * @param normalisers    normalisation methods to choose from beside the framework's own, which is always a
 *                       choice (none: fixed); each is put on the framework's score scale where it has one
 * @param aggregators    aggregation methods to choose from (fewer than two: fixed)
 * @param imputation     also choose between no imputation and the imputation in force (mean if none)
 * @param leaveOneOut    also leave one leaf out, or none
 */
public record SensitivitySpec(String mode, int runs, long seed, double weightsNoise, List<Integer> weightLevels,
                              boolean weightsByLevel, int weightSets, List<String> normalisers, List<String> aggregators,
                              boolean imputation, boolean leaveOneOut) {

    public SensitivitySpec {
        weightLevels = List.copyOf(weightLevels);
        normalisers = List.copyOf(normalisers);
        aggregators = List.copyOf(aggregators);
    }

    /**
     * Weights ±25 % at every level as one input, and a choice between the framework's own
     * normalisation and percentile ranks on the same scale: a genuinely different method (min-max
     * on 60–100 *is* 功效系数 with pool benchmarks, and z-scores differ only by an affine map per
     * leaf), so the interval reflects a real choice, not a change of units (docs/methods.md).
     */
    public static SensitivitySpec defaults() {
        return new SensitivitySpec("ua", 1000, 1, 0.25, List.of(), false, 1000, List.of("prank"), List.of(), false,
                false);
    }

    public boolean perturbs(int level) {
        return weightsNoise > 0 && (weightLevels.isEmpty() || weightLevels.contains(level));
    }
}
