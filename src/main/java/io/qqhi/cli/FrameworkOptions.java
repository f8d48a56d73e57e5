package io.qqhi.cli;

import java.nio.file.Path;

import io.qqhi.app.Defaults;
import picocli.CommandLine.Option;

/** Options shared by every command that reads a framework. */
public final class FrameworkOptions {
    @Option(names = {"-f", "--framework"}, paramLabel = "FILE",
            description = "Framework file (default: indicators.yaml here, else the qqhi home's).")
    Path framework;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    Path path() {
        return Defaults.framework(framework);
    }
}
