package io.qqhi.app;

/** qqhi's version from the jar manifest (set by Maven), "dev" when run from classes; recorded in every release. */
public final class Version {
    private Version() {
    }

    public static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
