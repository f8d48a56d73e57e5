package io.qqhi.compute;

import java.util.List;

import io.qqhi.framework.Framework;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Settings;

/** A whole run: the framework and settings used and one result per pool, in registry order. */
public record IndexResult(Framework framework, Settings settings, List<PoolResult> pools, List<Problem> problems) {
    public PoolResult pool(String name) {
        for (PoolResult p : pools) if (p.pool().equals(name)) return p;
        return null;
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
