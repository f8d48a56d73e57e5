package io.qqhi.framework;

import java.util.List;

/**
 * How ranked units are put into tiers (等次/梯队): by score cut-offs (a band holds scores at or
 * above its {@code min} and below the band before it; the last band has no minimum), or by rank
 * quantiles (units split as evenly as ties allow, best first), or not at all.
 */
public record TierSpec(String method, List<Band> bands) {
    public record Band(String name, Double min) {
    }

    public static final TierSpec NONE = new TierSpec("none", List.of());

    public TierSpec {
        bands = List.copyOf(bands);
    }

    /** The default four-grade scheme of Chinese appraisal practice (domain §5.3), on a 0–100 scale. */
    public static TierSpec defaultCutoffs() {
        return new TierSpec("cutoffs", List.of(new Band("优秀", 90.0), new Band("良好", 80.0),
                new Band("一般", 70.0), new Band("较差", null)));
    }
}
