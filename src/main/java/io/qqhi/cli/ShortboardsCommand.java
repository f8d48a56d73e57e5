package io.qqhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        RunSetup setup = RunSetup.of("shortboards", fw, data, methods, true, err);
        IndexResult result = setup.compute();
        ComputeOutputs.RunLists lists = Lists.of(result, setup, previous, false, err);
        java.util.List<String> units = new java.util.ArrayList<>();
        if (unit != null) {
            for (io.qqhi.compute.PoolResult p : result.pools()) {
                for (io.qqhi.input.UnitRecord u : p.units()) if (u.code().equals(unit) || u.displayName().equals(unit)) units.add(u.code());
            }
            if (units.isEmpty()) throw UnknownUnit.of(result, unit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) out.print(ShortboardReport.json(lists.twoWay(), units));
        else ShortboardReport.printText(out, lists.twoWay(), units);
        out.flush();
        return ExitCodes.OK;
    }
}
