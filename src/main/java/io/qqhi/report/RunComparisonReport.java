package io.qqhi.report;

import java.io.PrintWriter;

import io.qqhi.analysis.RunComparison;

/** {@code qqhi compare}: Spearman correlation, largest movers, and every unit's shift (text and CSV). */
public final class RunComparisonReport {
    private RunComparisonReport() {
    }

    /** What differs between the two runs' settings, before the shifts it explains. */
    public static void printDifferences(PrintWriter out, java.util.List<io.qqhi.analysis.SettingsDiff.Difference> diff) {
        if (diff.isEmpty()) {
            out.println(io.qqhi.framework.Text.of("compare.same-settings"));
            return;
        }
        out.println(io.qqhi.framework.Text.of("compare.differences"));
        TextTable t = new TextTable(3);
        for (io.qqhi.analysis.SettingsDiff.Difference d : diff) t.row(d.key(), d.a(), "→ " + d.b());
        t.print(out, 2);
        out.println();
    }

    /** The shifts per pool, each pool under its name where {@code poolNames} has it. */
    public static void printText(PrintWriter out, RunComparison c, int movers, java.util.Map<String, String> poolNames) {
        for (RunComparison.PoolRows p : c.pools()) {
            out.println(io.qqhi.framework.Text.of("compare.pool", poolNames.getOrDefault(p.pool(), p.pool()), String.valueOf(p.rows().size()), Numbers.fixed(p.spearman(), 4)));
            out.println("  " + io.qqhi.framework.Text.of("compare.movers"));
            TextTable t = new TextTable(6, 2, 3);
            t.row(io.qqhi.framework.Text.of("ranking.code"), io.qqhi.framework.Text.of("ranking.unit"), "A", "B",
                    io.qqhi.framework.Text.of("ranking.move"), io.qqhi.framework.Text.of("compare.score"));
            for (RunComparison.Row r : p.movers(movers)) {
                t.row(r.unit(), r.name(), String.valueOf(r.rankA()), String.valueOf(r.rankB()), ListsWriter.change(r.shift()),
                        Numbers.fixed(r.scoreA(), 2) + " → " + Numbers.fixed(r.scoreB(), 2));
            }
            t.print(out, 4);
            if (!p.onlyInOne().isEmpty()) out.println("  " + io.qqhi.framework.Text.of("compare.only-one", String.join("、", p.onlyInOne())));
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
