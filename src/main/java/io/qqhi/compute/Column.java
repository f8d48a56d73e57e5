package io.qqhi.compute;

import io.qqhi.framework.Node;

/**
 * What a normaliser knows about one leaf column: its direction sign (+1/−1) and the leaf's
 * targets, all in the raw units of the indicator.
 */
public record Column(String leafId, int sign, Double target, Double low, Double high) {
    public static Column of(Node leaf) {
        return new Column(leaf.id(), leaf.direction().sign, leaf.target(), leaf.low(), leaf.high());
    }
}
