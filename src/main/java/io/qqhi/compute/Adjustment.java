package io.qqhi.compute;

import java.util.List;

/**
 * A value the pipeline changed, for the record: which unit and leaf, which step (impute,
 * winsorise, log, base-clip), the value before and after, and the step's particulars as arguments
 * (the imputation method and group; the points winsorised; the base period and its benchmarks) —
 * the words are the report's.
 */
public record Adjustment(String pool, String unit, String leaf, String step, double before, double after, List<String> details) {
    public Adjustment {
        details = List.copyOf(details);
    }
}
