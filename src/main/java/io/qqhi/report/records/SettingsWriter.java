package io.qqhi.report.records;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import io.qqhi.analysis.WeightDerivation;
import io.qqhi.framework.MethodSpec;
import io.qqhi.framework.RunRecord;
import io.qqhi.framework.SensitivitySpec;
import io.qqhi.framework.Settings;
import io.qqhi.framework.TierSpec;

/**
 * settings.yaml (docs/formats.md): what a run ran on and every method setting it used, written by
 * jackson-dataformat-yaml, so that {@code --settings} can replay it; and the weights overlay of
 * {@code qqhi weights}.
 */
public final class SettingsWriter {
    /**
     * jackson's streaming YAML generator, fed the tree of maps, lists and scalars: an ObjectMapper
     * would give the same text but load jackson-databind's serialisers into every run (a tenth of a
     * second of a sample compute's start; docs/performance.md).
     */
    private static final YAMLFactory YAML = YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build();

    private SettingsWriter() {
    }

    public static String yaml(RunRecord run, Settings s, Map<String, Double> weights, String version, SensitivitySpec sensitivity) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("qqhi", version);
        m.put("command", run.command());
        m.put("framework", file(run.framework()));
        if (run.indicatorData() != null) m.put("indicator_data", file(run.indicatorData()));
        Map<String, Object> data = new LinkedHashMap<>();
        if (run.dataFolder() != null) data.put("folder", run.dataFolder());
        if (run.period() != null) data.put("period", run.period());
        if (!data.isEmpty()) m.put("data", data);
        m.put("encoding", run.encoding());
        if (run.weights() != null) {
            Map<String, Object> w = file(run.weights());
            w.put("values", new LinkedHashMap<>(weights));
            m.put("weights", w);
        }
        m.put("set", new LinkedHashMap<>(run.set()));
        m.put("method", method(s));
        if (sensitivity != null) m.put("sensitivity", sensitivity(sensitivity));
        return "# qqhi 运行记录：所用框架、数据与全部方法设置；qqhi compute --settings 本文件 可原样重算\n" + write(m);
    }

    /** The method settings in force, in the keys of the framework's method section. */
    public static Map<String, Object> method(Settings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("normalise", spec(s.normalise()));
        m.put("aggregate", spec(s.aggregate()));
        m.put("impute", spec(s.impute()));
        m.put("outliers", spec(s.outliers()));
        m.put("missing", Map.of("threshold", s.missingThreshold()));
        if (s.minShare() > 0) {
            Map<String, Object> screen = new LinkedHashMap<>();
            screen.put("min_share", s.minShare());
            screen.put("action", s.screen().action());
            // the default unit_screen is left unwritten, so earlier runs' settings.yaml stay the same
            if (s.screen().byCount()) screen.put("unit_screen", s.screen().by());
            m.put("screen", screen);
        }
        Map<String, Object> t = new LinkedHashMap<>();
        TierSpec tiers = s.tiers();
        t.put("method", tiers.method());
        if (tiers.scale() != null) t.put("scale", List.of(tiers.scale().low(), tiers.scale().high()));
        List<Object> bands = new ArrayList<>();
        for (TierSpec.Band b : tiers.bands()) {
            Map<String, Object> band = new LinkedHashMap<>();
            band.put("name", b.name());
            if (b.min() != null) band.put("min", b.min());
            bands.add(band);
        }
        if (!bands.isEmpty()) t.put("bands", bands);
        m.put("tiers", t);
        return m;
    }

    /** The method settings alone as YAML. */
    public static String methodYaml(Settings s) {
        return write(Map.of("method", method(s)));
    }

    private static Map<String, Object> spec(MethodSpec s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", s.method());
        // parameters as written; true and false as the booleans they are (a string "false" would be quoted)
        s.params().forEach((k, v) -> m.put(k, v.equals("true") || v.equals("false") ? (Object) Boolean.valueOf(v) : v));
        return m;
    }

    private static Map<String, Object> file(RunRecord.FileRef f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", f.path());
        m.put("sha256", f.sha256());
        return m;
    }

    /** The sensitivity section as run (after the --spec file and options), in the framework's key names. */
    private static Map<String, Object> sensitivity(SensitivitySpec s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", s.mode());
        m.put("runs", s.runs());
        m.put("seed", s.seed());
        m.put("weights_noise", s.weightsNoise());
        m.put("weight_levels", s.weightLevels());
        m.put("weights_by_level", s.weightsByLevel());
        m.put("weight_sets", s.weightSets());
        m.put("normalisers", s.normalisers());
        m.put("aggregators", s.aggregators());
        m.put("imputation", s.imputation());
        m.put("leave_one_out", s.leaveOneOut());
        return m;
    }

    /** An overlay for --weights: every child's derived weight (siblings sum to 1). */
    public static String overlay(WeightDerivation.Result r, String how) {
        Map<String, Object> w = new LinkedHashMap<>();
        for (WeightDerivation.Row row : r.rows()) w.put(row.child(), row.derived());
        return "# weights derived by qqhi weights --method " + r.method() + how + "\n"
                + "# use with: qqhi compute --weights THIS_FILE\n" + write(Map.of("weights", w));
    }

    static String write(Object tree) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = YAML.createGenerator(w)) {
            Json.write(g, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
