package io.qqhi.report.terminal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qqhi.framework.Department;
import io.qqhi.framework.Framework;
import io.qqhi.framework.Text;
import io.qqhi.input.Coverage;
import io.qqhi.input.DataFolder;
import io.qqhi.input.PeriodInputs;
import io.qqhi.input.SurveyResult;
import io.qqhi.report.Numbers;

/** The data part of {@code qqhi validate --data}: coverage by department and the survey's samples. */
public final class DataValidationReport {
    private DataValidationReport() {
    }

    /** complete, gap, empty (a file with a header only) or none (no file). */
    private static String status(Department d, int received, int expected, PeriodInputs in) {
        // a department whose file came with a header only shows as such, not as a mere gap (docs/formats.md, limits)
        boolean hasFile = in.departmentFiles().stream().map(f -> Path.of(f.toString()).getFileName().toString())
                .anyMatch(n -> n.startsWith(d.id() + "-") || n.startsWith(d.id() + "."));
        return received == expected ? "complete" : received > 0 ? "gap" : hasFile ? "empty" : "none";
    }

    /** The coverage table for JSON: per department its figures received and expected, status, and per item the units missing. */
    public static List<Map<String, Object>> coverage(Framework fw, PeriodInputs in) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Department d : fw.departments()) {
            List<Coverage.Cell> cells = in.coverage().byDepartment().get(d.id());
            if (cells == null) continue;
            int exp = cells.stream().mapToInt(x -> x.expected().size()).sum();
            int rec = cells.stream().mapToInt(x -> x.received().size()).sum();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("department", d.id());
            m.put("name", d.name());
            m.put("received", rec);
            m.put("expected", exp);
            m.put("status", status(d, rec, exp, in));
            List<Map<String, Object>> items = new ArrayList<>();
            for (Coverage.Cell c : cells) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("item", c.item().id());
                item.put("received", c.received().size());
                item.put("expected", c.expected().size());
                item.put("missing", c.missing());
                items.add(item);
            }
            m.put("items", items);
            out.add(m);
        }
        return out;
    }

    public static void printText(PrintWriter out, Framework fw, PeriodInputs in) {
        Coverage c = in.coverage();
        out.println(Text.of("validate.period", DataFolder.labelFor(in.period()), String.valueOf(in.registry().units().size()),
                String.valueOf(in.departmentFiles().size())));
        out.println(Text.of("validate.coverage"));
        TextTable t = new TextTable(5, 2);
        t.row(Text.of("validate.col.department"), Text.of("validate.col.name"), Text.of("validate.col.received"),
                Text.of("validate.col.status"), Text.of("validate.col.items"));
        for (Department d : fw.departments()) {
            List<Coverage.Cell> cells = c.byDepartment().get(d.id());
            if (cells == null) continue;
            int exp = cells.stream().mapToInt(x -> x.expected().size()).sum();
            int rec = cells.stream().mapToInt(x -> x.received().size()).sum();
            StringBuilder items = new StringBuilder();
            for (Coverage.Cell cell : cells) {
                if (items.length() > 0) items.append(' ');
                items.append(cell.item().id()).append(' ').append(cell.received().size()).append('/').append(cell.expected().size());
            }
            // a department whose file came with a header only shows as such, not as a mere gap (docs/formats.md, limits)
            String status = Text.of("validate.status." + status(d, rec, exp, in));
            t.row(d.id(), d.name(), rec + "/" + exp, status, items.toString());
        }
        t.print(out, 2);
        out.println("  " + Text.of("validate.total", String.valueOf(c.receivedTotal()), String.valueOf(c.expectedTotal()),
                Numbers.fixed(c.expectedTotal() == 0 ? 100.0 : 100.0 * c.receivedTotal() / c.expectedTotal(), 1)));
        SurveyResult s = in.survey();
        if (s != null) {
            out.println(Text.of("validate.survey", String.valueOf(s.kept()), String.valueOf(s.removed().size()),
                    Numbers.fixed(s.overallAlpha(), 3)));
        }
    }
}
