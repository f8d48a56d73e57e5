package io.qqhi.report.records;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qqhi.analysis.StatisticalAudit;
import io.qqhi.framework.Text;
import io.qqhi.input.SurveyResult;
import io.qqhi.report.Numbers;
import io.qqhi.report.OutputSet;
import io.qqhi.report.terminal.TextTable;

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

    /** One flag of the audit: its kind (a stable code), pool, what it is about, and the sentence for people. */
    public record Flag(String kind, String pool, String subject, String text) {
    }

    /** The flags, worst first within each kind. */
    public static List<Flag> flags(StatisticalAudit a) {
        List<Flag> out = new ArrayList<>();
        a.leaves().stream().filter(StatisticalAudit.LeafStat::flagAvailability)
                .sorted(Comparator.comparingDouble(StatisticalAudit.LeafStat::share))
                .forEach(l -> out.add(new Flag("availability", l.pool(), l.node(), Text.of("audit.availability", l.node() + " " + l.name(),
                        Numbers.fixed(100 * l.share(), 0)))));
        a.leaves().stream().filter(StatisticalAudit.LeafStat::flagSkewKurtosis)
                .sorted(Comparator.comparingDouble(l -> -Math.abs(l.skew())))
                .forEach(l -> out.add(new Flag("skew-kurtosis", l.pool(), l.node(), Text.of("audit.skew", l.node() + " " + l.name(),
                        Numbers.fixed(l.skew(), 2), Numbers.fixed(l.kurtosis(), 2)))));
        a.correlations().stream().filter(x -> x.flag().equals("negative")).sorted(Comparator.comparingDouble(x -> x.r()))
                .forEach(x -> out.add(new Flag("negative", x.pool(), x.a(), Text.of("audit.negative", x.a(), x.b(), Numbers.fixed(x.r(), 2)))));
        a.correlations().stream().filter(x -> x.flag().equals("collinear")).sorted(Comparator.comparingDouble(x -> -Math.abs(x.r())))
                .forEach(x -> out.add(new Flag("collinear", x.pool(), x.a() + "~" + x.b(), Text.of("audit.collinear", x.a(), x.b(),
                        Numbers.fixed(x.r(), 3)))));
        a.alphas().stream().filter(StatisticalAudit.Alpha::flag).sorted(Comparator.comparingDouble(StatisticalAudit.Alpha::alpha))
                .forEach(x -> out.add(new Flag("cronbach", x.pool(), x.node(), Text.of("audit.cronbach", x.node(), Numbers.fixed(x.alpha(), 2),
                        String.valueOf(x.k())))));
        a.effective().stream().filter(StatisticalAudit.EffectiveWeight::barely)
                .sorted(Comparator.comparingDouble(x -> Double.isNaN(x.pearson()) ? 0 : x.pearson() * x.pearson()))
                .forEach(x -> out.add(new Flag("barely-matters", x.pool(), x.node(), Text.of("audit.barely", x.node(),
                        Numbers.fixed(x.globalWeight(), 4), Numbers.fixed(x.pearson() * x.pearson(), 3)))));
        a.units().stream().filter(StatisticalAudit.UnitAvailability::flag)
                .sorted(Comparator.comparingDouble(StatisticalAudit.UnitAvailability::overall))
                .forEach(x -> out.add(new Flag("unit-data", x.pool(), x.unit(), Text.of("audit.unit", x.unit() + " " + x.name(),
                        Numbers.fixed(100 * x.overall(), 0)))));
        return out;
    }

    /** The flags, worst first within each kind, then a count of what was checked. */
    public static void printSummary(PrintWriter out, StatisticalAudit a, SurveyResult survey) {
        List<Flag> flags = flags(a);
        out.println(flags.isEmpty() ? Text.of("audit.no-flags") : Text.of("audit.flags", String.valueOf(flags.size())));
        TextTable t = new TextTable(3);
        for (Flag f : flags) t.row(f.pool(), f.subject(), f.text());
        t.print(out, 2);
        out.println(Text.of("audit.checked", String.valueOf(a.leaves().size()), String.valueOf(a.units().size()),
                String.valueOf(a.correlations().size()), String.valueOf(a.alphas().size()), String.valueOf(a.pcas().size())));
        if (survey != null) {
            out.println(Text.of("audit.survey", String.valueOf(survey.items().size()), Numbers.fixed(survey.overallAlpha(), 3),
                    survey.overallAlpha() < 0.7 ? Text.of("audit.survey.low") : ""));
        }
    }

    /** audit --format json: the flags, then every table of the audit (docs/formats.md, JSON output). */
    public static String json(StatisticalAudit a, SurveyResult survey) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("flags", flags(a));
        m.put("audit", a);
        m.put("survey_alpha", survey == null ? null : survey.overallAlpha());
        return Json.records(m);
    }
}
