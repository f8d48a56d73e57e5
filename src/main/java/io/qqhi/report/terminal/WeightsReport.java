package io.qqhi.report.terminal;

import java.io.PrintWriter;
import java.util.Locale;

import io.qqhi.analysis.WeightDerivation;
import io.qqhi.framework.Text;

/** {@code qqhi weights}: the derived weights beside the current ones, and the overlay file for --weights. */
public final class WeightsReport {
    private WeightsReport() {
    }

    public static void printText(PrintWriter out, WeightDerivation.Result r) {
        out.println(Text.of("weights.head", Text.has("weights.method." + r.method()) ? Text.of("weights.method." + r.method()) : r.method()));
        TextTable t = new TextTable(5, 2, 3, 4);
        t.row(Text.of("weights.parent"), Text.of("weights.child"),
                Text.of("weights.current"), Text.of("weights.derived"),
                Text.of("weights.change"));
        for (WeightDerivation.Row row : r.rows()) {
            t.row(row.parent(), row.child(), String.format(Locale.ROOT, "%.4f", row.current()), String.format(Locale.ROOT, "%.4f", row.derived()),
                    String.format(Locale.ROOT, "%+.4f", row.derived() - row.current()));
        }
        t.print(out, 0);
        for (WeightDerivation.Consistency c : r.consistency()) {
            out.println(Text.of(c.cr() < 0.1 ? "weights.ahp.ok" : "weights.ahp.bad", c.parent(),
                    String.format(Locale.ROOT, "%.4f", c.lambdaMax()), String.format(Locale.ROOT, "%.4f", c.ci()),
                    String.format(Locale.ROOT, "%.4f", c.cr())));
        }
        r.notes().forEach(n -> out.println(Text.of("weights.note", n)));
    }
}
