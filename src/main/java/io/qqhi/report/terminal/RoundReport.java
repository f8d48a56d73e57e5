package io.qqhi.report.terminal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import io.qqhi.analysis.RoundStatus;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Text;
import io.qqhi.input.DataFolder;
import io.qqhi.report.records.CsvText;
import io.qqhi.report.records.Json;

/** {@code qqhi round status} as a person reads it, as JSON and as CSV (docs/formats.md, round status). */
public final class RoundReport {
    private RoundReport() {
    }

    public static void printText(PrintWriter o, RoundStatus s, java.util.List<io.qqhi.input.Round.Objection> objections) {
        printText(o, s);
        if (objections.isEmpty()) return;
        long open = objections.stream().filter(io.qqhi.input.Round.Objection::open).count();
        long accepted = objections.stream().filter(x -> x.status().equals("accepted")).count();
        o.println(Text.of("round.objections", String.valueOf(objections.size()), String.valueOf(open), String.valueOf(accepted),
                String.valueOf(objections.size() - open - accepted)));
    }

    public static void printText(PrintWriter o, RoundStatus s) {
        String deadline = s.deadline() == null ? Text.of("round.no-deadline") : Text.of("round.deadline", io.qqhi.report.Dates.chinese(s.deadline().toString()),
                s.pastDeadline() ? Text.of("round.overdue", String.valueOf(s.today().toEpochDay() - s.deadline().toEpochDay())) : "");
        o.println(Text.of("round.title", DataFolder.labelFor(s.period()), deadline));
        TextTable t = new TextTable(8, 1, 2, 3, 4, 7);
        t.row(Text.of("round.col.department"), Text.of("round.col.expected"), Text.of("round.col.received"),
                Text.of("round.col.missing"), Text.of("round.col.errors"), Text.of("round.col.late"), Text.of("round.col.when"),
                Text.of("round.col.versions"));
        for (RoundStatus.Dept d : s.departments()) {
            t.row(d.id() + " " + d.name(), String.valueOf(d.expected()), d.file() == null ? "—" : String.valueOf(d.received()),
                    String.valueOf(d.missing().size()), String.valueOf(d.errors().size()), d.late() ? Text.of("round.yes") : "",
                    d.lastReceived() == null ? "—" : d.lastReceived().replace('T', ' ').replace("Z", ""), String.valueOf(d.corrections()));
        }
        t.print(o, 0);
        List<String> owing = new ArrayList<>();
        for (RoundStatus.Dept d : s.departments()) {
            if (!d.owes()) continue;
            owing.add(d.name() + (d.file() == null ? Text.of("round.owes.none") : !d.errors().isEmpty()
                    ? Text.of("round.owes.errors", String.valueOf(d.errors().size())) : Text.of("round.owes.missing", String.valueOf(d.missing().size()))));
        }
        o.println(owing.isEmpty() ? Text.of("round.all-in") : Text.of("round.owing", String.join("、", owing)));
        List<String> thin = new ArrayList<>();
        for (RoundStatus.Place p : s.places()) if (p.below()) thin.add(Text.of("round.thin.place", p.name(), Text.number(Math.floor(p.nEff()))));
        if (!thin.isEmpty()) o.println(Text.of("round.thin", String.valueOf(s.places().get(0).minimum()), String.join("、", thin)));
        List<RoundStatus.Flag> open = s.unconfirmed();
        if (!s.flags().isEmpty()) {
            o.println(Text.of("round.flags", String.valueOf(s.flags().size()), String.valueOf(s.flags().size() - open.size()),
                    String.valueOf(open.size())));
        }
    }

    public static String json(RoundStatus s) {
        return json(s, java.util.List.of());
    }

    /** With the review round's objections (id and status). */
    public static String json(RoundStatus s, java.util.List<io.qqhi.input.Round.Objection> objections) {
        Json.Obj root = Json.object().put("period", s.period());
        if (s.deadline() == null) root.putNull("deadline");
        else root.put("deadline", s.deadline().toString());
        root.put("today", s.today().toString()).put("complete", s.complete());
        Json.Arr deps = root.putArray("departments");
        for (RoundStatus.Dept d : s.departments()) {
            Json.Obj o = deps.addObject().put("id", d.id()).put("name", d.name());
            if (d.file() == null) o.putNull("file");
            else o.put("file", d.file());
            o.put("expected", d.expected()).put("received", d.received());
            Json.Arr m = o.putArray("missing");
            for (RoundStatus.Missing x : d.missing()) m.addObject().put("unit", x.unit()).put("item", x.item());
            Json.Arr e = o.putArray("errors");
            for (Problem p : d.errors()) e.addObject().put("line", p.line()).put("column", p.column()).put("message", p.message());
            o.put("late", d.late());
            if (d.lastReceived() == null) o.putNull("last_received");
            else o.put("last_received", d.lastReceived());
            o.put("corrections", d.corrections());
        }
        Json.Arr places = root.putArray("survey");
        for (RoundStatus.Place p : s.places()) {
            places.addObject().put("unit", p.unit()).put("name", p.name()).put("n", p.n()).put("n_eff", p.nEff())
                    .put("minimum", p.minimum()).put("below", p.below());
        }
        Json.Arr flags = root.putArray("flags");
        for (RoundStatus.Flag f : s.flags()) flags.addObject().put("unit", f.unit()).put("item", f.item()).put("confirmed", f.confirmed());
        Json.Arr obj = root.putArray("objections");
        for (io.qqhi.input.Round.Objection o : objections) obj.addObject().put("id", o.id()).put("status", o.status());
        return Json.write(root);
    }

    /** The departments' table as a CSV for Excel. */
    public static String csv(RoundStatus s) {
        CsvText t = CsvText.forExcel();
        t.row("部门代码", "部门", "文件", "应报", "已报", "缺报", "错误", "是否逾期", "最近报送", "更正次数");
        for (RoundStatus.Dept d : s.departments()) {
            t.row(d.id(), d.name(), d.file() == null ? "" : d.file(), String.valueOf(d.expected()), String.valueOf(d.received()),
                    String.valueOf(d.missing().size()), String.valueOf(d.errors().size()), d.late() ? "是" : "否",
                    d.lastReceived() == null ? "" : d.lastReceived(), String.valueOf(d.corrections()));
        }
        return t.toString();
    }


    /** The objections, one line each, after a count by status. */
    public static void printObjections(PrintWriter o, java.util.List<io.qqhi.input.Round.Objection> all) {
        long open = all.stream().filter(io.qqhi.input.Round.Objection::open).count();
        long accepted = all.stream().filter(x -> x.status().equals("accepted")).count();
        o.println(Text.of("review.listed", String.valueOf(all.size()), String.valueOf(open), String.valueOf(accepted),
                String.valueOf(all.size() - open - accepted)));
        for (io.qqhi.input.Round.Objection x : all) {
            o.println("  " + Text.of("review.line", x.id(), Text.of("review.status." + x.status()), x.item(), x.claimed(), x.basis(),
                    x.ruling()));
        }
    }

    public static String objectionsJson(java.util.List<io.qqhi.input.Round.Objection> all) {
        Json.Obj root = Json.object();
        Json.Arr a = root.putArray("objections");
        for (io.qqhi.input.Round.Objection x : all) {
            a.addObject().put("id", x.id()).put("unit", x.unit()).put("item", x.item()).put("claimed", x.claimed()).put("basis", x.basis())
                    .put("evidence", x.evidence()).put("file", x.file()).put("status", x.status()).put("ruling", x.ruling()).put("time", x.time());
        }
        return Json.write(root);
    }
}
