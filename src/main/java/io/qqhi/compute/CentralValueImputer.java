package io.qqhi.compute;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Fills a missing value with the mean or median of the present values, of the whole pool or of
 * the unit's group (COINr i_mean, i_median, i_mean_grp, i_median_grp). A unit without a group, or
 * whose group has no present value, stays missing.
 */
public final class CentralValueImputer implements Imputer {
    private final boolean median;
    private final boolean byGroup;

    public CentralValueImputer(boolean median, boolean byGroup) {
        this.median = median;
        this.byGroup = byGroup;
    }

    @Override
    public void impute(double[] x, String[] groups, double[] out) {
        Map<String, Double> fill = new HashMap<>();
        double all = Double.NaN;
        boolean allKnown = false;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i])) {
                out[i] = x[i];
            } else if (!byGroup) {
                if (!allKnown) {
                    all = central(x, null, null);
                    allKnown = true;
                }
                out[i] = all;
            } else {
                String g = groups == null ? null : groups[i];
                out[i] = g == null || g.isEmpty() ? Double.NaN : fill.computeIfAbsent(g, k -> central(x, groups, k));
            }
        }
    }

    private double central(double[] x, String[] groups, String group) {
        double[] v = new double[x.length];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) continue;
            if (group != null && !group.equals(groups[i])) continue;
            v[n++] = x[i];
        }
        double[] present = Arrays.copyOf(v, n);
        return median ? Stats.median(present) : Stats.mean(present);
    }
}
