package io.qqhi.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json} of the commands that print a result (docs/formats.md, JSON output). */
public final class FormatOption {
    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    boolean json() {
        return format == OutputFormat.json;
    }
}
