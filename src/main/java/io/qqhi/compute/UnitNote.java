package io.qqhi.compute;

import java.util.List;

import io.qqhi.input.MissingWhy;

/**
 * What a ranking table notes about a unit, as codes and numbers (the words are the report's): that
 * it is not ranked for want of data and how much index weight is missing, a survey sample too small
 * to count, and the leaves missing with why.
 *
 * @param missingShare the share of the index weight (or, {@code byCount}, of the leaves) missing when the unit is
 *                     below the availability screen, else NaN
 * @param thinSurvey   why the satisfaction leaves are not counted, null when they are
 */
public record UnitNote(double missingShare, MissingWhy thinSurvey, List<Missing> missing, boolean byCount) {
    public UnitNote(double missingShare, MissingWhy thinSurvey, List<Missing> missing) {
        this(missingShare, thinSurvey, missing, false);
    }

    /** A missing leaf; {@code why} null when not known. */
    public record Missing(String leafId, String leafName, MissingWhy why) {
    }

    public boolean unranked() {
        return !Double.isNaN(missingShare);
    }

    public boolean isEmpty() {
        return !unranked() && thinSurvey == null && missing.isEmpty();
    }
}
