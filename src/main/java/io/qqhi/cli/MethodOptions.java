package io.qqhi.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Option;

/** What-if options of every computing command: method settings and weights. */
public final class MethodOptions {
    @Option(names = "--set", paramLabel = "KEY=VALUE", mapFallbackValue = "",
            description = "Override a method setting, e.g. --set normalise.method=zscore --set missing.threshold=0.5. "
                    + "Methods: ${sys:qqhi.methods:-see docs/methods.md}.")
    Map<String, String> set = new LinkedHashMap<>();

    @Option(names = "--weights", paramLabel = "FILE",
            description = "Weights overlay (YAML node: weight, or CSV node,weight) replacing the framework's weights.")
    Path weights;

    @Option(names = "--settings", paramLabel = "FILE",
            description = "Replay a run from its settings.yaml: the same framework, data, weights and settings (files checked by SHA-256).")
    Path settings;
}
