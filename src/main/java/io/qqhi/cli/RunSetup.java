package io.qqhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.qqhi.compute.IndexResult;
import io.qqhi.compute.Pipeline;
import io.qqhi.framework.Framework;
import io.qqhi.framework.InputException;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Problems;
import io.qqhi.framework.RunRecord;
import io.qqhi.framework.SensitivitySpec;
import io.qqhi.framework.Settings;
import io.qqhi.framework.Severity;
import io.qqhi.framework.WeightsOverlay;
import io.qqhi.input.InputLoader;
import io.qqhi.report.SettingsWriter;

/** Framework, settings and data for a computing command, with errors mapped to exit codes. */
final class RunSetup {
    final Framework framework;
    final Settings settings;
    final InputLoader.Loaded loaded;
    final Problems problems;
    final Map<String, Double> weights;
    final RunRecord run;
    private final boolean strict;

    private RunSetup(Framework framework, Settings settings, InputLoader.Loaded loaded, Problems problems,
                     Map<String, Double> weights, RunRecord run, boolean strict) {
        this.framework = framework;
        this.settings = settings;
        this.loaded = loaded;
        this.problems = problems;
        this.weights = weights;
        this.run = run;
        this.strict = strict;
    }

    /** Computes the index; a method that refuses the data (e.g. geometric on zeros) ends the command with 65. */
    IndexResult compute() {
        IndexResult r = Pipeline.run(framework, loaded.dataset(), settings);
        List<Problem> all = new ArrayList<>(problems.all());
        all.addAll(r.problems());
        if (r.hasErrors()) throw new InputException(InputException.DATA, all);
        failIfStrict(all);
        return r;
    }

    /**
     * With --strict, warnings count as errors: the command stops with 65 before it writes or
     * publishes anything. Commands call it once more with everything they found before writing.
     */
    void failIfStrict(List<Problem> all) {
        if (strict && all.stream().anyMatch(p -> p.severity() == Severity.WARNING)) throw InputException.strict(all);
    }

    String settingsYaml() {
        return settingsYaml(null);
    }

    String settingsYaml(SensitivitySpec sensitivity) {
        return SettingsWriter.yaml(run, settings, weights, Version.get(), sensitivity);
    }

    static RunSetup of(String command, FrameworkOptions fo, DataOptions data, MethodOptions mo, boolean withPrevious,
                       PrintWriter err) {
        if (mo.settings != null) replay(fo, data, mo);
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
            throw new UsageException(io.qqhi.framework.Text.of("usage.set", e.getMessage()));
        }
        fw = fw.withSettings(s);
        Path folder = data.indicatorData != null ? null : Defaults.data(data.data);
        InputLoader.Loaded loaded = InputLoader.load(fw, folder, data.period, data.indicatorData, data.encoding, withPrevious,
                data.allowEmpty, problems);
        InputLoader.failOnErrors(problems);
        if (s.basePeriod() != null) {
            s = s.withBase(baseBenchmarks(fw, s, loaded, data));
            fw = fw.withSettings(s);
        }
        if (fo.strict && problems.warningCount() > 0) throw InputException.strict(problems.all());
        RunRecord run = new RunRecord(command, RunRecord.FileRef.of(fo.path()), folder == null ? null : folder.toString(),
                folder == null ? data.period : loaded.period().period(),
                data.indicatorData == null ? null : RunRecord.FileRef.of(data.indicatorData), data.encoding,
                mo.weights == null ? null : RunRecord.FileRef.of(mo.weights), mo.set);
        return new RunSetup(fw, s, loaded, problems, w, run, fo.strict);
    }

    /**
     * The base period's benchmarks for comparable mode (docs/methods.md): its data read from the
     * same folder and computed with each pool's own benchmarks. A base of another length is refused.
     */
    static io.qqhi.framework.Benchmarks baseBenchmarks(Framework fw, Settings s, InputLoader.Loaded loaded, DataOptions data) {
        String base = s.basePeriod();
        if (base.isEmpty()) throw new UsageException(io.qqhi.framework.Text.of("base.needs-period"));
        if (loaded.folder() == null) throw new UsageException(io.qqhi.framework.Text.of("base.needs-folder"));
        io.qqhi.input.DataFolder folder = loaded.folder();
        if (!folder.periods().contains(base)) {
            throw new UsageException(io.qqhi.framework.Text.of("base.unknown-period", base, String.join("、", folder.periods())));
        }
        String period = loaded.period().period();
        int bm = io.qqhi.input.DataFolder.months(base);
        int pm = io.qqhi.input.DataFolder.months(period);
        if (bm != pm) {
            throw new InputException(InputException.DATA, List.of(Problem.error(folder.root().resolve(base).toString(), 0, 0, null,
                    io.qqhi.framework.Text.of("base.length-differs", base, String.valueOf(bm), period, String.valueOf(pm)))));
        }
        Problems p = new Problems();
        InputLoader.Loaded b = InputLoader.load(fw, folder.root(), base, null, data.encoding, false, data.allowEmpty, p);
        InputLoader.failOnErrors(p);
        Settings own = s.withSpec(s.normalise().with(Map.of("benchmarks", "pool")));
        return io.qqhi.compute.BaseBenchmarks.of(Pipeline.run(fw.withSettings(own), b.dataset(), own), base);
    }

    /**
     * Takes a run's inputs and settings from its settings.yaml (docs/formats.md, replay): the same
     * framework, data, encoding, weights overlay and --set options. A framework, data file or overlay
     * whose SHA-256 changed since is refused (65): the replay would not be the run it claims to be.
     * Options that would say otherwise on the same command line are a usage error.
     */
    private static void replay(FrameworkOptions fo, DataOptions data, MethodOptions mo) {
        if (fo.framework != null || data.data != null || data.period != null || data.indicatorData != null
                || mo.weights != null || !mo.set.isEmpty()) {
            throw new UsageException(io.qqhi.framework.Text.of("usage.settings-alone"));
        }
        Problems p = new Problems();
        RunRecord r = RunRecord.read(mo.settings, p);
        if (r == null) throw new InputException(InputException.DATA, p.all());
        List<Problem> changed = new ArrayList<>();
        for (RunRecord.FileRef f : new RunRecord.FileRef[] {r.framework(), r.indicatorData(), r.weights()}) {
            if (f != null && !f.unchanged()) {
                changed.add(Problem.error(f.path(), 0, 0, null, "this file is not the one the run recorded in "
                        + mo.settings + " used (its SHA-256 differs, or it is gone); the run cannot be replayed"));
            }
        }
        if (!changed.isEmpty()) throw new InputException(InputException.DATA, changed);
        fo.framework = Path.of(r.framework().path());
        if (r.indicatorData() != null) {
            data.indicatorData = Path.of(r.indicatorData().path());
        } else {
            data.data = r.dataFolder() == null ? null : Path.of(r.dataFolder());
        }
        data.period = r.period();
        data.encoding = r.encoding();
        mo.weights = r.weights() == null ? null : Path.of(r.weights().path());
        mo.set = new java.util.LinkedHashMap<>(r.set());
    }
}
