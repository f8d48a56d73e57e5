package io.qqhi.cli;

import java.io.PrintWriter;
import java.util.Map;

import io.qqhi.framework.Framework;
import io.qqhi.framework.InputException;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Settings;
import io.qqhi.framework.WeightsOverlay;
import io.qqhi.input.InputLoader;

/** Framework, settings and data for a computing command, with errors mapped to exit codes. */
final class RunSetup {
    final Framework framework;
    final Settings settings;
    final InputLoader.Loaded loaded;
    final Problems problems;
    final Map<String, Double> weights;
    final String frameworkPath;
    final String dataDescription;
    private final boolean strict;

    private RunSetup(Framework framework, Settings settings, InputLoader.Loaded loaded, Problems problems,
                     Map<String, Double> weights, String frameworkPath, String dataDescription, boolean strict) {
        this.strict = strict;
        this.framework = framework;
        this.settings = settings;
        this.loaded = loaded;
        this.problems = problems;
        this.weights = weights;
        this.frameworkPath = frameworkPath;
        this.dataDescription = dataDescription;
    }

    /** Computes the index; a method that refuses the data (e.g. geometric on zeros) ends the command with 65. */
    io.qqhi.compute.IndexResult compute() {
        io.qqhi.compute.IndexResult r = io.qqhi.compute.Pipeline.run(framework, loaded.dataset(), settings);
        if (r.hasErrors()) {
            java.util.List<io.qqhi.framework.Problem> all = new java.util.ArrayList<>(problems.all());
            all.addAll(r.problems());
            throw new InputException(InputException.DATA, all);
        }
        java.util.List<io.qqhi.framework.Problem> all = new java.util.ArrayList<>(problems.all());
        all.addAll(r.problems());
        failIfStrict(all);
        return r;
    }

    /**
     * With --strict, warnings count as errors: the command stops with 65 before it writes or
     * publishes anything. Commands call it once more with everything they found before writing.
     */
    void failIfStrict(java.util.List<io.qqhi.framework.Problem> all) {
        if (strict && all.stream().anyMatch(p -> p.severity() == io.qqhi.framework.Severity.WARNING)) {
            throw InputException.strict(all);
        }
    }

    String settingsYaml() {
        return io.qqhi.report.SettingsWriter.yaml(settings, frameworkPath, dataDescription, weights);
    }

    static RunSetup of(FrameworkOptions fo, DataOptions data, MethodOptions mo, boolean withPrevious, PrintWriter err) {
        Framework fw = Loading.framework(fo, err);
        Problems problems = new Problems();
        Map<String, Double> w = Map.of();
        if (mo.weights != null) {
            w = WeightsOverlay.read(mo.weights, fw, problems);
            if (problems.hasErrors()) throw new InputException(InputException.DATA, problems.all());
            fw = fw.withWeights(w);
        }
        Settings s;
        try {
            s = fw.settings().with(mo.set);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--set: " + e.getMessage());
        }
        fw = fw.withSettings(s);
        InputLoader.Loaded loaded = InputLoader.load(fw, data.indicatorData != null ? null : Defaults.data(data.data),
                data.period, data.indicatorData, data.encoding, withPrevious, problems);
        InputLoader.failOnErrors(problems);
        if (fo.strict && problems.warningCount() > 0) throw InputException.strict(problems.all());
        String desc = data.indicatorData != null ? data.indicatorData.toString()
                : loaded.folder().root() + " period " + loaded.period().period();
        return new RunSetup(fw, s, loaded, problems, w, fo.path().toString(), desc, fo.strict);
    }
}
