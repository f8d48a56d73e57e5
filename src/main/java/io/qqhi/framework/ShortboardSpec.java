package io.qqhi.framework;

import java.util.List;

/**
 * The short-board (短板) and strength (比较优势) rules of the {@code shortboards:} and
 * {@code strengths:} sections (docs/methods.md, short boards). A null threshold switches its rule off.
 *
 * @param levels       depths the rules apply to (default 3 and 4)
 * @param belowMeanSd  δ: score &lt; pool mean − δ·sd
 * @param bottomK      rank &gt; N − k (the bottom k of the pool)
 * @param gapPoints    pool best − score ≥ G
 * @param gapShare     (pool best − score)/best ≥ p
 * @param passLine     score &lt; pass line
 * @param fallPlaces   rank fell by ≥ r places since the previous period
 * @param fallPoints   score fell by ≥ Δ points since the previous period
 * @param hardNegative leaves where any case (raw value &gt; 0) is listed whatever the score
 * @param topK         strength: rank ≤ k
 * @param aboveScore   strength: score ≥ this (the satisfactory level)
 * @param gainPlaces   strength: rank rose by ≥ r places
 * @param gainPoints   strength: score rose by ≥ Δ points
 */
public record ShortboardSpec(List<Integer> levels, Double belowMeanSd, Integer bottomK, Double gapPoints, Double gapShare,
                             Double passLine, Integer fallPlaces, Double fallPoints, List<String> hardNegative,
                             Integer topK, Double aboveScore, Integer gainPlaces, Double gainPoints) {

    public ShortboardSpec {
        levels = List.copyOf(levels);
        hardNegative = List.copyOf(hardNegative);
    }

    public static ShortboardSpec defaults() {
        return new ShortboardSpec(List.of(3, 4), 0.5, 3, 20.0, null, 60.0, 3, 5.0, List.of(), 3, 95.0, 3, 5.0);
    }

    public boolean appliesTo(int level) {
        return levels.contains(level);
    }
}
