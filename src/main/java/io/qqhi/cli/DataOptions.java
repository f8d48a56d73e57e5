package io.qqhi.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Where a computing command's data come from: a data folder (one period of it) or a wide CSV of leaf values. */
public final class DataOptions {
    @Option(names = {"-d", "--data"}, paramLabel = "DIR",
            description = "Data folder with units.csv and period folders (default: sample-data).")
    Path data;

    @Option(names = {"-p", "--period"}, paramLabel = "P", description = "Period folder to use (default: the newest).")
    String period;

    @Option(names = "--indicator-data", paramLabel = "CSV",
            description = "Wide CSV of leaf values (unit, name, pool, one column per leaf); skips departmental data.")
    Path indicatorData;

    @Option(names = "--encoding", paramLabel = "ENC", defaultValue = "auto",
            description = "Encoding of input CSV files: auto (UTF-8, UTF-8 with BOM or GB18030), UTF-8, GB18030 (default: ${DEFAULT-VALUE}).")
    String encoding;

    @Option(names = "--allow-empty", description = "Accept a department file with a header and no data rows (a warning, not an error).")
    boolean allowEmpty;
}
