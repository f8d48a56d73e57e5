package io.qqhi.compute;

import io.qqhi.framework.TierSpec;

/**
 * Tiers (等次/梯队) of the index score. Cut-offs: the first band (best first) whose minimum the
 * score reaches — within {@link #NOISE}, so that a score that is 80 in exact arithmetic but comes
 * out of floating point as 79.99999999999 is 良好, as its published 80.00 says; a band without
 * minimum takes the rest. Quantiles: k bands of ranked units as
 * equal as ties allow, band = ⌊(rank − 1)·k / n⌋, so tied units share a band.
 */
public final class TierAssigner {
    private TierAssigner() {
    }

    /** How far below a cut-off a score may fall by rounding error alone and still reach it. */
    public static final double NOISE = 1e-9;

    public static String[] assign(TierSpec spec, double[] scores, int[] ranks) {
        String[] out = new String[scores.length];
        if (spec.method().equals("none") || spec.bands().isEmpty()) return out;
        int n = 0;
        for (double s : scores) if (!Double.isNaN(s)) n++;
        int k = spec.bands().size();
        for (int u = 0; u < scores.length; u++) {
            if (Double.isNaN(scores[u])) continue;
            if (spec.method().equals("quantiles")) {
                out[u] = spec.bands().get(Math.min(k - 1, (ranks[u] - 1) * k / n)).name();
            } else {
                for (TierSpec.Band b : spec.bands()) {
                    if (b.min() == null || scores[u] >= b.min() - NOISE) {
                        out[u] = b.name();
                        break;
                    }
                }
            }
        }
        return out;
    }
}
