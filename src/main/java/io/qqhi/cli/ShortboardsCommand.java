package io.qqhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.qqhi.app.ShortboardsUseCase;
import io.qqhi.report.terminal.ShortboardReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "shortboards", mixinStandardHelpOptions = true,
        description = "Print the 问题整改清单 and 成绩推广清单 of one unit or of all, with the facts behind each entry, "
                + "who acts, and the follow-up of last period's list.")
public final class ShortboardsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "UNIT", descriptionKey = "param.unit-or-all", arity = "0..1", description = "Unit code or name (default: every unit).")
    String unit;

    @Mixin
    FrameworkOptions fw;
    @Mixin
    DataOptions data;
    @Mixin
    MethodOptions methods;

    @Option(names = "--previous", paramLabel = "DIR", description = "An earlier run's output folder to compare with.")
    Path previous;

    @Mixin
    FormatOption output;

    @Mixin
    QuietOption quietly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ShortboardsUseCase.Result r = ShortboardsUseCase.run(new ShortboardsUseCase.Request(Requests.of(fw, data, methods), unit,
                previous), new ConsoleReporter(spec.commandLine().getErr()));
        PrintWriter out = quietly.out(spec);
        if (output.json()) out.print(ShortboardReport.json(r.lists(), r.units()));
        else ShortboardReport.printText(out, r.lists(), r.units());
        out.flush();
        return ExitCodes.OK;
    }
}
