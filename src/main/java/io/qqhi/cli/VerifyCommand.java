package io.qqhi.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.qqhi.framework.Problem;
import io.qqhi.framework.Text;
import io.qqhi.release.ReleaseVerifier;
import io.qqhi.report.terminal.ProblemReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Re-check a release's files against the SHA-256 checksums of its manifest.")
public final class VerifyCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RELEASE", descriptionKey = "param.release", description = "A release folder, e.g. releases/2026H1.")
    Path release;

    @Mixin
    QuietOption quietly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Problem> problems = ReleaseVerifier.verify(release);
        if (problems.isEmpty()) {
            quietly.out(spec).println(Text.of("verify.ok", release.toString()));
            quietly.out(spec).flush();
            return ExitCodes.OK;
        }
        ProblemReport.printText(spec.commandLine().getErr(), problems, 0);
        spec.commandLine().getErr().flush();
        return ExitCodes.DATA;
    }
}
