package io.qqhi.report;

import io.qqhi.framework.Text;

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
            out.println(Text.of("validate.framework", fw.root().name() == null ? fw.root().id() : fw.root().name() + "（" + fw.root().id() + "）"));
            int[] shape = fw.shape();
            StringBuilder s = new StringBuilder();
            for (int d = 0; d < shape.length; d++) {
                if (d > 0) s.append(" → ");
                s.append(fw.levelName(d + 1)).append(shape[d]).append("项");
            }
            out.println("  " + Text.of("validate.shape", s.toString())
                    + (fw.expect() == null ? "" : Text.of("validate.expect", String.join("、", fw.expect().stream().map(String::valueOf).toList()))));
            long departments = fw.items().stream().map(i -> i.department()).distinct().count();
            out.println("  " + Text.of("validate.data", String.valueOf(fw.items().size()), String.valueOf(departments),
                    String.valueOf(fw.departments().size()), String.valueOf(fw.survey().items().size())));
            out.println("  " + Text.of("validate.method", MethodsText.normaliseName(fw.settings().normalise()),
                    MethodsText.aggregateName(fw.settings().aggregate())));
        }
        out.println(Text.of(ok ? "validate.ok" : "validate.failed", ProblemReport.summary(problems)));
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
