package io.qqhi.compute;

import io.qqhi.framework.MethodSpec;

/** Chooses the imputer class for a method name (docs/methods.md). */
public final class Imputers {
    private Imputers() {
    }

    public static Imputer create(MethodSpec s) {
        switch (s.method()) {
            case "none": return new NoImputer();
            case "mean": return new CentralValueImputer(false, false);
            case "median": return new CentralValueImputer(true, false);
            case "group-mean": return new CentralValueImputer(false, true);
            case "group-median": return new CentralValueImputer(true, true);
            default: throw new IllegalArgumentException("unknown impute method " + s.method());
        }
    }
}
