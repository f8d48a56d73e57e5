package io.qqhi.report.terminal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qqhi.framework.Problem;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Severity;
import io.qqhi.framework.Text;

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
                    out.println(Text.of("problems.more", String.valueOf(problems.size() - limit)));
                    return;
                }
                out.println(coloured(p));
                shown++;
            }
        }
    }

    /** How many warnings and errors a failed run shows on the terminal before pointing elsewhere. */
    static final int FAILED_WARNINGS = 20;
    static final int FAILED_ERRORS = 200;

    /**
     * A failed run's problems for people: warnings first, errors last (the last lines on the screen
     * are what stopped the run), then one summary line with the counts. Under --strict the warnings
     * are what stopped it, so more of them are shown.
     */
    public static void printFailure(PrintWriter out, List<Problem> problems, boolean strict) {
        List<Problem> warnings = problems.stream().filter(p -> p.severity() == Severity.WARNING).toList();
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        boolean cut = printSome(out, warnings, strict ? FAILED_ERRORS : FAILED_WARNINGS);
        cut |= printSome(out, errors, FAILED_ERRORS);
        String more = cut ? Text.of("run.failed.more", Integer.toString(strict ? FAILED_ERRORS : FAILED_WARNINGS)) : "";
        if (strict) {
            out.println(Text.of("run.failed.strict", Integer.toString(warnings.size()),
                    errors.isEmpty() ? "" : Text.of("run.failed.strict.errors", Integer.toString(errors.size()))) + more);
        } else {
            out.println(Text.of("run.failed", Integer.toString(errors.size()), Integer.toString(warnings.size())) + more);
        }
    }

    private static boolean printSome(PrintWriter out, List<Problem> problems, int limit) {
        for (int i = 0; i < problems.size() && i < limit; i++) out.println(coloured(problems.get(i)));
        return problems.size() > limit;
    }

    /**
     * A problem's line, its severity in red (error) or yellow (warning) when standard error is a
     * terminal (the launcher's qqhi.tty) and NO_COLOR is not set.
     */
    static String coloured(Problem p) {
        String line = p.format();
        if (!Terminal.isTerminal() || System.getenv("NO_COLOR") != null || p.severity() == Severity.INFO) return line;
        String label = Text.of("severity." + p.severity().label());
        String colour = p.severity() == Severity.ERROR ? "\u001b[31;1m" : "\u001b[33m";
        int at = line.indexOf(label);
        return at < 0 ? line : line.substring(0, at) + colour + label + "\u001b[0m" + line.substring(at + label.length());
    }

    /** The problems as maps with the keys of {@link #toJson}, for JSON written from records and maps. */
    public static List<Map<String, Object>> rows(List<Problem> problems) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Problem p : problems) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("severity", p.severity().label());
            o.put("file", p.file());
            o.put("line", p.line() > 0 ? p.line() : null);
            o.put("column", p.column() > 0 ? p.column() : null);
            o.put("unit", p.unit());
            o.put("node", p.node());
            o.put("message", p.message());
            o.put("code", p.code());
            out.add(o);
        }
        return out;
    }

    public static String summary(Problems problems) {
        return Text.of("problems.summary", String.valueOf(problems.errorCount()), String.valueOf(problems.warningCount()));
    }
}
