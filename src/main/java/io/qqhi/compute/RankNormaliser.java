package io.qqhi.compute;

/**
 * Rank-based scores on direction-adjusted values: {@code rank} (1 = lowest value, ties take the
 * lowest rank), {@code prank} (low + (high − low)·(rank − 1)/(n − 1); 0–1 by default, as COINr's
 * n_prank, or e.g. 60–100 to share the 功效系数 scale) and {@code borda} (rank − 1).
 */
public final class RankNormaliser implements Normaliser {
    public enum Kind { RANK, PRANK, BORDA }

    private final Kind kind;
    private final double low;
    private final double high;

    public RankNormaliser(Kind kind) {
        this(kind, 0, 1);
    }

    public RankNormaliser(Kind kind, double low, double high) {
        this.kind = kind;
        this.low = low;
        this.high = high;
    }

    @Override
    public boolean normalise(double[] raw, Column c, double[] out) {
        double[] x = Normaliser.oriented(raw, c.sign());
        int n = Stats.count(x);
        double[] rank = Ranker.ascending(x);
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                out[i] = Double.NaN;
                continue;
            }
            switch (kind) {
                case RANK: out[i] = rank[i]; break;
                case BORDA: out[i] = rank[i] - 1; break;
                default: out[i] = low + (high - low) * (n > 1 ? (rank[i] - 1) / (n - 1) : 0);
            }
        }
        return n > 0 && Stats.min(x) == Stats.max(x);
    }
}
