package io.qqhi.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qqhi.framework.Formula;
import io.qqhi.framework.Framework;
import io.qqhi.framework.Node;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Severity;
import io.qqhi.framework.Text;

/**
 * Turns items and survey scores into leaf values: each leaf's formula over the unit's items
 * (a missing item or a division by zero gives a missing value, the latter reported), for every
 * unit; township units only on leaves flagged {@code township: true}.
 */
public final class LeafDeriver {
    private LeafDeriver() {
    }

    /** Whether units of this pool need this item (or survey item) for some leaf. */
    public static boolean needs(Framework fw, String pool, String itemId) {
        for (int leaf : fw.leaves()) {
            Node n = fw.node(leaf);
            if (pool.equals("township") && !n.township()) continue;
            Formula f = formula(n);
            if (f.variables().contains(itemId)) return true;
        }
        return false;
    }

    /** For each pool of the registry, the items (and survey items) its units need. */
    public static Map<String, Set<String>> itemsNeeded(Framework fw, UnitRegistry reg) {
        Map<String, Set<String>> out = new HashMap<>();
        for (UnitRecord u : reg.units()) {
            out.computeIfAbsent(u.pool(), pool -> {
                Set<String> s = new HashSet<>();
                for (int leaf : fw.leaves()) {
                    Node n = fw.node(leaf);
                    if (!pool.equals("township") || n.township()) s.addAll(formula(n).variables());
                }
                return s;
            });
        }
        return out;
    }

    /**
     * A formula (a leaf's, or a rate's base) for one unit: items as reported, survey items as the
     * survey scores them, {@code months} and {@code years} from the period's length; NaN when
     * something is missing (the trace, may be null, says what).
     */
    public static double evaluate(Formula f, String unit, ItemValues items, SurveyResult survey, int periodMonths,
                                  Formula.Trace trace) {
        return f.evaluate(id -> {
            if (id.equals("months")) return periodMonths;
            if (id.equals("years")) return periodMonths / 12.0;
            Reported r = items.get(unit, id);
            if (r != null) return r.value();
            return survey == null ? Double.NaN : survey.score(unit, id);
        }, trace);
    }

    public static Formula formula(Node leaf) {
        return leaf.formula() != null ? leaf.formula() : Formula.variable(leaf.id());
    }

    /**
     * A derived value outside the leaf's range (a rate over 100 %, a negative ratio of counts): an
     * error at the first item's cell, naming the formula and every item's value and cell.
     */
    private static Problem outOfRange(Node leaf, UnitRecord unit, double v, ItemValues items, SurveyResult survey) {
        List<String> parts = new ArrayList<>();
        Reported first = null;
        for (String id : formula(leaf).variables()) {
            Reported r = items.get(unit.code(), id);
            if (r != null) {
                if (first == null) first = r;
                parts.add(Text.of("leaf.out-of-range.item", id, Text.number(r.value()), fileName(r.file()), String.valueOf(r.line()), String.valueOf(r.column())));
            } else if (survey != null) {
                parts.add(Text.of("leaf.out-of-range.survey", id, Text.number(survey.score(unit.code(), id))));
            }
        }
        String message = Text.of("leaf.out-of-range", leaf.id() + (leaf.name() == null ? "" : " " + leaf.name()),
                Text.number(v), leaf.range().label(), formula(leaf).text(), String.join("；", parts));
        return new Problem(Severity.ERROR, first == null ? null : first.file(), first == null ? 0 : first.line(),
                first == null ? 0 : first.column(), unit.code(), leaf.id(), message, "leaf.out-of-range");
    }

    /** Why a leaf has no value: the survey sample was too small, or a figure was not sent, or it cannot be computed. */
    private static MissingWhy missingWhy(Node leaf, UnitRecord unit, ItemValues items, SurveyResult survey, Formula.Trace trace) {
        for (String id : trace.missing()) {
            if (survey != null && survey.items().contains(id)) return new MissingWhy(MissingWhy.Reason.SURVEY_THIN, survey.smallestEffectiveSample(unit.code()));
        }
        for (String id : trace.missing()) {
            if (items.get(unit.code(), id) == null && !(survey != null && survey.items().contains(id))) return MissingWhy.of(MissingWhy.Reason.NOT_SENT);
        }
        return MissingWhy.of(trace.divisionByZero() ? MissingWhy.Reason.NOT_COMPUTABLE : MissingWhy.Reason.BAD_DATA);
    }

    /** A figure's file as a message names it: its file name, not the path to it. */
    static String fileName(String file) {
        Path name = Path.of(file).getFileName();
        return name == null ? file : name.toString();
    }

    public static Dataset derive(Framework fw, UnitRegistry reg, ItemValues items, SurveyResult survey, String source,
                                 Problems problems) {
        return derive(fw, reg, items, survey, source, 12, problems);
    }

    /** With the period's length in months, for the formula variables months and years. */
    public static Dataset derive(Framework fw, UnitRegistry reg, ItemValues items, SurveyResult survey, String source,
                                 int periodMonths, Problems problems) {
        int[] leaves = fw.leaves();
        List<String> leafIds = new ArrayList<>();
        for (int l : leaves) leafIds.add(fw.node(l).id());
        double[][] values = new double[reg.units().size()][leaves.length];
        MissingWhy[][] why = new MissingWhy[reg.units().size()][leaves.length];
        for (int u = 0; u < reg.units().size(); u++) {
            UnitRecord unit = reg.units().get(u);
            for (int j = 0; j < leaves.length; j++) {
                Node leaf = fw.node(leaves[j]);
                if (unit.pool().equals("township") && !leaf.township()) {
                    values[u][j] = Double.NaN;
                    continue;
                }
                Formula.Trace trace = new Formula.Trace();
                double v = evaluate(formula(leaf), unit.code(), items, survey, periodMonths, trace);
                if (trace.divisionByZero()) {
                    problems.add(new Problem(Severity.WARNING, null, 0, 0, unit.code(), leaf.id(),
                            Text.of("leaf.division-by-zero", formula(leaf).text())));
                }
                if (Double.isFinite(v) && leaf.range() != null && !leaf.range().contains(v)) {
                    problems.add(outOfRange(leaf, unit, v, items, survey));
                    v = Double.NaN;
                }
                values[u][j] = Double.isFinite(v) ? v : Double.NaN;
                if (Double.isNaN(values[u][j])) why[u][j] = missingWhy(leaf, unit, items, survey, trace);
            }
        }
        return new Dataset(source, reg.units(), leafIds, values, why);
    }
}
