package io.qqhi.input;

import java.util.List;
import java.util.Map;

/**
 * One period's inputs, read and checked: the figures, the survey, their coverage, and the leaf
 * values; {@code annualFrom}: the annual items whose figures were carried forward, with the
 * period they were sent in (docs/methods.md, annual items).
 */
public record PeriodInputs(String period, UnitRegistry registry, ItemValues items, SurveyResult survey,
                           Coverage coverage, Dataset dataset, List<String> departmentFiles, Map<String, String> annualFrom) {
    public PeriodInputs {
        annualFrom = Map.copyOf(annualFrom);
    }
}
