package io.qqhi.report.terminal;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import io.qqhi.framework.Framework;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Text;
import io.qqhi.input.PeriodInputs;
import io.qqhi.report.MethodsText;
import io.qqhi.report.records.Json;

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

    /**
     * validate --format json: ok, the tree's shape, every problem, and with a data folder the
     * coverage per department (as the text's table, with the missing units) and the survey.
     */
    public static String json(boolean ok, Framework fw, Problems problems, PeriodInputs in) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("ok", ok);
        o.put("shape", fw == null ? null : fw.shape());
        o.put("problems", ProblemReport.rows(problems.all()));
        o.put("coverage", in == null || fw == null ? null : DataValidationReport.coverage(fw, in));
        Map<String, Object> survey = null;
        if (in != null && in.survey() != null) {
            survey = new LinkedHashMap<>();
            survey.put("kept", in.survey().kept());
            survey.put("removed", in.survey().removed().size());
            survey.put("cronbach_alpha", in.survey().overallAlpha());
        }
        o.put("survey", survey);
        return Json.records(o);
    }
}
