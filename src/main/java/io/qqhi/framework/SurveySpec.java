package io.qqhi.framework;

import java.util.List;

/**
 * The satisfaction questionnaire: its items, the Likert scale and how answers become a 0–100
 * score ({@code map[k-1]} for answer k), the smallest sample a unit needs for a score, the cap on
 * post-stratification weights, and the lowest answer counted as satisfied (满意率).
 */
public record SurveySpec(List<SurveyItem> items, int points, double[] map, List<String> labels,
                         int minSample, double weightCap, int satisfiedFrom) {

    public record SurveyItem(String id, String name, String nameEn, SourcePosition at) {
    }

    public static SurveySpec none() {
        return new SurveySpec(List.of(), 5, new double[] {20, 40, 60, 80, 100}, List.of(), 30, 5.0, 4);
    }

    public double score(int answer) {
        return map[answer - 1];
    }
}
