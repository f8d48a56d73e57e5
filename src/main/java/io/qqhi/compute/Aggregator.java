package io.qqhi.compute;

import java.util.function.IntConsumer;

/**
 * Combines the children's scores of one aggregate into its score, for every unit of a pool.
 * {@code values} is units × children with NaN for missing; {@code weights} are the children's
 * weights (any positive scale). Missing children are dropped and the remaining weights
 * renormalised. A unit whose values the method cannot take (e.g. zero under a geometric mean)
 * gets NaN and is passed to {@code refused}.
 */
public interface Aggregator {
    void aggregate(double[][] values, double[] weights, double[] out, IntConsumer refused);
}
