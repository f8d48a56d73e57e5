package io.qqhi.app;

import java.util.ArrayList;
import java.util.List;

import io.qqhi.analysis.TargetPlanner;
import io.qqhi.compute.IndexResult;
import io.qqhi.framework.Framework;
import io.qqhi.framework.Text;

/** What it would take a place to reach a tier, rank or score (docs/methods.md, targets). */
public final class TargetUseCase {
    private TargetUseCase() {
    }

    /**
     * @param leaves    the leaves that may change (ids or names), null for every lever
     * @param maxChange the most a leaf may change, in percent of the pool's range; null: no bound
     */
    public record Request(RunRequest run, String unit, TargetPlanner.Target target, List<String> leaves, Double maxChange,
                          TargetPlanner.Objective objective) {
    }

    public record Result(TargetPlanner.Plan plan, String poolName) {
    }

    public static Result run(Request req, Reporter reporter) {
        if (req.maxChange() != null && !(req.maxChange() > 0)) throw new UsageException(Text.of("usage.max-change"));
        PreparedRun run = PreparedRun.of("target", req.run(), false, reporter);
        IndexResult result = run.compute();
        Places.Place place = Places.find(result, req.unit());
        TargetPlanner.Options options = new TargetPlanner.Options(leafIds(run.framework(), req.leaves()), req.maxChange(),
                req.objective());
        TargetPlanner.Plan plan;
        try {
            plan = TargetPlanner.plan(result.framework(), run.loaded().dataset(), run.settings(), place.code(), req.target(), options);
        } catch (TargetPlanner.BadTarget bad) {
            throw new UsageException(bad.getMessage());
        }
        return new Result(plan, run.framework().poolName(plan.pool()));
    }

    /** The leaves named as ids; an unknown one or an aggregate is a usage error. */
    private static List<String> leafIds(Framework f, List<String> leaves) {
        if (leaves == null) return null;
        List<String> ids = new ArrayList<>();
        for (String l : leaves) {
            int found = Places.node(f, l);
            if (!f.node(found).isLeaf()) throw new UsageException(Text.of("usage.not-a-leaf", l.strip()));
            ids.add(f.node(found).id());
        }
        return ids;
    }
}
