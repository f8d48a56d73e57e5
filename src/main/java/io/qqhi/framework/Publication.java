package io.qqhi.framework;

import java.util.List;

/**
 * What the 通报 may show (framework {@code publication: {ranks: …, grouping: …}}; docs/formats.md):
 * the public version shows {@code all} places' ranks and tiers, only the {@code top} N places', or
 * {@code none}; {@code grouping} (none | tiers | robust) prints bands (梯队) where ranks would claim
 * more than the data carry — {@code robust}: places whose index scores lie closer than
 * {@code bandGap} points, chained, are one band (docs/methods.md, bands). Not to be confused
 * with the tier cut-offs of {@code method.tiers}.
 */
public record Publication(String ranks, int top, String grouping, double bandGap) {
    public static final List<String> GROUPINGS = List.of("none", "tiers", "robust");
    public static final double DEFAULT_GAP = 0.5;
    public static final Publication ALL = new Publication("all", 0);

    public Publication(String ranks, int top) {
        this(ranks, top, "none", DEFAULT_GAP);
    }

    /** Whether the public version shows place {@code rank} (1-based; 0 = not ranked) with its rank and tier. */
    public boolean shows(int rank) {
        switch (ranks) {
            case "all": return true;
            case "top": return rank > 0 && rank <= top;
            default: return false;
        }
    }

    /** Whether bands are printed. */
    public boolean grouped() {
        return !grouping.equals("none");
    }
}
