package io.qqhi.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the framework's {@code survey:} section (docs/formats.md): the questionnaire's items, scale,
 * minimum sample, weighting and screening of respondents.
 */
final class SurveySectionReader {
    private final Problems problems;
    private final YamlFields fields;

    SurveySectionReader(Problems problems, YamlFields fields) {
        this.problems = problems;
        this.fields = fields;
    }

    SurveySpec readSurvey(YamlValue v, List<Department> departments) {
        SurveySpec none = SurveySpec.none();
        if (v == null || v.isNull()) return none;
        if (!v.isMap()) {
            problems.error(v.at(), null, Text.of("fw.survey-map"));
            return none;
        }
        fields.warnUnknownKeys(v, Set.of("items", "scale", "min_sample", "weight_cap", "satisfied_from", "department", "weighting",
                "screen"), null);
        String dep = fields.text(v, "department", null);
        if (dep != null && departments.stream().noneMatch(d -> d.id().equals(dep))) {
            problems.error(v.get("department").at(), null, Text.of("fw.unknown-department", dep));
        }
        List<SurveySpec.SurveyItem> items = readItems(v.get("items"));
        Scale sc = readScale(v.get("scale"));
        int points = sc.points();
        int minSample = v.get("min_sample") == null ? 30 : orDefault(fields.integer(v.get("min_sample"), "min_sample"), 30);
        double cap = v.get("weight_cap") == null ? 5.0 : orDefault(fields.number(v.get("weight_cap"), "weight_cap", null), 5.0);
        int satisfied = v.get("satisfied_from") == null ? points - 1
                : orDefault(fields.integer(v.get("satisfied_from"), "satisfied_from"), points - 1);
        String weighting = fields.text(v, "weighting", "none");
        if (!weighting.equals("none") && !weighting.equals("size")) {
            problems.error(v.get("weighting").at(), null, Text.of("fw.weighting", weighting));
            weighting = "none";
        }
        Screen screen = readScreen(v.get("screen"));
        return new SurveySpec(items, points, sc.map(), sc.labels(), minSample, cap, satisfied, weighting, screen.drop(),
                screen.minSeconds());
    }

    /** The survey's items: id and name of each question. */
    private List<SurveySpec.SurveyItem> readItems(YamlValue its) {
        List<SurveySpec.SurveyItem> items = new ArrayList<>();
        if (its != null && its.isList()) {
            for (YamlValue d : its.items()) {
                if (!d.isMap() || fields.text(d, "id", null) == null) {
                    problems.error(d.at(), null, Text.of("fw.entry-mapping", Text.of("fw.entity.survey-item"), "{id: S01, name: 政务服务满意度}"));
                    continue;
                }
                fields.warnUnknownKeys(d, Set.of("id", "name", "name_zh", "name_en", "note"), null);
                items.add(new SurveySpec.SurveyItem(fields.text(d, "id", null), fields.firstText(d, "name", "name_zh"),
                        fields.text(d, "name_en", null), d.at()));
            }
        } else if (its != null) {
            problems.error(its.at(), null, Text.of("yaml.list", "survey.items"));
        }
        return items;
    }

    /** The answer scale: how many points, the score of each, their labels. */
    private record Scale(int points, double[] map, List<String> labels) {
    }

    private Scale readScale(YamlValue scale) {
        int points = 5;
        double[] map = {20, 40, 60, 80, 100};
        List<String> labels = List.of();
        if (scale != null) {
            if (!scale.isMap()) {
                problems.error(scale.at(), null, Text.of("fw.mapping", "survey.scale", "{points: 5, map: [20, 40, 60, 80, 100]}"));
            } else {
                fields.warnUnknownKeys(scale, Set.of("points", "map", "labels"), null);
                if (scale.get("points") != null) {
                    Integer p = fields.integer(scale.get("points"), "points");
                    if (p != null && (p < 2 || p > 11)) {
                        problems.error(scale.get("points").at(), null, Text.of("fw.scale-points"));
                    } else if (p != null) {
                        points = p;
                    }
                }
                YamlValue mv = scale.get("map");
                if (mv != null) {
                    if (!mv.isList()) {
                        problems.error(mv.at(), null, Text.of("fw.scale-map"));
                    } else {
                        double[] m = new double[mv.items().size()];
                        for (int i = 0; i < m.length; i++) {
                            Double d = fields.number(mv.items().get(i), "map", null);
                            m[i] = d == null ? Double.NaN : d;
                        }
                        map = m;
                    }
                }
                if (scale.get("labels") != null) labels = fields.stringList(scale.get("labels"), "labels");
                if (map.length != points) {
                    problems.error(scale.at(), null, Text.of("fw.scale-size", String.valueOf(points), String.valueOf(map.length)));
                }
            }
        }
        return new Scale(points, map, labels);
    }

    /** Respondents screened out: straight-liners dropped or flagged, questionnaires done too fast. */
    private record Screen(boolean drop, int minSeconds) {
    }

    private Screen readScreen(YamlValue screen) {
        boolean drop = false;
        int minSeconds = 0;
        if (screen != null) {
            if (!screen.isMap()) {
                problems.error(screen.at(), null, Text.of("fw.mapping", "survey.screen", "{straightline: flag, min_seconds: 60}"));
            } else {
                fields.warnUnknownKeys(screen, Set.of("straightline", "min_seconds"), null);
                String sl = fields.text(screen, "straightline", "flag");
                if (!sl.equals("flag") && !sl.equals("drop")) {
                    problems.error(screen.get("straightline").at(), null, Text.of("fw.straightline", sl));
                }
                drop = sl.equals("drop");
                if (screen.get("min_seconds") != null) {
                    Integer ms = fields.integer(screen.get("min_seconds"), "min_seconds");
                    if (ms != null && ms < 0) problems.error(screen.get("min_seconds").at(), null, Text.of("fw.not-negative", "min_seconds"));
                    if (ms != null && ms >= 0) minSeconds = ms;
                }
            }
        }
        return new Screen(drop, minSeconds);
    }

    private static <T> T orDefault(T v, T d) {
        return v == null ? d : v;
    }
}
