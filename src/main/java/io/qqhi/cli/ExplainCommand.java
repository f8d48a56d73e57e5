package io.qqhi.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import io.qqhi.analysis.Explanation;
import io.qqhi.analysis.TargetPlanner;
import io.qqhi.compute.IndexResult;
import io.qqhi.report.ExplanationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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

    @Spec
    CommandSpec spec;


    @Override
    public Integer call() {
        RunSetup setup = RunSetup.of("explain", fw, data, methods, true, spec.commandLine().getErr());
        IndexResult result = setup.compute();
        Explanation e = Explanation.of(result, unit);
        if (e == null) throw UnknownUnit.of(result, unit);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.print(ExplanationReport.json(e, Lists.of(result, setup, null, false, spec.commandLine().getErr()).twoWay()));
        } else {
            ExplanationReport.printText(out, e, leaves, result.framework().poolName(e.pool()));
            io.qqhi.input.PeriodInputs before = setup.loaded.previous();
            if (before != null) {
                int[] split = io.qqhi.analysis.RankMoveSplit.of(result.framework(), setup.settings, before.dataset(),
                        setup.loaded.dataset(), e.unit().code()).get(e.pool() + "/" + e.unit().code());
                if (split != null) {
                    out.println("较" + io.qqhi.input.DataFolder.labelFor(before.period()) + io.qqhi.analysis.RankMoveSplit.words(split[0], split[1]));
                }
            }
            String next = result.settings().tiers().above(e.tier());
            if (next != null) {
                TargetPlanner.Plan plan = TargetPlanner.plan(result.framework(), setup.loaded.dataset(), setup.settings,
                        e.unit().code(), TargetPlanner.Target.tier(next), TargetPlanner.Options.defaults());
                out.println(io.qqhi.report.TargetReport.gapLine(plan));
            }
            io.qqhi.analysis.TwoWayLists lists = Lists.of(result, setup, null, false, spec.commandLine().getErr()).twoWay();
            io.qqhi.report.ShortboardReport.printText(out, lists, java.util.List.of(e.unit().code()));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
