package io.qqhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import io.qqhi.framework.Framework;
import io.qqhi.framework.FrameworkLoader;
import io.qqhi.framework.InputException;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Problems;
import io.qqhi.framework.SensitivitySpec;
import io.qqhi.framework.SensitivitySpecReader;
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
        if (fw == null || problems.hasErrors()) throw new InputException(InputException.DATA, list);
        if (opts.strict && problems.warningCount() > 0) throw InputException.strict(list);
        // warnings go to stderr but do not stop the command
        ProblemReport.printText(err, list.stream().filter(p -> p.severity() == Severity.WARNING).toList(), 20);
        return fw;
    }

    /** The sensitivity spec of a --spec file, or the framework's own section without one. */
    static SensitivitySpec sensitivitySpec(Framework fw, Path file, PrintWriter err) {
        if (file == null) return fw.sensitivity();
        Problems problems = new Problems();
        SensitivitySpec s = new SensitivitySpecReader(problems).readFile(file, fw.shape().length);
        if (s == null || problems.hasErrors()) throw new InputException(InputException.DATA, problems.all());
        ProblemReport.printText(err, problems.all(), 20);
        return s;
    }
}
