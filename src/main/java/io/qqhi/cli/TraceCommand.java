package io.qqhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.qqhi.app.TraceUseCase;
import io.qqhi.report.terminal.TraceReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Where a number came from: for a leaf, each department figure behind it with file, line, column "
                + "and the cell as written, the formula, adjustments and the normalisation with its benchmarks; for an "
                + "aggregate, its children and weights (docs/formats.md, trace).")
public final class TraceCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "UNIT", descriptionKey = "param.unit", description = "Unit code or name, e.g. HS or 海曙区.")
    String unit;

    @Parameters(index = "1", paramLabel = "NODE", descriptionKey = "param.node", description = "Leaf or aggregate id or name, e.g. C2.1.1 or 清廉民企创建覆盖率.")
    String node;

    @Mixin
    FrameworkOptions fw;
    @Mixin
    DataOptions data;
    @Mixin
    MethodOptions methods;

    @Option(names = "--release", paramLabel = "DIR", description = "A published release (RELEASES/P): recompute it from its "
            + "settings.yaml and say which inputs changed since publication.")
    Path release;

    @Mixin
    FormatOption output;

    @Mixin
    QuietOption quietly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TraceUseCase.Result r = TraceUseCase.run(new TraceUseCase.Request(Requests.of(fw, data, methods), unit, node, release),
                new ConsoleReporter(spec.commandLine().getErr()));
        PrintWriter out = quietly.out(spec);
        if (output.json()) out.print(TraceReport.json(r.trace(), r.changed()));
        else TraceReport.printText(out, r.trace(), r.poolName(), r.changed(), r.versions());
        out.flush();
        return ExitCodes.OK;
    }
}
