package io.qqhi.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.qqhi.analysis.UncertaintyAnalysis;
import io.qqhi.framework.Pool;
import io.qqhi.framework.RunRecord;
import io.qqhi.framework.SensitivitySpec;
import io.qqhi.framework.Text;
import io.qqhi.release.AtomicFiles;
import io.qqhi.report.OutputSet;
import io.qqhi.report.html.SensitivityReport;
import io.qqhi.report.records.SensitivityWriter;

/** Uncertainty (ua) or Sobol sensitivity (sa) analysis of the ranks (docs/methods.md, sensitivity). */
public final class SensitivityUseCase {
    private SensitivityUseCase() {
    }

    /** The most replications (ua) or base samples (sa) a run may ask for (docs/formats.md, limits). */
    public static final int MAX_RUNS = 10_000_000;

    /** What the request sets in place of the spec's values; null keeps the spec's. */
    public record Overrides(String mode, Integer runs, Long seed, Double noise, List<Integer> weightLevels,
                            Boolean weightsByLevel, List<String> normalisers, List<String> aggregators, Boolean imputation,
                            Boolean leaveOneOut) {
        public static Overrides none() {
            return new Overrides(null, null, null, null, null, null, null, null, null, null);
        }
    }

    /**
     * @param spec    a YAML file of uncertain inputs, null for the framework's section (or a replayed run's)
     * @param threads null for every core
     */
    public record Request(RunRequest run, Path spec, Overrides overrides, Integer threads, Path out) {
    }

    /** Exactly one of {@code ua} and {@code sa} is set. */
    public record Result(SensitivitySpec spec, UncertaintyAnalysis.UaResult ua, UncertaintyAnalysis.SaResult sa, int files,
                         Map<String, String> poolNames) {
    }

    public static Result run(Request req, Reporter reporter) {
        PreparedRun run = PreparedRun.of("sensitivity", req.run(), false, reporter);
        run.compute();
        // a replayed sensitivity run takes its analysis from the same settings.yaml (its sensitivity section)
        Path replayed = req.run().settings();
        Path specPath = req.spec() == null && replayed != null && hasSensitivitySection(replayed) ? replayed : req.spec();
        SensitivitySpec s = withOverrides(Frameworks.sensitivitySpec(run.framework(), specPath, reporter), req.overrides(), run);
        UncertaintyAnalysis ua = new UncertaintyAnalysis(run.framework(), run.loaded().dataset(), run.settings(), s);
        if (ua.factors().isEmpty()) throw new UsageException(Text.of("usage.nothing-uncertain"));
        int t = req.threads() == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, req.threads());
        OutputSet files = new OutputSet();
        int runs = s.runs();
        String settings = run.settingsYaml(s);
        String title = run.framework().root().displayName();
        UncertaintyAnalysis.UaResult uaResult = null;
        UncertaintyAnalysis.SaResult saResult = null;
        if (s.mode().equals("ua")) {
            Reporter.Tracker progress = reporter.track("progress.ua", runs);
            uaResult = ua.uncertainty(runs, s.seed(), t, progress);
            progress.finish();
            files.excelCsv("uncertainty.csv", SensitivityWriter.uncertainty(uaResult));
            files.excelCsv("rank-frequencies.csv", SensitivityWriter.frequencies(uaResult));
        } else {
            Reporter.Tracker progress = reporter.track("progress.sa", (long) runs * (ua.factors().size() + 2));
            saResult = ua.sensitivity(runs, s.seed(), t, progress);
            progress.finish();
            files.excelCsv("sensitivity.csv", SensitivityWriter.sensitivity(saResult));
        }
        files.text("settings.yaml", settings);
        files.text("sensitivity.html", uaResult != null ? SensitivityReport.uncertainty(title, uaResult, ua.factors(), settings)
                : SensitivityReport.sensitivity(title, saResult, settings));
        AtomicFiles.write(req.out(), files);
        Map<String, String> poolNames = new LinkedHashMap<>();
        for (Pool p : run.framework().pools()) poolNames.put(p.id(), p.name());
        return new Result(s, uaResult, saResult, files.size(), poolNames);
    }

    private static boolean hasSensitivitySection(Path settings) {
        JsonNode record = RunRecord.tree(settings);
        return record != null && record.has("sensitivity");
    }

    /** The spec with every value the request sets in place of its own. */
    private static SensitivitySpec withOverrides(SensitivitySpec s, Overrides o, PreparedRun run) {
        String m = o.mode() != null ? o.mode() : s.mode();
        if (!m.equals("ua") && !m.equals("sa")) throw new UsageException(Text.of("usage.mode"));
        int r = o.runs() != null ? o.runs() : s.runs();
        if (r < 2 || r > MAX_RUNS) throw new UsageException(Text.of("usage.runs", String.valueOf(MAX_RUNS)));
        double x = o.noise() != null ? o.noise() : s.weightsNoise();
        if (!(x >= 0 && x < 1)) throw new UsageException(Text.of("usage.noise"));
        List<Integer> levels = o.weightLevels() != null ? o.weightLevels() : s.weightLevels();
        int depth = run.framework().shape().length;
        for (int l : levels) if (l < 1 || l > depth) throw new UsageException(Text.of("usage.levels", String.valueOf(depth)));
        List<String> ns = o.normalisers() != null ? o.normalisers() : s.normalisers();
        List<String> as = o.aggregators() != null ? o.aggregators() : s.aggregators();
        for (String n : ns) checked("normalise.method", n, run);
        for (String a : as) checked("aggregate.method", a, run);
        return new SensitivitySpec(m, r, o.seed() != null ? o.seed() : s.seed(), x, levels,
                o.weightsByLevel() != null ? o.weightsByLevel() : s.weightsByLevel(), s.weightSets(), ns, as,
                o.imputation() != null ? o.imputation() : s.imputation(), o.leaveOneOut() != null ? o.leaveOneOut() : s.leaveOneOut());
    }

    private static void checked(String key, String method, PreparedRun run) {
        try {
            run.settings().with(key, method);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
