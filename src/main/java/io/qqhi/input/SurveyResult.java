package io.qqhi.input;

import java.util.List;

/**
 * The survey of one period, per unit (registry order) and item (framework order): valid answers
 * n, weighted mean score (0–100; NaN below the minimum sample), weighted 满意率 (%), and
 * Cronbach's α over the items (complete answers only); plus what screening removed.
 */
public record SurveyResult(List<String> units, List<String> items, int[][] n, double[][] mean, double[][] satisfied,
                           double[] alpha, int[] respondents, double overallAlpha, int kept,
                           List<ScreeningEntry> removed, java.util.Map<String, Integer> unitPosition) {

    public SurveyResult(List<String> units, List<String> items, int[][] n, double[][] mean, double[][] satisfied,
                        double[] alpha, int[] respondents, double overallAlpha, int kept, List<ScreeningEntry> removed) {
        this(units, items, n, mean, satisfied, alpha, respondents, overallAlpha, kept, removed, positions(units));
    }

    private static java.util.Map<String, Integer> positions(List<String> units) {
        java.util.Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < units.size(); i++) m.put(units.get(i), i);
        return m;
    }

    /** A questionnaire screening took out, and why. */
    public record ScreeningEntry(String file, int line, String respondent, String unit, String reason) {
    }

    public int unitIndex(String code) {
        return unitPosition.getOrDefault(code, -1);
    }

    /** The score that feeds leaf formulas, NaN when the unit has no valid sample. */
    public double score(String unit, String item) {
        int u = unitIndex(unit);
        int k = items.indexOf(item);
        return u < 0 || k < 0 ? Double.NaN : mean[u][k];
    }
}
