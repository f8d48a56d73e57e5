package io.qqhi.report;

import java.util.Map;

import io.qqhi.framework.Settings;
import io.qqhi.framework.YamlText;

/** settings.yaml: the exact settings of a run and what it ran on, so it can be repeated. */
public final class SettingsWriter {
    private SettingsWriter() {
    }

    public static String yaml(Settings s, String framework, String data, Map<String, Double> weights) {
        StringBuilder b = new StringBuilder(s.toYaml());
        b.append("run:\n");
        b.append("  framework: ").append(YamlText.scalar(framework)).append('\n');
        b.append("  data: ").append(YamlText.scalar(data)).append('\n');
        if (weights != null && !weights.isEmpty()) {
            b.append("weights:   # what-if overlay applied on top of the framework's weights\n");
            weights.forEach((k, v) -> b.append("  ").append(YamlText.scalar(k)).append(": ").append(Numbers.full(v)).append('\n'));
        }
        return b.toString();
    }
}
