package io.qqhi.app;

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

/** Loads the framework for use cases that need a usable one: errors end the use case with 65. */
public final class Frameworks {
    private Frameworks() {
    }

    /** The framework of a file; its warnings go to the reporter and do not stop the use case (unless strict). */
    public static Framework load(Path file, boolean strict, Reporter reporter) {
        Problems problems = new Problems();
        Framework fw = new FrameworkLoader(problems).load(file);
        List<Problem> list = problems.all();
        if (fw == null || problems.hasErrors()) throw new InputException(InputException.DATA, list);
        if (strict && problems.warningCount() > 0) throw InputException.strict(list);
        reporter.warnings(list.stream().filter(p -> p.severity() == Severity.WARNING).toList());
        return fw;
    }

    /** The sensitivity spec of a --spec file, or the framework's own section without one. */
    public static SensitivitySpec sensitivitySpec(Framework fw, Path file, Reporter reporter) {
        if (file == null) return fw.sensitivity();
        Problems problems = new Problems();
        SensitivitySpec s = new SensitivitySpecReader(problems).readFile(file, fw.shape().length);
        if (s == null || problems.hasErrors()) throw new InputException(InputException.DATA, problems.all());
        reporter.warnings(problems.all());
        return s;
    }
}
