package io.qqhi.framework;

/**
 * How units are screened for data availability (docs/methods.md, screening), beside the threshold
 * ({@link Settings#minShare}, {@code screen.dat_thresh}, alias {@code min_share}): {@code by}
 * byweight — the share of the index weight whose leaves are present — or byNA — the share of the
 * leaves present, COINr's Dat_Avail, both on the data before imputation; {@code action} unranked —
 * the unit keeps its scores but gets no rank or tier — or drop — it is removed before normalisation,
 * as COINr's Screen removes it, and has no scores.
 */
public record Screen(String by, String action) {
    public static final Screen DEFAULT = new Screen("byweight", "unranked");

    public Screen {
        if (!by.equals("byweight") && !by.equals("byNA")) throw new IllegalArgumentException(Text.of("fw.unit-screen", by));
        if (!action.equals("unranked") && !action.equals("drop")) throw new IllegalArgumentException(Text.of("fw.screen-action", action));
    }

    public boolean byCount() {
        return by.equals("byNA");
    }

    public boolean drops() {
        return action.equals("drop");
    }
}
