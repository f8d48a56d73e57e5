package io.qqhi.report;

import java.io.PrintWriter;
import java.util.List;


import io.qqhi.framework.Problem;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Severity;

/** Problems for people (one line each, errors first) and for scripts (JSON). */
public final class ProblemReport {
    private ProblemReport() {
    }

    public static void printText(PrintWriter out, List<Problem> problems, int limit) {
        int shown = 0;
        for (Severity s : Severity.values()) {
            for (Problem p : problems) {
                if (p.severity() != s) continue;
                if (limit > 0 && shown == limit) {
                    out.println("... and " + (problems.size() - limit) + " more");
                    return;
                }
                out.println(p.format());
                shown++;
            }
        }
    }

    public static Json.Arr toJson(List<Problem> problems) {
        Json.Arr arr = Json.array();
        for (Problem p : problems) {
            Json.Obj o = arr.addObject();
            o.put("severity", p.severity().label());
            o.put("file", p.file());
            o.put("line", p.line());
            o.put("column", p.column());
            if (p.unit() != null) o.put("unit", p.unit());
            o.put("node", p.node());
            o.put("message", p.message());
            o.put("code", p.code());
        }
        return arr;
    }

    public static String summary(Problems problems) {
        return problems.errorCount() + " error" + (problems.errorCount() == 1 ? "" : "s") + ", "
                + problems.warningCount() + " warning" + (problems.warningCount() == 1 ? "" : "s");
    }
}
