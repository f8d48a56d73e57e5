package io.qqhi.input;

import java.util.List;

/** One period's inputs, read and checked: the figures, the survey, their coverage, and the leaf values. */
public record PeriodInputs(String period, UnitRegistry registry, ItemValues items, SurveyResult survey,
                           Coverage coverage, Dataset dataset, List<String> departmentFiles) {
}
