package io.qqhi.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.qqhi.compute.BaseBenchmarks;
import io.qqhi.compute.IndexResult;
import io.qqhi.compute.Pipeline;
import io.qqhi.compute.Yardstick;
import io.qqhi.framework.Benchmarks;
import io.qqhi.framework.Framework;
import io.qqhi.framework.InputException;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Problems;
import io.qqhi.framework.RunRecord;
import io.qqhi.framework.SensitivitySpec;
import io.qqhi.framework.Settings;
import io.qqhi.framework.Severity;
import io.qqhi.framework.Text;
import io.qqhi.framework.WeightsOverlay;
import io.qqhi.input.DataFolder;
import io.qqhi.input.InputLoader;
import io.qqhi.input.PeriodInputs;
import io.qqhi.report.records.SettingsWriter;

/**
 * A run ready to compute: the framework with its weights overlay and settings, the period's data
 * read and checked, and the record that settings.yaml keeps. Every use case that computes starts here.
 */
public final class PreparedRun {
    private final Framework framework;
    private final Settings settings;
    private final InputLoader.Loaded loaded;
    private final Problems problems;
    private final Map<String, Double> weights;
    private final RunRecord record;
    private final boolean strict;
    private final RunRequest request;

    private PreparedRun(RunRequest request, Framework framework, Settings settings, InputLoader.Loaded loaded, Problems problems,
                        Map<String, Double> weights, RunRecord record, boolean strict) {
        this.framework = framework;
        this.settings = settings;
        this.loaded = loaded;
        this.problems = problems;
        this.weights = weights;
        this.record = record;
        this.strict = strict;
        this.request = request;
    }

    /** The request as run: a replay's is the one its settings file records. */
    public RunRequest request() {
        return request;
    }

    public Framework framework() {
        return framework;
    }

    public Settings settings() {
        return settings;
    }

    public InputLoader.Loaded loaded() {
        return loaded;
    }

    /** What reading the data found (warnings and notes; errors have ended the run already). */
    public Problems problems() {
        return problems;
    }

    public RunRecord record() {
        return record;
    }

    /** The period computed: the data folder's, or the one a leaf-value file was given for. */
    public String period() {
        return loaded.period() != null ? loaded.period().period() : record.period();
    }

    /** The data folder's notice (示例数据…), null without a folder or notice. */
    public String notice() {
        return loaded.folder() == null ? null : loaded.folder().notice();
    }

    /** The data folder's root, null with leaf-value data. */
    public Path dataRoot() {
        return loaded.folder() == null ? null : loaded.folder().root();
    }

    /** Computes the index; a method that refuses the data (e.g. geometric on zeros) ends the use case with 65. */
    public IndexResult compute() {
        IndexResult r = Pipeline.run(framework, loaded.dataset(), settings);
        List<Problem> all = new ArrayList<>(problems.all());
        all.addAll(r.problems());
        if (r.hasErrors()) throw new InputException(InputException.DATA, all);
        failIfStrict(all);
        return r;
    }

    /** The period before, computed with this run's framework and settings; null when there is none. */
    IndexResult computePrevious() {
        PeriodInputs before = loaded.previous();
        return before == null ? null : Pipeline.run(framework, before.dataset(), settings);
    }

    /**
     * The data folder's period {@code earlier} scored on {@code current}'s yardstick
     * (docs/methods.md, change over periods); null when the folder does not hold that period or the
     * method has no common yardstick ({@link Yardstick.Kind#NONE}).
     */
    IndexResult computeOnYardstick(String earlier, IndexResult current) {
        if (Yardstick.of(settings) == Yardstick.Kind.NONE || earlier == null) return null;
        PeriodInputs before = loaded.previous();
        if (before == null || !before.period().equals(earlier)) {
            if (loaded.folder() == null || !loaded.folder().periods().contains(earlier)) return null;
            Problems p = new Problems();
            InputLoader.Loaded b = InputLoader.load(framework, loaded.folder().root(), earlier, null, request.encoding(), false,
                    request.allowEmpty(), p);
            if (p.hasErrors()) return null;
            before = b.period();
        }
        return onYardstick(before, current);
    }

    /** {@code earlier}'s data scored on {@code current}'s yardstick; null without a common yardstick. */
    IndexResult onYardstick(PeriodInputs earlier, IndexResult current) {
        Settings s = Yardstick.forEarlier(settings, current, period());
        return s == null ? null : Pipeline.run(framework.withSettings(s), earlier.dataset(), s);
    }

    /**
     * With --strict, warnings count as errors: the use case stops with 65 before it writes or
     * publishes anything. Use cases call it once more with everything they found before writing.
     */
    public void failIfStrict(List<Problem> all) {
        if (strict && all.stream().anyMatch(p -> p.severity() == Severity.WARNING)) throw InputException.strict(all);
    }

    public String settingsYaml() {
        return settingsYaml(null);
    }

    public String settingsYaml(SensitivitySpec sensitivity) {
        return SettingsWriter.yaml(record, settings, weights, Version.get(), sensitivity);
    }

    /** Reads and checks everything a run needs; a replay request is resolved from its settings file first. */
    public static PreparedRun of(String command, RunRequest given, boolean withPrevious, Reporter reporter) {
        RunRequest req = Replay.resolve(given);
        Framework fw = Frameworks.load(req.frameworkPath(), req.strict(), reporter);
        Problems problems = new Problems();
        Map<String, Double> w = Map.of();
        if (req.weights() != null) {
            w = WeightsOverlay.read(req.weights(), fw, problems);
            if (problems.hasErrors()) throw new InputException(InputException.DATA, problems.all());
            fw = fw.withWeights(w);
        }
        Settings s;
        try {
            s = fw.settings().with(req.set());
        } catch (IllegalArgumentException e) {
            // a replay's settings come from its file: a bad one is the file's error (65), not the command line's
            if (req.settings() != null) throw Replay.badSetting(req, e.getMessage());
            throw new UsageException(Text.of("usage.set", e.getMessage()));
        }
        fw = fw.withSettings(s);
        Path folder = req.indicatorData() != null ? null : Defaults.data(req.data());
        InputLoader.Loaded loaded = InputLoader.load(fw, folder, req.period(), req.indicatorData(), req.encoding(), withPrevious,
                req.allowEmpty(), problems);
        InputLoader.failOnErrors(problems);
        if (s.basePeriod() != null) {
            s = s.withBase(baseBenchmarks(fw, s, loaded, req));
            fw = fw.withSettings(s);
        }
        if (req.strict() && problems.warningCount() > 0) throw InputException.strict(problems.all());
        RunRecord run = new RunRecord(command, RunRecord.FileRef.of(req.frameworkPath()), folder == null ? null : folder.toString(),
                folder == null ? req.period() : loaded.period().period(),
                req.indicatorData() == null ? null : RunRecord.FileRef.of(req.indicatorData()), req.encoding(),
                req.weights() == null ? null : RunRecord.FileRef.of(req.weights()), req.set());
        return new PreparedRun(req, fw, s, loaded, problems, w, run, req.strict());
    }

    /**
     * The base period's benchmarks for comparable mode (docs/methods.md): its data read from the
     * same folder and computed with each pool's own benchmarks. A base of another length is refused.
     */
    private static Benchmarks baseBenchmarks(Framework fw, Settings s, InputLoader.Loaded loaded, RunRequest req) {
        String base = s.basePeriod();
        if (base.isEmpty()) throw new UsageException(Text.of("base.needs-period"));
        if (loaded.folder() == null) throw new UsageException(Text.of("base.needs-folder"));
        DataFolder folder = loaded.folder();
        if (!folder.periods().contains(base)) {
            throw new UsageException(Text.of("base.unknown-period", base, String.join("、", folder.periods())));
        }
        String period = loaded.period().period();
        int bm = DataFolder.months(base);
        int pm = DataFolder.months(period);
        if (bm != pm) {
            throw new InputException(InputException.DATA, List.of(Problem.error(folder.root().resolve(base).toString(), 0, 0, null,
                    Text.of("base.length-differs", base, String.valueOf(bm), period, String.valueOf(pm)))));
        }
        Problems p = new Problems();
        InputLoader.Loaded b = InputLoader.load(fw, folder.root(), base, null, req.encoding(), false, req.allowEmpty(), p);
        InputLoader.failOnErrors(p);
        Settings own = s.withSpec(s.normalise().with(Map.of("benchmarks", "pool")));
        return BaseBenchmarks.of(Pipeline.run(fw.withSettings(own), b.dataset(), own), base);
    }
}
