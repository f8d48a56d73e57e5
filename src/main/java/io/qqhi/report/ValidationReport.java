package io.qqhi.report;

import java.io.PrintWriter;


import io.qqhi.framework.Framework;
import io.qqhi.framework.Problems;

/** The result of {@code qqhi validate}: human summary or the JSON contract of the issue tracker. */
public final class ValidationReport {
    private ValidationReport() {
    }

    public static void printText(PrintWriter out, String file, Framework fw, Problems problems, boolean ok) {
        ProblemReport.printText(out, problems.all(), 0);
        if (fw != null) {
            out.println(file + ": " + (fw.root().name() == null ? fw.root().id() : fw.root().name() + " (" + fw.root().id() + ")"));
            int[] shape = fw.shape();
            StringBuilder s = new StringBuilder();
            for (int d = 0; d < shape.length; d++) {
                if (d > 0) s.append(" → ");
                s.append(shape[d]).append(' ').append(fw.levelName(d + 1));
            }
            out.println("  shape: " + s + (fw.expect() == null ? "" : "  (expect " + fw.expect() + ")"));
            long departments = fw.items().stream().map(i -> i.department()).distinct().count();
            out.println("  data: " + fw.items().size() + " quantitative items from " + departments + " of "
                    + fw.departments().size() + " departments, " + fw.survey().items().size() + " survey items");
            out.println("  method: normalise " + fw.settings().normalise().method() + ", aggregate "
                    + fw.settings().aggregate().method());
        }
        out.println((ok ? "OK" : "FAILED") + ": " + ProblemReport.summary(problems));
    }

    public static String json(boolean ok, Framework fw, Problems problems) {
        Json.Obj o = Json.object();
        o.put("ok", ok);
        if (fw == null) {
            o.putNull("shape");
        } else {
            Json.Arr shape = o.putArray("shape");
            for (int n : fw.shape()) shape.add(n);
        }
        o.put("problems", ProblemReport.toJson(problems.all()));
        return Json.write(o);
    }
}
