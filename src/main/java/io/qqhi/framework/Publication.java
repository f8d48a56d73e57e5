package io.qqhi.framework;

/**
 * What the public version of the 通报 may show (framework {@code publication: {ranks: …}};
 * docs/formats.md): {@code all} places' ranks and tiers, only the {@code top} N places', or
 * {@code none}. The internal version always shows everything.
 */
public record Publication(String ranks, int top) {
    public static final Publication ALL = new Publication("all", 0);

    /** Whether the public version shows place {@code rank} (1-based; 0 = not ranked) with its rank and tier. */
    public boolean shows(int rank) {
        switch (ranks) {
            case "all": return true;
            case "top": return rank > 0 && rank <= top;
            default: return false;
        }
    }
}
