package io.qqhi.compute;

import io.qqhi.framework.MethodSpec;

/** Chooses the outlier treatment for a method name (docs/methods.md). */
public final class OutlierTreatments {
    private OutlierTreatments() {
    }

    public static OutlierTreatment create(MethodSpec s) {
        switch (s.method()) {
            case "none": return new NoOutlierTreatment();
            case "winsorise": return new Winsoriser(s.number("skew"), s.number("kurtosis"), (int) s.number("max_points"));
            default: throw new IllegalArgumentException("unknown outliers method " + s.method());
        }
    }
}
