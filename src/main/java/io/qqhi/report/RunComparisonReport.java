package io.qqhi.report;

import java.io.PrintWriter;
import java.util.Locale;

import io.qqhi.analysis.RunComparison;

/** {@code qqhi compare}: Spearman correlation, largest movers, and every unit's shift (text and CSV). */
public final class RunComparisonReport {
    private RunComparisonReport() {
    }

    public static void printText(PrintWriter out, RunComparison c, int movers) {
        for (RunComparison.PoolRows p : c.pools()) {
            out.printf(Locale.ROOT, "pool %s: %d units in both runs, Spearman rank correlation %s%n", p.pool(), p.rows().size(),
                    Numbers.fixed(p.spearman(), 4));
            out.println("  largest movers (A → B):");
            for (RunComparison.Row r : p.movers(movers)) {
                out.printf(Locale.ROOT, "    %-10s %s%s rank %3s → %-3s (%s)  score %s → %s%n", r.unit(), r.name(),
                        RankingsWriter.pad(r.name(), 10), r.rankA(), r.rankB(), ListsWriter.change(r.shift()),
                        Numbers.fixed(r.scoreA(), 2), Numbers.fixed(r.scoreB(), 2));
            }
            if (!p.onlyInOne().isEmpty()) out.println("  in only one run: " + String.join(", ", p.onlyInOne()));
        }
    }

    public static String csv(RunComparison c) {
        CsvText t = CsvText.forExcel();
        t.row("pool", "unit", "unit_name", "score_a", "score_b", "score_shift", "rank_a", "rank_b", "rank_shift");
        for (RunComparison.PoolRows p : c.pools()) {
            for (RunComparison.Row r : p.rows()) {
                t.row(p.pool(), r.unit(), r.name(), Numbers.full(r.scoreA()), Numbers.full(r.scoreB()),
                        Numbers.full(r.scoreB() - r.scoreA()), Integer.toString(r.rankA()), Integer.toString(r.rankB()),
                        ListsWriter.change(r.shift()));
            }
        }
        return t.toString();
    }
}
