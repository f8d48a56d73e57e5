package io.qqhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.qqhi.framework.Framework;
import io.qqhi.framework.FrameworkLoader;
import io.qqhi.framework.Problems;
import io.qqhi.input.InputLoader;
import io.qqhi.input.PeriodInputs;
import io.qqhi.report.terminal.DataValidationReport;
import io.qqhi.report.terminal.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a framework file and report every problem with file:line:column.")
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    FrameworkOptions fw;

    @Mixin
    FormatOption output;

    @Option(names = {"-d", "--data"}, paramLabel = "DIR",
            description = "Also check a data folder: departments' files and the survey of one period.")
    Path data;

    @Option(names = {"-p", "--period"}, paramLabel = "P", description = "Period to check (default: the newest).")
    String period;

    @Option(names = "--encoding", paramLabel = "ENC", defaultValue = "auto",
            description = "Encoding of CSV files: auto, UTF-8 or GB18030 (default: ${DEFAULT-VALUE}).")
    String encoding;

    @Option(names = "--allow-empty", description = "Accept a department file with a header and no data rows (a warning, not an error).")
    boolean allowEmpty;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Problems problems = new Problems();
        Framework framework = new FrameworkLoader(problems).load(fw.path());
        PeriodInputs inputs = null;
        if (data != null && framework != null) {
            inputs = InputLoader.load(framework, data, period, null, encoding, true, allowEmpty, problems).period();
        }
        boolean ok = !problems.hasErrors() && !(fw.strict && problems.warningCount() > 0);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.print(ValidationReport.json(ok, framework, problems, inputs));
        } else {
            ValidationReport.printText(out, fw.path().toString(), framework, problems, ok);
            if (inputs != null) DataValidationReport.printText(out, framework, inputs);
        }
        out.flush();
        return ok ? ExitCodes.OK : ExitCodes.DATA;
    }
}
