package io.qqhi.report.terminal;

import java.io.PrintWriter;
import java.util.List;

import io.qqhi.framework.Text;
import io.qqhi.input.Case;
import io.qqhi.input.DataFolder;
import io.qqhi.report.records.Json;

/**
 * {@code qqhi cases list} on the terminal and as JSON (docs/formats.md, cases): each case with its
 * place, leaf or theme, title, length and contact, and whether it stands behind a promotion.
 */
public final class CasesReport {
    private CasesReport() {
    }

    public static void print(PrintWriter out, String period, List<Case.Listed> cases) {
        out.println(Text.of("cases.list.title", DataFolder.labelFor(period), String.valueOf(cases.size())));
        if (cases.isEmpty()) {
            out.flush();
            return;
        }
        TextTable t = new TextTable(7, 5);
        t.row(Text.of("cases.list.head").split("\\|"));
        for (Case.Listed l : cases) {
            Case c = l.c();
            t.row(c.id(), l.unitName(), c.node().isEmpty() ? c.theme() : l.leafName(), c.title(), String.valueOf(Case.length(c.text())),
                    c.contact(), Text.of(l.told() ? "cases.told" : "cases.untold"));
        }
        t.print(out, 2);
        out.flush();
    }

    public static String json(String period, List<Case.Listed> cases) {
        Json.Obj root = Json.object();
        root.put("period", period);
        Json.Arr a = root.putArray("cases");
        for (Case.Listed l : cases) {
            Case c = l.c();
            a.addObject().put("id", c.id()).put("unit", c.unit()).put("unit_name", l.unitName()).put("node", c.node())
                    .put("node_name", l.leafName()).put("theme", c.theme()).put("title", c.title()).put("text", c.text())
                    .put("contact", c.contact()).put("registered", c.registered()).put("promotion", l.told());
        }
        return Json.write(root);
    }
}
