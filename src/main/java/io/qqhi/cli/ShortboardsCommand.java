package io.qqhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.qqhi.analysis.ShortboardEntry;
import io.qqhi.compute.IndexResult;
import io.qqhi.report.ComputeOutputs;
import io.qqhi.report.ShortboardReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "shortboards", mixinStandardHelpOptions = true,
        description = "Print the short boards (短板) of one unit or of all, largest points lost first, with the rules "
                + "triggered and the responsible departments.")
public final class ShortboardsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "UNIT", arity = "0..1", description = "Unit code or name (default: every unit).")
    String unit;

    @Mixin
    FrameworkOptions fw;
    @Mixin
    DataOptions data;
    @Mixin
    MethodOptions methods;

    @Option(names = "--previous", paramLabel = "DIR", description = "An earlier run's output folder to compare with.")
    Path previous;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Short boards per unit (0 = all; default: ${DEFAULT-VALUE}).")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        RunSetup setup = RunSetup.of("shortboards", fw, data, methods, true, err);
        IndexResult result = setup.compute();
        ComputeOutputs.RunLists lists = Lists.of(result, setup, previous, false, err);
        List<ShortboardEntry> shown = lists.shortboards();
        if (unit != null) {
            shown = shown.stream().filter(e -> e.unit().equals(unit) || e.unitName().equals(unit)).toList();
            boolean known = result.pools().stream().anyMatch(p -> p.units().stream()
                    .anyMatch(u -> u.code().equals(unit) || u.displayName().equals(unit)));
            if (!known) throw new UsageException("no unit '" + unit + "'");
        }
        PrintWriter out = spec.commandLine().getOut();
        ShortboardReport.printText(out, setup.framework, shown, limit);
        out.flush();
        return ExitCodes.OK;
    }
}
