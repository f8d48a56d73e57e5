package io.qqhi.report;

import java.io.PrintWriter;
import java.util.Locale;

import io.qqhi.analysis.WeightDerivation;

/** {@code qqhi weights}: the derived weights beside the current ones, and the overlay file for --weights. */
public final class WeightsReport {
    private WeightsReport() {
    }

    public static void printText(PrintWriter out, WeightDerivation.Result r) {
        out.println("weights by " + r.method() + " (current = the framework's, normalised among siblings)");
        out.println("parent     child        current   derived    change");
        for (WeightDerivation.Row row : r.rows()) {
            out.printf(Locale.ROOT, "%-10s %-10s %9.4f %9.4f %+9.4f%n", row.parent(), row.child(), row.current(), row.derived(),
                    row.derived() - row.current());
        }
        for (WeightDerivation.Consistency c : r.consistency()) {
            out.printf(Locale.ROOT, "AHP %s: λmax %.4f, CI %.4f, CR %.4f%s%n", c.parent(), c.lambdaMax(), c.ci(), c.cr(),
                    c.cr() < 0.1 ? " (consistent)" : " (INCONSISTENT: CR ≥ 0.1)");
        }
        r.notes().forEach(n -> out.println("note: " + n));
    }
}
