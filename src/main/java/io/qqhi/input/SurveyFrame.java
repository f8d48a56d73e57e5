package io.qqhi.input;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.qqhi.framework.InputException;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Severity;
import io.qqhi.framework.Text;

/**
 * The sampling frame ({@code frame.csv}: unit, size_class, firms): how many firms of each size
 * class a unit has, N_h, for post-stratification weights.
 */
public final class SurveyFrame {
    private final Map<String, Map<String, Double>> firms = new HashMap<>();

    public double firms(String unit, String sizeClass) {
        Map<String, Double> m = firms.get(unit);
        return m == null ? Double.NaN : m.getOrDefault(sizeClass, Double.NaN);
    }

    public boolean hasUnit(String unit) {
        return firms.containsKey(unit);
    }

    public boolean knowsClass(String sizeClass) {
        return firms.values().stream().anyMatch(m -> m.containsKey(sizeClass));
    }

    public Set<String> classes() {
        Set<String> s = new TreeSet<>();
        firms.values().forEach(m -> s.addAll(m.keySet()));
        return s;
    }

    public static SurveyFrame empty() {
        return new SurveyFrame();
    }

    public static SurveyFrame read(Path path, UnitRegistry reg, String encoding, Problems problems) {
        SurveyFrame f = new SurveyFrame();
        if (!Files.exists(path)) return f;
        String file = path.toString();
        Table t = Table.readCsv(path, encoding, problems);
        if (t == null) throw new InputException(InputException.DATA, problems.all());
        int u = t.column(Vocabulary.array("frame.unit"));
        int c = t.column(Vocabulary.array("frame.size"));
        int n = t.column(Vocabulary.array("frame.firms"));
        if (u < 0 || c < 0 || n < 0) {
            problems.error(file, 1, 1, null, Text.of("frame.header"));
            return f;
        }
        for (Table.Row r : t.rows()) {
            UnitRecord unit = reg.find(r.get(u));
            if (unit == null) {
                problems.error(file, r.line(), u + 1, null, Text.of("unit.unknown", r.get(u), reg.suggest(r.get(u))));
                continue;
            }
            NumberParser.Parsed p = NumberParser.parse(r.get(n));
            if (!p.ok() || p.missing() || p.value() < 0) {
                problems.add(new Problem(Severity.ERROR, file, r.line(), n + 1, unit.code(), null,
                        Text.of("frame.firms", r.get(n))));
                continue;
            }
            f.firms.computeIfAbsent(unit.code(), k -> new HashMap<>()).put(r.get(c).strip(), p.value());
        }
        return f;
    }
}
