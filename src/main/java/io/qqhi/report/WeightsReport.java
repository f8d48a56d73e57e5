package io.qqhi.report;

import java.io.PrintWriter;
import java.util.Locale;

import io.qqhi.analysis.WeightDerivation;

/** {@code qqhi weights}: the derived weights beside the current ones, and the overlay file for --weights. */
public final class WeightsReport {
    private WeightsReport() {
    }

    public static void printText(PrintWriter out, WeightDerivation.Result r) {
        out.println(io.qqhi.framework.Text.of("weights.head", r.method()));
        TextTable t = new TextTable(5, 2, 3, 4);
        t.row(io.qqhi.framework.Text.of("weights.parent"), io.qqhi.framework.Text.of("weights.child"),
                io.qqhi.framework.Text.of("weights.current"), io.qqhi.framework.Text.of("weights.derived"),
                io.qqhi.framework.Text.of("weights.change"));
        for (WeightDerivation.Row row : r.rows()) {
            t.row(row.parent(), row.child(), String.format(Locale.ROOT, "%.4f", row.current()), String.format(Locale.ROOT, "%.4f", row.derived()),
                    String.format(Locale.ROOT, "%+.4f", row.derived() - row.current()));
        }
        t.print(out, 0);
        for (WeightDerivation.Consistency c : r.consistency()) {
            out.println(io.qqhi.framework.Text.of(c.cr() < 0.1 ? "weights.ahp.ok" : "weights.ahp.bad", c.parent(),
                    String.format(Locale.ROOT, "%.4f", c.lambdaMax()), String.format(Locale.ROOT, "%.4f", c.ci()),
                    String.format(Locale.ROOT, "%.4f", c.cr())));
        }
        r.notes().forEach(n -> out.println(io.qqhi.framework.Text.of("weights.note", n)));
    }
}
