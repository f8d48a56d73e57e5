package io.qqhi.cli;

import picocli.CommandLine;

/** Version from the jar manifest (set by Maven), "dev" when run from classes. */
public final class Version implements CommandLine.IVersionProvider {
    public static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"qqhi " + get(), "Java " + System.getProperty("java.version")};
    }
}
