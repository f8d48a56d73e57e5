package io.qqhi.analysis;

import java.util.HashMap;
import java.util.Map;

import io.qqhi.framework.Formula;
import io.qqhi.framework.Framework;
import io.qqhi.framework.Node;
import io.qqhi.input.DataFolder;
import io.qqhi.input.LeafDeriver;
import io.qqhi.input.PeriodInputs;
import io.qqhi.input.SurveyResult;
import io.qqhi.input.UnitRecord;

/**
 * What a list entry must rest on beyond the leaf value (docs/methods.md, lists): per unit and
 * leaf ({@link TwoWayLists#key}) the 95 % interval of a survey leaf, by interval arithmetic on
 * its formula over the survey items' intervals (a leaf that mixes survey items with other figures
 * has none), and the base of a rate leaf (its formula's one divisor, {@link Formula#base}); and per
 * leaf id the year of the annual figures it rests on when they were carried forward (年度数据).
 */
public record ListEvidence(Map<String, double[]> intervals, Map<String, Double> bases, Map<String, String> annualYear) {
    public static final ListEvidence NONE = new ListEvidence(Map.of(), Map.of());

    public ListEvidence(Map<String, double[]> intervals, Map<String, Double> bases) {
        this(intervals, bases, Map.of());
    }

    public static ListEvidence of(Framework fw, PeriodInputs in) {
        if (in == null) return NONE;
        Map<String, double[]> intervals = new HashMap<>();
        Map<String, Double> bases = new HashMap<>();
        Map<String, String> annual = new HashMap<>();
        SurveyResult survey = in.survey();
        int months = DataFolder.months(in.period());
        for (int l : fw.leaves()) {
            Node leaf = fw.node(l);
            Formula f = LeafDeriver.formula(leaf);
            Formula base = f.base();
            for (String v : f.variables()) {
                String from = in.annualFrom().get(v);
                if (from != null) annual.put(leaf.id(), from.substring(0, 4));
            }
            boolean surveyed = survey != null && !f.variables().isEmpty() && survey.items().containsAll(f.variables());
            if (base == null && !surveyed) continue;
            for (UnitRecord unit : in.registry().units()) {
                String key = TwoWayLists.key(unit.code(), leaf.id());
                if (base != null) {
                    double b = LeafDeriver.evaluate(base, unit.code(), in.items(), survey, months, null);
                    if (!Double.isNaN(b)) bases.put(key, b);
                }
                if (surveyed) {
                    int u = survey.unitIndex(unit.code());
                    if (u < 0) continue;
                    double[] ci = f.bounds(id -> {
                        int k = survey.items().indexOf(id);
                        return new double[] {survey.meanLow()[u][k], survey.meanHigh()[u][k]};
                    });
                    if (Double.isFinite(ci[0]) && Double.isFinite(ci[1])) intervals.put(key, ci);
                }
            }
        }
        return new ListEvidence(intervals, bases, annual);
    }
}
