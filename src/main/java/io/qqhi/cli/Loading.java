package io.qqhi.cli;

import java.io.PrintWriter;
import java.util.List;

import io.qqhi.framework.Framework;
import io.qqhi.framework.FrameworkLoader;
import io.qqhi.framework.InputException;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Severity;
import io.qqhi.report.ProblemReport;

/** Loads the framework for commands that need a usable one: errors end the command with 65. */
final class Loading {
    private Loading() {
    }

    static Framework framework(FrameworkOptions opts, PrintWriter err) {
        Problems problems = new Problems();
        Framework fw = new FrameworkLoader(problems).load(opts.path());
        List<Problem> list = problems.all();
        if (fw == null || problems.hasErrors() || (opts.strict && problems.warningCount() > 0)) {
            throw new InputException(InputException.DATA, list);
        }
        // warnings go to stderr but do not stop the command
        ProblemReport.printText(err, list.stream().filter(p -> p.severity() == Severity.WARNING).toList(), 20);
        return fw;
    }
}
