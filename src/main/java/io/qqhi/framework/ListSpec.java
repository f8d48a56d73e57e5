package io.qqhi.framework;

/**
 * The rules of the two-way lists (framework {@code lists:}; docs/methods.md, lists).
 *
 * @param maxItems      at most this many entries per unit and list (negative events on top, never cut)
 * @param bottomShare   rectification: a unit in this bottom share of its pool on a leaf
 * @param promoteTop    promotion: a unit in the top this many places of its pool (ties included)
 * @param risePlaces    promotion: or risen this many places into the top half
 * @param fallPlaces    watch list: fallen this many places
 * @param fallPoints    watch list: or lost this many score points
 * @param deadline      完成时限 written on rectification entries: {@link #NEXT_PERIOD_END} (the default) for the
 *                      last day of the next period, any other text as it is, empty to leave it to the place
 * @param improveMin    进步榜: the least rise of the index score, in points, that puts a ranked place on it
 * @param minBase       a rate leaf (one division) is listed only when its base (the divisor) is at least this;
 *                      a leaf's own {@code min_base} wins
 */
public record ListSpec(int maxItems, double bottomShare, int promoteTop, int risePlaces, int fallPlaces, double fallPoints,
                       String deadline, double improveMin, double minBase) {
    /** The deadline rule: the last day of the period after the list's, before the next evaluation reads its figures. */
    public static final String NEXT_PERIOD_END = "next-period-end";

    public static ListSpec defaults() {
        return new ListSpec(5, 1.0 / 3, 3, 3, 3, 5, NEXT_PERIOD_END, 0.5, 3);
    }
}
