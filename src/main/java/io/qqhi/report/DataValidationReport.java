package io.qqhi.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import io.qqhi.framework.Department;
import io.qqhi.framework.Framework;
import io.qqhi.input.Coverage;
import io.qqhi.input.PeriodInputs;
import io.qqhi.input.SurveyResult;

/** The data part of {@code qqhi validate --data}: coverage by department and the survey's samples. */
public final class DataValidationReport {
    private DataValidationReport() {
    }

    public static void printText(PrintWriter out, Framework fw, PeriodInputs in) {
        Coverage c = in.coverage();
        out.println("period " + in.period() + ": " + in.registry().units().size() + " units, "
                + in.departmentFiles().size() + " files");
        out.println("coverage (figures received / expected, by department):");
        for (Department d : fw.departments()) {
            List<Coverage.Cell> cells = c.byDepartment().get(d.id());
            if (cells == null) continue;
            int exp = cells.stream().mapToInt(x -> x.expected().size()).sum();
            int rec = cells.stream().mapToInt(x -> x.received().size()).sum();
            StringBuilder items = new StringBuilder();
            for (Coverage.Cell cell : cells) {
                items.append(' ').append(cell.item().id()).append(' ').append(cell.received().size()).append('/')
                        .append(cell.expected().size());
            }
            // a department whose file came with a header only shows as such, not as a mere gap (docs/formats.md, limits)
            boolean hasFile = in.departmentFiles().stream().map(f -> java.nio.file.Path.of(f.toString()).getFileName().toString())
                    .anyMatch(n -> n.startsWith(d.id() + "-") || n.startsWith(d.id() + "."));
            String status = rec == exp ? "  ok " : rec > 0 ? "  gap" : hasFile ? "  empty file" : "  no file";
            out.printf(Locale.ROOT, "  %-4s %-10s %4d/%-4d%s%s%n", d.id(), d.name(), rec, exp, status, items);
        }
        out.printf(Locale.ROOT, "  total %d/%d figures (%.1f%%)%n", c.receivedTotal(), c.expectedTotal(),
                c.expectedTotal() == 0 ? 100.0 : 100.0 * c.receivedTotal() / c.expectedTotal());
        SurveyResult s = in.survey();
        if (s != null) {
            out.printf(Locale.ROOT, "survey: %d questionnaires kept, %d removed by screening, Cronbach's α = %s%n",
                    s.kept(), s.removed().size(), Numbers.fixed(s.overallAlpha(), 3));
        }
    }
}
