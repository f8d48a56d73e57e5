package io.qqhi.framework;

import java.util.List;

/**
 * The satisfaction questionnaire (docs/methods.md, survey): its items, the Likert scale and how
 * answers become a 0–100 score ({@code map[k-1]} for answer k), the smallest effective sample a unit
 * needs for a score, whether answers are weighted by firm size ({@code none}, the default, as
 * 工商联 surveys report; or {@code size}: post-stratified to the frame, weights capped), the lowest
 * answer counted as satisfied (满意率), and screening: straight-lining flagged or dropped, and
 * questionnaires completed faster than {@code minSeconds} dropped (0: no such rule).
 */
public record SurveySpec(List<SurveyItem> items, int points, double[] map, List<String> labels,
                         int minSample, double weightCap, int satisfiedFrom, String weighting,
                         boolean dropStraightLining, int minSeconds) {

    public record SurveyItem(String id, String name, String nameEn, SourcePosition at) {
    }

    public static SurveySpec none() {
        return new SurveySpec(List.of(), 5, new double[] {20, 40, 60, 80, 100}, List.of(), 30, 5.0, 4, "none", false, 0);
    }

    /** Whether answers are weighted by firm size (post-stratification to the survey frame). */
    public boolean weighted() {
        return weighting.equals("size");
    }

    public double score(int answer) {
        return map[answer - 1];
    }
}
