package io.qqhi.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a run's framework, data, weights and method settings come from, as a user names them.
 * Nulls take the defaults: the framework and data folder found by {@link Defaults}, the data
 * folder's newest period, the framework's weights and settings. With {@code settings} (a run's
 * settings.yaml) the run is replayed and every other source must be left empty ({@link Replay}).
 */
public record RunRequest(Path framework, Path data, String period, Path indicatorData, String encoding,
                         boolean allowEmpty, Map<String, String> set, Path weights, Path settings, boolean strict) {
    public RunRequest {
        encoding = encoding == null ? "auto" : encoding;
        set = set == null ? Map.of() : new LinkedHashMap<>(set);
    }

    /** The bundled framework and sample data, newest period, framework settings. */
    public static RunRequest defaults() {
        return new RunRequest(null, null, null, null, "auto", false, Map.of(), null, null, false);
    }

    /** The framework file this request reads. */
    public Path frameworkPath() {
        return Defaults.framework(framework);
    }

    public RunRequest withPeriod(String p) {
        return new RunRequest(framework, data, p, indicatorData, encoding, allowEmpty, set, weights, settings, strict);
    }

    public RunRequest withData(Path d) {
        return new RunRequest(framework, d, period, indicatorData, encoding, allowEmpty, set, weights, settings, strict);
    }

    public RunRequest withSet(Map<String, String> s) {
        return new RunRequest(framework, data, period, indicatorData, encoding, allowEmpty, s, weights, settings, strict);
    }

    public RunRequest withSettings(Path s) {
        return new RunRequest(framework, data, period, indicatorData, encoding, allowEmpty, set, weights, s, strict);
    }
}
