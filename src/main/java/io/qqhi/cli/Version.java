package io.qqhi.cli;

import picocli.CommandLine;

/** Version from the jar manifest (set by Maven), "dev" when run from classes. */
public final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"qqhi " + io.qqhi.app.Version.get(), "Java " + System.getProperty("java.version")};
    }
}
