package io.qqhi.app;

import java.nio.file.Path;

import io.qqhi.framework.Framework;
import io.qqhi.framework.FrameworkLoader;
import io.qqhi.framework.Problems;
import io.qqhi.input.InputLoader;
import io.qqhi.input.PeriodInputs;

/** Checks a framework and, with a data folder, one period's files: every problem at once, nothing computed. */
public final class ValidateUseCase {
    private ValidateUseCase() {
    }

    /** @param data a data folder, null to check the framework only */
    public record Request(Path framework, boolean strict, Path data, String period, String encoding, boolean allowEmpty) {
    }

    /**
     * @param framework null when it cannot be used
     * @param inputs    the period's inputs (coverage, survey), null without a data folder
     * @param ok        no error, and no warning under {@code strict}
     */
    public record Result(Path file, Framework framework, Problems problems, PeriodInputs inputs, boolean ok) {
    }

    public static Result run(Request req) {
        Problems problems = new Problems();
        Path file = Defaults.framework(req.framework());
        Framework framework = new FrameworkLoader(problems).load(file);
        PeriodInputs inputs = null;
        if (req.data() != null && framework != null) {
            inputs = InputLoader.load(framework, req.data(), req.period(), null, req.encoding(), true, req.allowEmpty(), problems)
                    .period();
        }
        boolean ok = !problems.hasErrors() && !(req.strict() && problems.warningCount() > 0);
        return new Result(file, framework, problems, inputs, ok);
    }
}
