package io.qqhi.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import io.qqhi.framework.Framework;
import io.qqhi.framework.FrameworkLoader;
import io.qqhi.framework.Problems;
import io.qqhi.report.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a framework file and report every problem with file:line:column.")
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    FrameworkOptions fw;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Problems problems = new Problems();
        Framework framework = new FrameworkLoader(problems).load(fw.path());
        boolean ok = !problems.hasErrors() && !(fw.strict && problems.warningCount() > 0);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.print(ValidationReport.json(ok, framework, problems));
        } else {
            ValidationReport.printText(out, fw.path().toString(), framework, problems, ok);
        }
        out.flush();
        return ok ? ExitCodes.OK : ExitCodes.DATA;
    }
}
