package io.qqhi.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Which period a run is compared with (docs/methods.md, period comparison). */
final class PreviousOptions {
    @Option(names = "--previous", paramLabel = "DIR",
            description = "An earlier run's output folder to compare with (default: the data folder's previous period).")
    Path dir;

    @Option(names = "--no-previous", description = "Do not compare with a previous period.")
    boolean none;
}
