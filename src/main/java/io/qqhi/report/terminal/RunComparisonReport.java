package io.qqhi.report.terminal;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import io.qqhi.analysis.RunComparison;
import io.qqhi.analysis.SettingsDiff;
import io.qqhi.framework.Text;
import io.qqhi.report.Numbers;
import io.qqhi.report.records.CsvText;
import io.qqhi.report.records.ListsWriter;

/** {@code qqhi compare}: Spearman correlation, largest movers, and every unit's shift (text and CSV). */
public final class RunComparisonReport {
    private RunComparisonReport() {
    }

    /** What differs between the two runs' settings, before the shifts it explains. */
    public static void printDifferences(PrintWriter out, List<SettingsDiff.Difference> diff) {
        printDifferences(out, diff, true);
    }

    /**
     * What the two runs' settings differ in: every key with {@code verbose}, else one line per group
     * of keys (method.normalise, weights, framework…), a group of one shown as it is.
     */
    public static void printDifferences(PrintWriter out, List<SettingsDiff.Difference> diff, boolean verbose) {
        if (diff.isEmpty()) {
            out.println(Text.of("compare.same-settings"));
            return;
        }
        out.println(Text.of("compare.differences"));
        TextTable t = new TextTable(3);
        Map<String, List<SettingsDiff.Difference>> groups = new java.util.LinkedHashMap<>();
        for (SettingsDiff.Difference d : diff) groups.computeIfAbsent(group(d.key()), k -> new java.util.ArrayList<>()).add(d);
        for (Map.Entry<String, List<SettingsDiff.Difference>> g : groups.entrySet()) {
            if (verbose || g.getValue().size() == 1) {
                for (SettingsDiff.Difference d : g.getValue()) t.row(d.key(), d.a(), "→ " + d.b());
            } else {
                t.row(g.getKey(), Text.of("compare.group", String.valueOf(g.getValue().size())), "");
            }
        }
        t.print(out, 2);
        if (!verbose && groups.values().stream().anyMatch(l -> l.size() > 1)) out.println("  " + Text.of("compare.verbose"));
        out.println();
    }

    /** A key's group: its first part, the first two under method and set (method.normalise, set.weights). */
    private static String group(String key) {
        String[] p = key.split("\\.");
        return p.length > 2 && (p[0].equals("method") || p[0].equals("set")) ? p[0] + "." + p[1] : p[0];
    }

    /** The shifts per pool, each pool under its name where {@code poolNames} has it. */
    public static void printText(PrintWriter out, RunComparison c, int movers, Map<String, String> poolNames) {
        for (RunComparison.PoolRows p : c.pools()) {
            out.println(Text.of("compare.pool", poolNames.getOrDefault(p.pool(), p.pool()), String.valueOf(p.rows().size()), Numbers.fixed(p.spearman(), 4)));
            out.println("  " + Text.of("compare.movers"));
            TextTable t = new TextTable(6, 2, 3);
            t.row(Text.of("ranking.code"), Text.of("ranking.unit"), "A", "B",
                    Text.of("ranking.move"), Text.of("compare.score"));
            for (RunComparison.Row r : p.movers(movers)) {
                t.row(r.unit(), r.name(), String.valueOf(r.rankA()), String.valueOf(r.rankB()), ListsWriter.change(r.shift()),
                        Numbers.fixed(r.scoreA(), 2) + " → " + Numbers.fixed(r.scoreB(), 2));
            }
            t.print(out, 4);
            if (!p.onlyInOne().isEmpty()) out.println("  " + Text.of("compare.only-one", String.join("、", p.onlyInOne())));
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
