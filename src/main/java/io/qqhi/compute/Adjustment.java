package io.qqhi.compute;

/**
 * A value the pipeline changed, for the record: which unit and leaf, which step
 * (denominate, impute, winsorise, log), the value before and after, and why.
 */
public record Adjustment(String pool, String unit, String leaf, String step, double before, double after, String note) {
}
