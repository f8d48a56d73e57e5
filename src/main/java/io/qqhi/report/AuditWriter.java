package io.qqhi.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.qqhi.analysis.StatisticalAudit;
import io.qqhi.input.SurveyResult;

/** The audit's five files (plus the survey's), and its terminal summary with the flags first, worst first. */
public final class AuditWriter {
    private AuditWriter() {
    }

    public static OutputSet files(StatisticalAudit a, SurveyResult survey) {
        OutputSet out = new OutputSet();
        CsvText s = CsvText.forExcel();
        s.row("pool", "node", "n", "available_share", "min", "max", "mean", "median", "sd", "skew", "kurtosis",
                "flag_availability", "flag_skew_kurtosis");
        for (StatisticalAudit.LeafStat l : a.leaves()) {
            s.row(l.pool(), l.node(), Integer.toString(l.n()), Numbers.full(l.share()), Numbers.full(l.min()), Numbers.full(l.max()),
                    Numbers.full(l.mean()), Numbers.full(l.median()), Numbers.full(l.sd()), Numbers.full(l.skew()),
                    Numbers.full(l.kurtosis()), Boolean.toString(l.flagAvailability()), Boolean.toString(l.flagSkewKurtosis()));
        }
        out.excelCsv("indicator-stats.csv", s.toString());
        CsvText u = CsvText.forExcel();
        List<String> head = new ArrayList<>(List.of("pool", "unit", "unit_name", "available_share"));
        List<String> dims = a.units().isEmpty() ? List.of() : a.units().get(0).dimensions();
        for (String d : dims) head.add("available_" + d);
        head.add("flag");
        u.row(head);
        for (StatisticalAudit.UnitAvailability x : a.units()) {
            List<String> row = new ArrayList<>(List.of(x.pool(), x.unit(), x.name(), Numbers.full(x.overall())));
            for (double d : x.byDimension()) row.add(Numbers.full(d));
            while (row.size() < head.size() - 1) row.add("");
            row.add(Boolean.toString(x.flag()));
            u.row(row);
        }
        out.excelCsv("unit-availability.csv", u.toString());
        CsvText c = CsvText.forExcel();
        c.row("pool", "a", "b", "kind", "pearson", "flag");
        for (StatisticalAudit.Correlation x : a.correlations()) {
            c.row(x.pool(), x.a(), x.b(), x.kind(), Numbers.full(x.r()), x.flag());
        }
        out.excelCsv("correlations.csv", c.toString());
        CsvText al = CsvText.forExcel();
        al.row("pool", "node", "k", "alpha", "flag");
        for (StatisticalAudit.Alpha x : a.alphas()) {
            al.row(x.pool(), x.node(), Integer.toString(x.k()), Numbers.full(x.alpha()), Boolean.toString(x.flag()));
        }
        out.excelCsv("cronbach.csv", al.toString());
        CsvText p = CsvText.forExcel();
        p.row("pool", "node", "k", "n", "variance_share", "child", "loading");
        for (StatisticalAudit.Pca x : a.pcas()) {
            for (int i = 0; i < x.children().size(); i++) {
                p.row(x.pool(), x.node(), Integer.toString(x.k()), Integer.toString(x.n()), Numbers.full(x.share()),
                        x.children().get(i), i < x.loadings().length ? Numbers.full(x.loadings()[i]) : "");
            }
        }
        out.excelCsv("pca.csv", p.toString());
        CsvText ew = CsvText.forExcel();
        ew.row("pool", "node", "global_weight", "pearson_with_index", "r_squared", "flag_barely_matters");
        for (StatisticalAudit.EffectiveWeight x : a.effective()) {
            ew.row(x.pool(), x.node(), Numbers.full(x.globalWeight()), Numbers.full(x.pearson()),
                    Numbers.full(x.pearson() * x.pearson()), Boolean.toString(x.barely()));
        }
        out.excelCsv("effective-weights.csv", ew.toString());
        if (survey != null) {
            CsvText sv = CsvText.forExcel();
            sv.row("item", "n", "cronbach_alpha_of_all_items");
            for (int k = 0; k < survey.items().size(); k++) {
                int n = 0;
                for (int[] row : survey.n()) n += row[k];
                sv.row(survey.items().get(k), Integer.toString(n), Numbers.full(survey.overallAlpha()));
            }
            out.excelCsv("survey-audit.csv", sv.toString());
        }
        return out;
    }

    /** The flags, worst first within each kind, then a count of what was checked. */
    public static void printSummary(PrintWriter out, StatisticalAudit a, SurveyResult survey) {
        List<String> lines = new ArrayList<>();
        a.leaves().stream().filter(StatisticalAudit.LeafStat::flagAvailability)
                .sorted(Comparator.comparingDouble(StatisticalAudit.LeafStat::share))
                .forEach(l -> lines.add(String.format(Locale.ROOT, "availability   %-9s %-8s %s: %.0f%% of units have a value (< 65%%)",
                        l.pool(), l.node(), l.name(), 100 * l.share())));
        a.leaves().stream().filter(StatisticalAudit.LeafStat::flagSkewKurtosis)
                .sorted(Comparator.comparingDouble(l -> -Math.abs(l.skew())))
                .forEach(l -> lines.add(String.format(Locale.ROOT, "skew/kurtosis  %-9s %-8s %s: skew %.2f, kurtosis %.2f "
                        + "(outliers; consider outliers: winsorise)", l.pool(), l.node(), l.name(), l.skew(), l.kurtosis())));
        a.correlations().stream().filter(x -> x.flag().equals("negative")).sorted(Comparator.comparingDouble(x -> x.r()))
                .forEach(x -> lines.add(String.format(Locale.ROOT, "negative       %-9s %-8s vs parent %s: r = %.2f "
                        + "(check its direction)", x.pool(), x.a(), x.b(), x.r())));
        a.correlations().stream().filter(x -> x.flag().equals("collinear")).sorted(Comparator.comparingDouble(x -> -Math.abs(x.r())))
                .forEach(x -> lines.add(String.format(Locale.ROOT, "collinear      %-9s %s ~ %s: r = %.3f (> 0.92: nearly the "
                        + "same information, double weight)", x.pool(), x.a(), x.b(), x.r())));
        a.alphas().stream().filter(StatisticalAudit.Alpha::flag).sorted(Comparator.comparingDouble(StatisticalAudit.Alpha::alpha))
                .forEach(x -> lines.add(String.format(Locale.ROOT, "cronbach       %-9s %-8s α = %.2f over %d children (< 0.7)",
                        x.pool(), x.node(), x.alpha(), x.k())));
        a.effective().stream().filter(StatisticalAudit.EffectiveWeight::barely)
                .sorted(Comparator.comparingDouble(x -> Double.isNaN(x.pearson()) ? 0 : x.pearson() * x.pearson()))
                .forEach(x -> lines.add(String.format(Locale.ROOT, "barely matters %-9s %-8s weight %.4f, r² with the index %.3f",
                        x.pool(), x.node(), x.globalWeight(), x.pearson() * x.pearson())));
        a.units().stream().filter(StatisticalAudit.UnitAvailability::flag)
                .sorted(Comparator.comparingDouble(StatisticalAudit.UnitAvailability::overall))
                .forEach(x -> lines.add(String.format(Locale.ROOT, "unit data      %-9s %-8s %s: %.0f%% of leaves present (< 65%%)",
                        x.pool(), x.unit(), x.name(), 100 * x.overall())));
        out.println(lines.isEmpty() ? "no flags" : lines.size() + " flag(s):");
        lines.forEach(l -> out.println("  " + l));
        out.printf(Locale.ROOT, "checked %d leaves, %d units, %d correlations, %d aggregates (α), %d PCAs%n", a.leaves().size(),
                a.units().size(), a.correlations().size(), a.alphas().size(), a.pcas().size());
        if (survey != null) {
            out.printf(Locale.ROOT, "survey: Cronbach's α of the %d satisfaction items = %s%s%n", survey.items().size(),
                    Numbers.fixed(survey.overallAlpha(), 3), survey.overallAlpha() < 0.7 ? " (< 0.7)" : "");
        }
    }
}
