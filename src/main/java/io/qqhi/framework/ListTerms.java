package io.qqhi.framework;

import java.util.List;

/**
 * What a node says about the two-way lists (docs/methods.md, lists): who must act on it —
 * {@code lead} (牵头单位; 属地, the unit's own government, by default), {@code guide} (市级指导单位:
 * municipal departments that guide the work) and {@code support} (配合单位) — whether it may be
 * promoted, and the smallest gap from the pool mean, in the leaf's own units, that puts it on the
 * rectification list, and for a rate the smallest base (divisor) that makes it evidence
 * ({@code minBase}; the lists' default when null). Null fields are inherited from the nearest
 * ancestor that sets them.
 */
public record ListTerms(String lead, List<String> guide, List<String> support, Boolean promote, Double minGap,
                        Double minBase, SourcePosition at) {
    public static final String LOCAL = "属地";
    public static final ListTerms DEFAULT = new ListTerms(LOCAL, List.of(), List.of(), null, null, null, null);

    /** These terms, with what they leave open taken from {@code parent}. */
    public ListTerms over(ListTerms parent) {
        return new ListTerms(lead != null ? lead : parent.lead, guide != null ? guide : parent.guide,
                support != null ? support : parent.support, promote != null ? promote : parent.promote,
                minGap != null ? minGap : parent.minGap, minBase != null ? minBase : parent.minBase, at != null ? at : parent.at);
    }
}
