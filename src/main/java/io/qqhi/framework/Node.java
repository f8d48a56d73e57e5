package io.qqhi.framework;

import java.util.List;

/**
 * A node of the indicator tree: an aggregate (has children) or a leaf indicator. Weights are
 * as written (relative among siblings); {@link Framework} normalises them.
 *
 * @param formula    the leaf's formula over data items (leaves only; null = the item named like the leaf)
 * @param township   whether the leaf is also computed for the township pool
 * @param target     optional target (dist2target)
 * @param low        optional lower benchmark (efficacy with targets: x_s, the not-allowed value)
 * @param high       optional upper benchmark (efficacy with targets: x_h, the satisfactory value)
 * @param range      the values the leaf can take in its own units (leaves only; null = any)
 * @param normalise  per-leaf method override (null = run default)
 * @param aggregate  per-node method override (null = run default)
 */
public record Node(String id, String name, String nameEn, double weight, Direction direction, String unit,
                   Formula formula, boolean township, Double target, Double low, Double high,
                   String denominator, ValueRange range, MethodSpec normalise, MethodSpec aggregate,
                   List<String> departments, List<Node> children, SourcePosition at) {

    public Node {
        children = List.copyOf(children);
        departments = List.copyOf(departments);
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    public String displayName() {
        return name == null ? id : name;
    }
}
