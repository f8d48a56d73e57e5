package io.qqhi.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import io.qqhi.analysis.TargetPlanner;
import io.qqhi.app.TargetUseCase;
import io.qqhi.app.UsageException;
import io.qqhi.framework.Text;
import io.qqhi.report.terminal.TargetReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "target", mixinStandardHelpOptions = true,
        description = "What it would take: the least change of a place's leaf values, in their own units, that brings it "
                + "to a tier, a rank or a score, checked by recomputing the whole pool (docs/methods.md, targets).")
public final class TargetCommand implements Callable<Integer> {
    @Parameters(paramLabel = "UNIT", descriptionKey = "param.unit", description = "Unit code or name, e.g. HS or 海曙区.")
    String unit;

    static final class Goal {
        @Option(names = "--tier", paramLabel = "NAME", description = "A tier to reach, e.g. 良好.")
        String tier;
        @Option(names = "--rank", paramLabel = "N", description = "A rank to reach (N or better).")
        Integer rank;
        @Option(names = "--score", paramLabel = "X", description = "An index score to reach.")
        Double score;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Goal goal;

    @Mixin
    FrameworkOptions fw;
    @Mixin
    DataOptions data;
    @Mixin
    MethodOptions methods;

    @Option(names = "--leaves", paramLabel = "L1,L2", split = ",", description = "Only these leaves may change (ids or names).")
    List<String> leaves;

    @Option(names = "--max-change", paramLabel = "P", description = "The most a leaf may change, in percent of the pool's range on it.")
    Double maxChange;

    @Option(names = "--objective", defaultValue = "scaled", description = "scaled (raw changes over the pool's range) or "
            + "points (leaf score points); default: ${DEFAULT-VALUE}.")
    String objective;

    @Mixin
    FormatOption output;

    @Mixin
    QuietOption quietly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TargetPlanner.Objective obj;
        switch (objective) {
            case "scaled": obj = TargetPlanner.Objective.SCALED; break;
            case "points": obj = TargetPlanner.Objective.POINTS; break;
            default: throw new UsageException(Text.of("usage.objective", objective));
        }
        TargetPlanner.Target target = goal.tier != null ? TargetPlanner.Target.tier(goal.tier)
                : goal.rank != null ? TargetPlanner.Target.rank(goal.rank) : TargetPlanner.Target.score(goal.score);
        TargetUseCase.Result r = TargetUseCase.run(new TargetUseCase.Request(Requests.of(fw, data, methods), unit, target, leaves,
                maxChange, obj), new ConsoleReporter(spec.commandLine().getErr()));
        PrintWriter out = quietly.out(spec);
        if (output.json()) out.print(TargetReport.json(r.plan()));
        else TargetReport.printText(out, r.plan(), r.poolName());
        out.flush();
        return ExitCodes.OK;
    }
}
