package io.qqhi.report.records;

import java.io.PrintWriter;
import java.util.Map;

import io.qqhi.analysis.UncertaintyAnalysis;
import io.qqhi.framework.Text;
import io.qqhi.report.Numbers;
import io.qqhi.report.terminal.TextTable;

/** Uncertainty and sensitivity results as CSV and as a terminal summary. */
public final class SensitivityWriter {
    private SensitivityWriter() {
    }

    public static String uncertainty(UncertaintyAnalysis.UaResult r) {
        CsvText t = CsvText.forExcel();
        t.row("pool", "unit", "unit_name", "nominal_rank", "median_rank", "mean_rank", "p5_rank", "p95_rank");
        for (UncertaintyAnalysis.UnitRanks u : r.units()) {
            if (!u.ranked()) {
                t.row(u.pool(), u.unit(), u.name(), "", "", "", "", "");
                continue;
            }
            t.row(u.pool(), u.unit(), u.name(), Integer.toString(u.nominal()), Numbers.full(u.median()), Numbers.fixed(u.mean(), 4),
                    Integer.toString(u.p5()), Integer.toString(u.p95()));
        }
        return t.toString();
    }

    public static String frequencies(UncertaintyAnalysis.UaResult r) {
        CsvText t = CsvText.forExcel();
        t.row("pool", "unit", "rank", "share");
        for (UncertaintyAnalysis.UnitRanks u : r.units()) {
            for (int k = 1; k < u.counts().length; k++) {
                if (u.counts()[k] > 0) t.row(u.pool(), u.unit(), Integer.toString(k), Numbers.fixed((double) u.counts()[k] / r.runs(), 4));
            }
        }
        return t.toString();
    }

    public static String sensitivity(UncertaintyAnalysis.SaResult r) {
        CsvText t = CsvText.forExcel();
        t.row("factor", "first_order", "first_low", "first_high", "total", "total_low", "total_high");
        for (int i = 0; i < r.factors().size(); i++) {
            t.row(r.factors().get(i), Numbers.fixed(r.sobol().first()[i], 4), Numbers.fixed(r.sobol().firstCi()[i][0], 4),
                    Numbers.fixed(r.sobol().firstCi()[i][1], 4), Numbers.fixed(r.sobol().total()[i], 4),
                    Numbers.fixed(r.sobol().totalCi()[i][0], 4), Numbers.fixed(r.sobol().totalCi()[i][1], 4));
        }
        return t.toString();
    }

    public static void printUa(PrintWriter out, UncertaintyAnalysis.UaResult r) {
        printUa(out, r, Map.of());
    }

    /** A factor of the analysis in words (its id stays in the CSV files). */
    public static String factorName(String id) {
        if (id.startsWith("weights level ")) return Text.of("factor.weights-level", id.substring("weights level ".length()));
        String key = "factor." + id.replace(' ', '-');
        return Text.has(key) ? Text.of(key) : id;
    }

    /** The uncertainty table per pool, each pool under its name where {@code poolNames} has it. */
    public static void printUa(PrintWriter out, UncertaintyAnalysis.UaResult r, Map<String, String> poolNames) {
        out.println(Text.of("ua.head", String.valueOf(r.runs())));
        String pool = null;
        TextTable t = null;
        for (UncertaintyAnalysis.UnitRanks u : r.units()) {
            if (!u.pool().equals(pool)) {
                if (t != null) t.print(out, 2);
                pool = u.pool();
                out.println(Text.of("ua.pool", poolNames.getOrDefault(pool, pool)));
                t = new TextTable(5, 2, 3, 4);
                t.row(Text.of("ranking.code"), Text.of("ranking.unit"),
                        Text.of("ua.nominal"), Text.of("ua.median"), Text.of("ua.interval"));
            }
            if (u.ranked()) t.row(u.unit(), u.name(), String.valueOf(u.nominal()), Numbers.full(u.median()), "[" + u.p5() + ", " + u.p95() + "]");
            else t.row(u.unit(), u.name(), Text.of("ua.unranked"), "—", "—");
        }
        if (t != null) t.print(out, 2);
    }

    /**
     * A Sobol index's interval as people read it: clipped to [0, 1], where the true index lies, and
     * marked * where clipped (the CSV keeps the estimates as computed).
     */
    public static String interval(double[] ci) {
        double lo = Math.max(0, ci[0]);
        double hi = Math.min(1, ci[1]);
        String s = "[" + Numbers.fixed(lo, 3) + ", " + Numbers.fixed(hi, 3) + "]";
        return lo != ci[0] || hi != ci[1] ? s + "*" : s;
    }

    public static void printSa(PrintWriter out, UncertaintyAnalysis.SaResult r) {
        out.println(Text.of("sa.head", String.valueOf(r.sobol().runs())));
        TextTable t = new TextTable(3, 1, 2);
        t.row(Text.of("sa.factor"), Text.of("sa.first"), Text.of("sa.total"));
        for (int i = 0; i < r.factors().size(); i++) {
            t.row(factorName(r.factors().get(i)), Numbers.fixed(r.sobol().first()[i], 3) + " " + interval(r.sobol().firstCi()[i]),
                    Numbers.fixed(r.sobol().total()[i], 3) + " " + interval(r.sobol().totalCi()[i]));
        }
        t.print(out, 2);
        if (r.sobol().tooFewRuns()) out.println(Text.of("sa.too-few"));
    }
}
