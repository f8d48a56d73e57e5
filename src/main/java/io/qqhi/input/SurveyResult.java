package io.qqhi.input;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The survey of one period, per unit (registry order) and item (framework order), as
 * docs/methods.md (survey) defines each figure: valid answers {@code n}; the effective sample
 * {@code nEff} (Kish: (Σw)²/Σw², = n unweighted); the mean score on 0–100 and the mean answer on
 * the Likert scale; 满意率 (%); 95 % intervals for the mean (t on the effective n) and for 满意率
 * (Wilson on the effective n); Cronbach's α over the items per unit; and the screening log.
 * {@code mean} is NaN where the effective sample is below the minimum: that unit's survey leaf is missing.
 */
public record SurveyResult(List<String> units, List<String> items, int[][] n, double[][] nEff, double[][] mean,
                           double[][] answerMean, double[][] meanLow, double[][] meanHigh, double[][] satisfied,
                           double[][] satisfiedLow, double[][] satisfiedHigh, double[] alpha, int[] respondents,
                           double overallAlpha, int kept, boolean weighted, int minSample, List<ScreeningEntry> screening,
                           Map<String, Integer> unitPosition) {

    /** A questionnaire screening took out ({@code removed}) or only flagged (kept), and why. */
    public record ScreeningEntry(String file, int line, String respondent, String unit, String reason, boolean removed) {
    }

    public static Map<String, Integer> positions(List<String> units) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < units.size(); i++) m.put(units.get(i), i);
        return m;
    }

    /** The questionnaires screening took out. */
    public List<ScreeningEntry> removed() {
        return screening.stream().filter(ScreeningEntry::removed).toList();
    }

    public int unitIndex(String code) {
        return unitPosition.getOrDefault(code, -1);
    }

    /** The score that feeds leaf formulas, NaN when the unit's effective sample is below the minimum. */
    public double score(String unit, String item) {
        int u = unitIndex(unit);
        int k = items.indexOf(item);
        return u < 0 || k < 0 ? Double.NaN : mean[u][k];
    }

    /** The smallest effective sample of a unit over the items, rounded down (the effective sample a note reports). */
    public int smallestEffectiveSample(String unit) {
        int u = unitIndex(unit);
        if (u < 0) return 0;
        double min = Double.POSITIVE_INFINITY;
        for (double x : nEff[u]) min = Math.min(min, x);
        return Double.isInfinite(min) ? 0 : (int) Math.floor(min + 1e-9);
    }
}
