package io.qqhi.report.terminal;

import io.qqhi.report.Dates;
import java.util.Locale;
import java.time.LocalDate;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qqhi.analysis.Ledger;
import io.qqhi.analysis.LedgerStatus;
import io.qqhi.framework.Text;
import io.qqhi.input.DataFolder;
import io.qqhi.report.Numbers;
import io.qqhi.report.records.Json;
import io.qqhi.report.records.LedgerCsv;

/**
 * {@code qqhi ledger status} on the terminal and as JSON (docs/formats.md, ledger): the totals and
 * 整改完成率, the overdue items one per line, then the items per place and per guiding department.
 */
public final class LedgerReport {
    private LedgerReport() {
    }

    public static void print(PrintWriter out, String period, LedgerStatus s) {
        out.println(Text.of("ledger.status.title", DataFolder.labelFor(period), day(s.today())));
        out.println(Text.of("ledger.status.summary", n(s.rows().size()), n(s.count(LedgerStatus.State.DONE)),
                n(s.count(LedgerStatus.State.IN_PROGRESS)), n(s.count(LedgerStatus.State.NOT_STARTED)),
                n(s.count(LedgerStatus.State.NOT_REPORTED)), n(s.count(LedgerStatus.State.OVERDUE)), rate(s.doneRate())));
        if (s.count(LedgerStatus.State.OVERDUE) > 0) {
            out.println();
            out.println(Text.of("ledger.status.overdue"));
            for (LedgerStatus.Row r : s.rows()) {
                if (r.state() != LedgerStatus.State.OVERDUE) continue;
                Ledger.Item i = r.item();
                out.println("  " + Text.of("ledger.status.overdue-row", r.unitName(), r.nodeName(), day(i.deadline()),
                        LedgerCsv.PROGRESS.get(i.progress().ordinal()), i.owner()));
            }
        }
        out.println();
        out.println(Text.of("ledger.status.by-place"));
        TextTable t = new TextTable(7, 1, 2, 3, 4, 5, 6);
        t.row(Text.of("ledger.status.head").split("\\|"));
        for (Map.Entry<String, int[]> e : counts(s, false).entrySet()) {
            int[] c = e.getValue();
            t.row(e.getKey(), n(c[5]), n(c[4]), n(c[3]), n(c[2]), n(c[1]), n(c[0]));
        }
        t.print(out, 2);
        out.println();
        out.println(Text.of("ledger.status.by-guide"));
        TextTable g = new TextTable(4, 1, 2, 3);
        g.row(Text.of("ledger.status.guide-head").split("\\|"));
        for (Map.Entry<String, int[]> e : counts(s, true).entrySet()) {
            int[] c = e.getValue();
            g.row(e.getKey(), n(c[5]), n(c[4]), n(c[0]));
        }
        g.print(out, 2);
        out.flush();
    }

    /**
     * Per place (or guiding department, each of an item's departments counted), in first-seen
     * order with the overdue ones first: counts by state in {@link LedgerStatus.State} order, then the total.
     */
    private static Map<String, int[]> counts(LedgerStatus s, boolean byGuide) {
        Map<String, int[]> out = new LinkedHashMap<>();
        for (LedgerStatus.Row r : s.rows()) {
            List<String> keys = byGuide ? (r.guide().isEmpty() ? List.of("—") : List.of(r.guide().split("、"))) : List.of(r.unitName());
            for (String k : keys) {
                int[] c = out.computeIfAbsent(k, x -> new int[6]);
                c[r.state().ordinal()]++;
                c[5]++;
            }
        }
        return out;
    }

    public static String json(String period, LedgerStatus s) {
        Json.Obj root = Json.object();
        root.put("period", period).put("date", s.today().toString()).put("items", s.rows().size())
                .put("overdue", s.count(LedgerStatus.State.OVERDUE)).put("done", s.count(LedgerStatus.State.DONE));
        if (!Double.isNaN(s.doneRate())) root.put("done_rate", s.doneRate());
        Json.Arr a = root.putArray("rows");
        for (LedgerStatus.Row r : s.rows()) {
            Ledger.Item i = r.item();
            Json.Obj o = a.addObject().put("unit", r.unit()).put("unit_name", r.unitName()).put("node", r.node())
                    .put("node_name", r.nodeName()).put("guide", r.guide()).put("state", r.state().name().toLowerCase());
            if (i != null) {
                o.put("measures", i.measures()).put("owner", i.owner()).put("partners", i.partners())
                        .put("deadline", i.deadline() == null ? "" : i.deadline().toString()).put("reported", i.reported().toString())
                        .put("form", i.form());
            }
        }
        return Json.write(root);
    }

    /** 2026年12月8日 (2026-12-08 with --lang en). */
    private static String day(LocalDate d) {
        return Text.locale() == Locale.ENGLISH ? d.toString() : Dates.chinese(d.toString());
    }

    private static String n(long v) {
        return Long.toString(v);
    }

    private static String rate(double r) {
        return Double.isNaN(r) ? "—" : Numbers.fixed(r, 1) + "%";
    }
}
