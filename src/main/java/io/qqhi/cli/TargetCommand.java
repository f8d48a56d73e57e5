package io.qqhi.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.qqhi.analysis.TargetPlanner;
import io.qqhi.compute.IndexResult;
import io.qqhi.framework.Framework;
import io.qqhi.report.TargetReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TargetPlanner.Objective obj;
        switch (objective) {
            case "scaled": obj = TargetPlanner.Objective.SCALED; break;
            case "points": obj = TargetPlanner.Objective.POINTS; break;
            default: throw new UsageException(io.qqhi.framework.Text.of("usage.objective", objective));
        }
        if (maxChange != null && !(maxChange > 0)) throw new UsageException(io.qqhi.framework.Text.of("usage.max-change"));
        RunSetup setup = RunSetup.of("target", fw, data, methods, false, spec.commandLine().getErr());
        IndexResult result = setup.compute();
        UnknownUnit.Place place = UnknownUnit.find(result, unit);
        TargetPlanner.Target target = goal.tier != null ? TargetPlanner.Target.tier(goal.tier)
                : goal.rank != null ? TargetPlanner.Target.rank(goal.rank) : TargetPlanner.Target.score(goal.score);
        TargetPlanner.Options options = new TargetPlanner.Options(leafIds(setup.framework), maxChange, obj);
        TargetPlanner.Plan plan;
        try {
            plan = TargetPlanner.plan(result.framework(), setup.loaded.dataset(), setup.settings, place.pool().units().get(place.index()).code(), target, options);
        } catch (TargetPlanner.BadTarget bad) {
            throw new UsageException(bad.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) out.print(TargetReport.json(plan));
        else TargetReport.printText(out, plan, setup.framework.poolName(plan.pool()));
        out.flush();
        return ExitCodes.OK;
    }

    /** The leaves of --leaves as ids; an unknown one is a usage error. */
    private List<String> leafIds(Framework f) {
        if (leaves == null) return null;
        List<String> ids = new ArrayList<>();
        for (String l : leaves) {
            int found = UnknownUnit.node(f, l);
            if (!f.node(found).isLeaf()) throw new UsageException(io.qqhi.framework.Text.of("usage.not-a-leaf", l.strip()));
            ids.add(f.node(found).id());
        }
        return ids;
    }
}
