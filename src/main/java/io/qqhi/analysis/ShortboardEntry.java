package io.qqhi.analysis;

import java.util.List;

/**
 * One entry of a place's lists (unitIndex: the unit's row in its pool's result): a node (level 3 or 4) where a short-board rule or a strength
 * rule fired. Changes are since the previous period (null when unknown); rank change is 进位
 * positive. Points lost = effective weight × (pool best − score).
 */
public record ShortboardEntry(String pool, int unitIndex, String unit, String unitName, int node, String nodeId, String nodeName, int level,
                              double raw, double score, double mean, double best, int rank, int poolSize,
                              Integer rankChange, Double scoreChange, List<String> rules, double pointsLost,
                              List<String> departments) {
    public ShortboardEntry {
        rules = List.copyOf(rules);
        departments = List.copyOf(departments);
    }
}
