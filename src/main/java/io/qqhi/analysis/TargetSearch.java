package io.qqhi.analysis;

import java.util.List;
import java.util.TreeSet;

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

    /** The most breakpoints a lever is tried at: every other place's value in a city's pool, evenly chosen ones in a large pool. */
    static final int MAX_BREAKPOINTS = 64;

    /** At most {@link #MAX_BREAKPOINTS} of the sorted points, evenly spread, the last (the feasible end) always kept. */
    static double[] thinned(double[] sorted) {
        if (sorted.length <= MAX_BREAKPOINTS) return sorted;
        double[] out = new double[MAX_BREAKPOINTS];
        for (int i = 0; i < MAX_BREAKPOINTS; i++) {
            out[i] = sorted[(int) Math.round((double) i * (sorted.length - 1) / (MAX_BREAKPOINTS - 1))];
        }
        return out;
    }

    /** Adds a point strictly between two values (a lever's start and its feasible end). */
    static void addBetween(TreeSet<Double> points, double v, double from, double to) {
        if (Double.isNaN(v)) return;
        if (v > Math.min(from, to) && v < Math.max(from, to)) points.add(v);
    }

    static void reverse(double[] a) {
        for (int i = 0, k = a.length - 1; i < k; i++, k--) {
            double t = a[i];
            a[i] = a[k];
            a[k] = t;
        }
    }

    /** The search used up its recomputations (TargetPlanner.budget). */
    static final class OverBudget extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OverBudget() {
            super(null, null, false, false);
        }
    }
}
