package io.qqhi.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import io.qqhi.app.ExplainUseCase;
import io.qqhi.framework.Text;
import io.qqhi.input.DataFolder;
import io.qqhi.report.ListText;
import io.qqhi.report.terminal.ExplanationReport;
import io.qqhi.report.terminal.ShortboardReport;
import io.qqhi.report.terminal.TargetReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Why a place ranks where it does: every node's score, rank, pool best and mean, and the leaves "
                + "sorted by the index points lost against the pool's best.")
public final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "UNIT", descriptionKey = "param.unit", description = "Unit code or name, e.g. HS or 海曙区.")
    String unit;

    @Mixin
    FrameworkOptions fw;
    @Mixin
    DataOptions data;
    @Mixin
    MethodOptions methods;

    @Mixin
    FormatOption output;

    @Option(names = "--leaves", paramLabel = "N", defaultValue = "15", description = "Leaves to list (0 = all; default: ${DEFAULT-VALUE}).")
    int leaves;

    @Mixin
    QuietOption quietly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ExplainUseCase.Result r = ExplainUseCase.run(new ExplainUseCase.Request(Requests.of(fw, data, methods), unit, !output.json()),
                new ConsoleReporter(spec.commandLine().getErr()));
        PrintWriter out = quietly.out(spec);
        if (output.json()) {
            out.print(ExplanationReport.json(r.explanation(), r.lists()));
        } else {
            ExplanationReport.printText(out, r.explanation(), leaves, r.poolName());
            if (r.split() != null) {
                out.println(Text.of("explain.rank-split", DataFolder.labelFor(r.previousPeriod()),
                        ListText.moveSplit(r.split()[0], r.split()[1])));
            }
            if (r.nextTier() != null) out.println(TargetReport.gapLine(r.nextTier()));
            ShortboardReport.printText(out, r.lists(), List.of(r.explanation().unit().code()));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
