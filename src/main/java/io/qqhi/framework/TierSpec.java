package io.qqhi.framework;

import java.util.List;

/**
 * How ranked units are put into tiers (等次/梯队): by score cut-offs (a band holds scores at or
 * above its {@code min} and below the band before it; the last band has no minimum), or by rank
 * quantiles (units split as evenly as ties allow, best first), or not at all.
 */
public record TierSpec(String method, List<Band> bands, ScoreScale scale) {
    public record Band(String name, Double min) {
    }

    public static final TierSpec NONE = new TierSpec("none", List.of());

    public TierSpec {
        bands = List.copyOf(bands);
    }

    /** Tiers whose cut-offs hold on any scale (quantiles, or cut-offs whose scale is not declared). */
    public TierSpec(String method, List<Band> bands) {
        this(method, bands, null);
    }

    /**
     * Whether the cut-offs can be applied to index scores on {@code indexScale} (null: a scale the
     * run cannot name): cut-offs declared for one scale mean nothing on another (docs/methods.md, tiers).
     */
    public boolean appliesTo(ScoreScale indexScale) {
        return !method.equals("cutoffs") || scale == null || scale.equals(indexScale);
    }

    /** The band just above {@code tier} for cut-off tiers (the next one to reach), or null (the best, quantiles, unknown). */
    public String above(String tier) {
        if (!method.equals("cutoffs") || tier == null) return null;
        for (int i = 1; i < bands.size(); i++) if (bands.get(i).name().equals(tier)) return bands.get(i - 1).name();
        return null;
    }

    /** The default four-grade scheme of Chinese appraisal practice (docs/methods.md, tiers), scale not declared. */
    public static TierSpec defaultCutoffs() {
        return new TierSpec("cutoffs", List.of(new Band("优秀", 90.0), new Band("良好", 80.0),
                new Band("一般", 70.0), new Band("较差", null)));
    }
}
