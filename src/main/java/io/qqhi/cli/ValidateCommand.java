package io.qqhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.qqhi.app.ValidateUseCase;
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

    @Mixin
    QuietOption quietly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ValidateUseCase.Result r = ValidateUseCase.run(new ValidateUseCase.Request(fw.framework, fw.strict, data, period, encoding,
                allowEmpty));
        PrintWriter out = quietly.out(spec);
        if (output.json()) {
            out.print(ValidationReport.json(r.ok(), r.framework(), r.problems(), r.inputs()));
        } else {
            ValidationReport.printText(out, r.file().toString(), r.framework(), r.problems(), r.ok());
            if (r.inputs() != null) DataValidationReport.printText(out, r.framework(), r.inputs());
        }
        out.flush();
        return r.ok() ? ExitCodes.OK : ExitCodes.DATA;
    }
}
