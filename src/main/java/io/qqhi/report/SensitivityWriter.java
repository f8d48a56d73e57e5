package io.qqhi.report;

import java.io.PrintWriter;
import java.util.Locale;

import io.qqhi.analysis.UncertaintyAnalysis;

/** Uncertainty and sensitivity results as CSV and as a terminal summary. */
public final class SensitivityWriter {
    private SensitivityWriter() {
    }

    public static String uncertainty(UncertaintyAnalysis.UaResult r) {
        CsvText t = CsvText.forExcel();
        t.row("pool", "unit", "unit_name", "nominal_rank", "median_rank", "mean_rank", "p5_rank", "p95_rank");
        for (UncertaintyAnalysis.UnitRanks u : r.units()) {
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
        out.printf(Locale.ROOT, "%d replications; rank intervals (5th–95th percentile):%n", r.runs());
        String pool = null;
        for (UncertaintyAnalysis.UnitRanks u : r.units()) {
            if (!u.pool().equals(pool)) {
                pool = u.pool();
                out.println("pool " + pool);
            }
            out.printf(Locale.ROOT, "  %-10s %s%s nominal %3d  median %5s  [%d, %d]%n", u.unit(), u.name(), RankingsWriter.pad(u.name(), 10),
                    u.nominal(), Numbers.full(u.median()), u.p5(), u.p95());
        }
    }

    public static void printSa(PrintWriter out, UncertaintyAnalysis.SaResult r) {
        out.printf(Locale.ROOT, "Sobol indices on the mean absolute rank shift (%d runs; 95%% bootstrap intervals):%n", r.sobol().runs());
        for (int i = 0; i < r.factors().size(); i++) {
            out.printf(Locale.ROOT, "  %-20s first %6.3f [%6.3f, %6.3f]   total %6.3f [%6.3f, %6.3f]%n", r.factors().get(i),
                    r.sobol().first()[i], r.sobol().firstCi()[i][0], r.sobol().firstCi()[i][1], r.sobol().total()[i],
                    r.sobol().totalCi()[i][0], r.sobol().totalCi()[i][1]);
        }
    }
}
