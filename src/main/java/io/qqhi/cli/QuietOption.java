package io.qqhi.cli;

import java.io.PrintWriter;
import java.io.Writer;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code -q/--quiet} for every command (cron): nothing on standard output; errors still go to standard error. */
public final class QuietOption {
    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    /** Standard output, or a sink when quiet. */
    PrintWriter out(CommandSpec spec) {
        return quiet ? new PrintWriter(Writer.nullWriter()) : spec.commandLine().getOut();
    }
}
