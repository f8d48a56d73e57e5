package io.qqhi.analysis;

/**
 * Who is on a 进步榜 (docs/methods.md, 进步榜): a place ranked in the period shown whose index score
 * rose, by at least the framework's {@code lists.improve_min} points, since the previous period. A place
 * that fell, stood still, rose by less, or is not ranked (不参与排名) is never on it, so a list may
 * have fewer entries than it has rows, or none.
 */
public final class Improvement {
    private Improvement() {
    }

    /** {@code rank}: the place's rank now (0: not ranked); {@code change}: its index score now minus before (NaN: unknown). */
    public static boolean listed(int rank, double change, double min) {
        return rank > 0 && change > 0 && change >= min;
    }
}
