package io.qqhi.analysis;

import java.util.List;

import io.qqhi.compute.PoolResult;

/**
 * The greedy search behind a target plan (docs/methods.md, targets): at each step the lever move
 * that gains most margin per unit of cost, every move recomputing the pool; a move that would
 * reach the target is finished (bisected to its least value) and kept when it is the cheapest so far.
 */
final class TargetSearch {
    /** The most steps a search takes. */
    private static final int ROUNDS = 10_000;

    private final TargetPlanner planner;

    TargetSearch(TargetPlanner planner) {
        this.planner = planner;
    }

    /** The cheapest values found that reach the target (null: none), and where the search stopped. */
    record Result(double[] best, double[] last) {
    }

    Result search(List<TargetPlanner.Lever> levers, PoolResult base, double[] start) {
            double[] x = start.clone();
            PoolResult current = base;
            double cost = 0;
            double[] best = null;
            double bestCost = Double.POSITIVE_INFINITY;
            int[] next = new int[levers.size()];
            for (int round = 0; round < ROUNDS; round++) {
                int chosen = -1;
                double chosenValue = 0;
                double chosenEfficiency = 0;
                PoolResult chosenResult = null;
                double here = planner.margin(current);
                for (int k = 0; k < levers.size(); k++) {
                    TargetPlanner.Lever l = levers.get(k);
                    for (int b = next[k]; b < l.breakpoints().length; b++) {
                        double v = l.breakpoints()[b];
                        double[] y = x.clone();
                        y[l.column()] = v;
                        PoolResult r = planner.evaluate(y);
                        double c = planner.stepCost(l, x[l.column()], v, current, r);
                        if (planner.reached(r)) {
                            double gained = planner.margin(r) - here;
                            double guess = gained > 0 ? -here / gained * c : c;
                            if (cost + guess < bestCost) {
                                double[] finished = planner.finish(x, l, v);
                                double total = cost + planner.stepCost(l, x[l.column()], finished[l.column()], current, planner.evaluate(finished));
                                if (total < bestCost) {
                                    bestCost = total;
                                    best = finished;
                                }
                            }
                            break;
                        }
                        double gain = planner.margin(r) - here;
                        if (gain > 1e-12) {
                            double efficiency = gain / Math.max(c, 1e-12);
                            if (efficiency > chosenEfficiency) {
                                chosen = k;
                                chosenValue = v;
                                chosenEfficiency = efficiency;
                                chosenResult = r;
                            }
                            break;
                        }
                    }
                }
                if (chosen < 0) break;
                TargetPlanner.Lever l = levers.get(chosen);
                double c = planner.stepCost(l, x[l.column()], chosenValue, current, chosenResult);
                if (cost + c >= bestCost) break;
                cost += c;
                x[l.column()] = chosenValue;
                current = chosenResult;
                while (next[chosen] < l.breakpoints().length && l.sign() * (l.breakpoints()[next[chosen]] - chosenValue) <= 0) {
                    next[chosen]++;
                }
            }
        return new Result(best, x);
    }
}
