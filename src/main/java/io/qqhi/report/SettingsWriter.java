package io.qqhi.report;

import java.util.Map;

import io.qqhi.framework.SensitivitySpec;
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

    /** The sensitivity section as run (after the --spec file and options), in the framework's key names. */
    public static String sensitivityYaml(SensitivitySpec s) {
        StringBuilder b = new StringBuilder("sensitivity:\n");
        b.append("  mode: ").append(s.mode()).append('\n');
        b.append("  runs: ").append(s.runs()).append('\n');
        b.append("  seed: ").append(s.seed()).append('\n');
        b.append("  weights_noise: ").append(Numbers.full(s.weightsNoise())).append('\n');
        b.append("  weight_levels: ").append(s.weightLevels()).append('\n');
        b.append("  weights_by_level: ").append(s.weightsByLevel()).append('\n');
        b.append("  weight_sets: ").append(s.weightSets()).append('\n');
        b.append("  normalisers: ").append(s.normalisers()).append('\n');
        b.append("  aggregators: ").append(s.aggregators()).append('\n');
        b.append("  imputation: ").append(s.imputation()).append('\n');
        b.append("  leave_one_out: ").append(s.leaveOneOut()).append('\n');
        return b.toString();
    }
}
