package io.qqhi.analysis;

import java.util.ArrayList;
import java.util.List;

import io.qqhi.framework.SurveySpec;
import io.qqhi.input.SurveyResult;
import io.qqhi.input.UnitRegistry;

/**
 * The survey of a period across places, item by item, for the evaluation report: valid answers
 * in all, the mean score and 满意率 over the places with a score (each place weighted by its valid
 * answers, so the figure is that of all answers counted), and the place with the lowest score.
 */
public record SurveySummary(int respondents, List<Row> items) {
    public record Row(String item, String name, int answers, double meanScore, double satisfiedRate, String lowestUnit,
                      double lowestScore) {
    }

    public static SurveySummary of(SurveySpec spec, SurveyResult s, UnitRegistry registry) {
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < s.items().size(); k++) {
            String id = s.items().get(k);
            String name = id;
            for (SurveySpec.SurveyItem si : spec.items()) if (si.id().equals(id) && si.name() != null) name = si.name();
            long answers = 0;
            double scoreSum = 0;
            double satisfiedSum = 0;
            long counted = 0;
            int lowest = -1;
            for (int u = 0; u < s.units().size(); u++) {
                int n = s.n()[u][k];
                answers += n;
                if (Double.isNaN(s.mean()[u][k])) continue;
                counted += n;
                scoreSum += n * s.mean()[u][k];
                satisfiedSum += n * s.satisfied()[u][k];
                if (lowest < 0 || s.mean()[u][k] < s.mean()[lowest][k]) lowest = u;
            }
            String lowestName = null;
            if (lowest >= 0) {
                String code = s.units().get(lowest);
                lowestName = registry.units().stream().filter(x -> x.code().equals(code)).map(x -> x.displayName()).findFirst()
                        .orElse(code);
            }
            rows.add(new Row(id, name, (int) answers, counted == 0 ? Double.NaN : scoreSum / counted,
                    counted == 0 ? Double.NaN : satisfiedSum / counted, lowestName, lowest < 0 ? Double.NaN : s.mean()[lowest][k]));
        }
        return new SurveySummary(s.kept(), rows);
    }
}
