package io.qqhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.qqhi.analysis.UncertaintyAnalysis;
import io.qqhi.framework.SensitivitySpec;
import io.qqhi.release.AtomicFiles;
import io.qqhi.report.OutputSet;
import io.qqhi.report.SensitivityReport;
import io.qqhi.report.SensitivityWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = "Uncertainty (ua: rank intervals over N replications) or sensitivity (sa: Sobol indices, Saltelli "
                + "design) of the ranks to weights, normalisation, aggregation, imputation and leaving a leaf out.")
public final class SensitivityCommand implements Callable<Integer> {
    @Mixin
    FrameworkOptions fw;
    @Mixin
    DataOptions data;
    @Mixin
    MethodOptions methods;

    @Option(names = "--spec", paramLabel = "FILE",
            description = "YAML with the uncertain inputs (keys of the framework's sensitivity: section); default: that section.")
    Path specFile;

    @Option(names = "--mode", description = "ua or sa (default: ua).")
    String mode;

    @Option(names = {"-n", "--runs"}, description = "ua: replications; sa: base sample N (N·(d+2) runs) (default: 1000).")
    Integer runs;

    @Option(names = "--seed", description = "Random seed (default: 1).")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Threads (default: every core).")
    Integer threads;

    @Option(names = "--weights-noise", paramLabel = "X", description = "Weights × U(1 − X, 1 + X); 0 keeps them (default: 0.25).")
    Double noise;

    @Option(names = "--weight-levels", split = ",", paramLabel = "L,…", description = "Levels whose weights vary (default: all).")
    List<Integer> weightLevels;

    @Option(names = "--weights-by-level", negatable = true, description = "One uncertain input per level instead of one for all weights.")
    Boolean weightsByLevel;

    @Option(names = "--normalisers", split = ",", paramLabel = "M,…",
            description = "Normalisation methods to choose from beside the framework's own, put on its score scale (default: prank).")
    List<String> normalisers;

    @Option(names = "--aggregators", split = ",", paramLabel = "M,…", description = "Aggregation methods to choose from.")
    List<String> aggregators;

    @Option(names = "--imputation", negatable = true, description = "Also vary imputation: none or the one in force.")
    Boolean imputation;

    @Option(names = "--leave-one-out", negatable = true, description = "Also leave one leaf out (or none).")
    Boolean leaveOneOut;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out/sensitivity", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        RunSetup setup = RunSetup.of("sensitivity", fw, data, methods, false, err);
        setup.compute();
        // a replayed sensitivity run takes its analysis from the same settings.yaml (its sensitivity section)
        Path specPath = specFile == null && methods.settings != null && hasSensitivitySection(methods.settings) ? methods.settings : specFile;
        SensitivitySpec s = withOptions(Loading.sensitivitySpec(setup.framework, specPath, err), setup);
        UncertaintyAnalysis ua = new UncertaintyAnalysis(setup.framework, setup.loaded.dataset(), setup.settings, s);
        if (ua.factors().isEmpty()) throw new UsageException(io.qqhi.framework.Text.of("usage.nothing-uncertain"));
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
        PrintWriter o = spec.commandLine().getOut();
        OutputSet files = new OutputSet();
        int runs = s.runs();
        UncertaintyAnalysis.UaResult uaResult = null;
        UncertaintyAnalysis.SaResult saResult = null;
        if (s.mode().equals("ua")) {
            Progress progress = Progress.of(err, io.qqhi.framework.Text.of("progress.ua"), runs);
            UncertaintyAnalysis.UaResult r = ua.uncertainty(runs, s.seed(), t, progress);
            progress.finish();
            files.excelCsv("uncertainty.csv", SensitivityWriter.uncertainty(r));
            files.excelCsv("rank-frequencies.csv", SensitivityWriter.frequencies(r));
            if (output.json()) o.print(io.qqhi.report.JsonRecords.write(r));
            else SensitivityWriter.printUa(o, r);
            uaResult = r;
        } else {
            Progress progress = Progress.of(err, io.qqhi.framework.Text.of("progress.sa"), (long) runs * (ua.factors().size() + 2));
            UncertaintyAnalysis.SaResult r = ua.sensitivity(runs, s.seed(), t, progress);
            progress.finish();
            files.excelCsv("sensitivity.csv", SensitivityWriter.sensitivity(r));
            if (output.json()) o.print(io.qqhi.report.JsonRecords.write(r));
            else SensitivityWriter.printSa(o, r);
            saResult = r;
        }
        String settings = setup.settingsYaml(s);
        files.text("settings.yaml", settings);
        String title = setup.framework.root().displayName();
        files.text("sensitivity.html", uaResult != null ? SensitivityReport.uncertainty(title, uaResult, ua.factors(), settings)
                : SensitivityReport.sensitivity(title, saResult, settings));
        AtomicFiles.write(out, files);
        if (!output.json()) o.println(io.qqhi.framework.Text.of("compute.wrote", String.valueOf(files.size())));
        o.flush();
        return ExitCodes.OK;
    }

    private static boolean hasSensitivitySection(Path settings) {
        try {
            return java.nio.file.Files.readAllLines(settings, java.nio.charset.StandardCharsets.UTF_8).stream()
                    .anyMatch(l -> l.startsWith("sensitivity:"));
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    /** The most replications (ua) or base samples (sa) a run may ask for (docs/formats.md, limits). */
    static final int MAX_RUNS = 10_000_000;

    /** The spec with every option given on the command line in place of its value. */
    private SensitivitySpec withOptions(SensitivitySpec s, RunSetup setup) {
        String m = mode != null ? mode : s.mode();
        if (!m.equals("ua") && !m.equals("sa")) throw new UsageException(io.qqhi.framework.Text.of("usage.mode"));
        int r = runs != null ? runs : s.runs();
        if (r < 2 || r > MAX_RUNS) {
            throw new UsageException(io.qqhi.framework.Text.of("usage.runs", String.valueOf(MAX_RUNS)));
        }
        double x = noise != null ? noise : s.weightsNoise();
        if (!(x >= 0 && x < 1)) throw new UsageException(io.qqhi.framework.Text.of("usage.noise"));
        List<Integer> levels = weightLevels != null ? weightLevels : s.weightLevels();
        int depth = setup.framework.shape().length;
        for (int l : levels) if (l < 1 || l > depth) throw new UsageException(io.qqhi.framework.Text.of("usage.levels", String.valueOf(depth)));
        List<String> ns = normalisers != null ? normalisers : s.normalisers();
        List<String> as = aggregators != null ? aggregators : s.aggregators();
        for (String n : ns) checked("normalise.method", n, setup);
        for (String a : as) checked("aggregate.method", a, setup);
        return new SensitivitySpec(m, r, seed != null ? seed : s.seed(), x, levels,
                weightsByLevel != null ? weightsByLevel : s.weightsByLevel(), s.weightSets(), ns, as,
                imputation != null ? imputation : s.imputation(), leaveOneOut != null ? leaveOneOut : s.leaveOneOut());
    }

    private static void checked(String key, String method, RunSetup setup) {
        try {
            setup.settings.with(key, method);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
