package io.qqhi.report;

import java.io.PrintWriter;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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

    public static ArrayNode toJson(List<Problem> problems) {
        ArrayNode arr = Json.mapper().createArrayNode();
        for (Problem p : problems) {
            ObjectNode o = arr.addObject();
            o.put("severity", p.severity().label());
            o.put("file", p.file());
            o.put("line", p.line());
            o.put("column", p.column());
            if (p.unit() != null) o.put("unit", p.unit());
            o.put("node", p.node());
            o.put("message", p.message());
        }
        return arr;
    }

    public static String summary(Problems problems) {
        return problems.errorCount() + " error" + (problems.errorCount() == 1 ? "" : "s") + ", "
                + problems.warningCount() + " warning" + (problems.warningCount() == 1 ? "" : "s");
    }
}
