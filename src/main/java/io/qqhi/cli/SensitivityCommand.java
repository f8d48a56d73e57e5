package io.qqhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.qqhi.analysis.UncertaintyAnalysis;
import io.qqhi.release.AtomicFiles;
import io.qqhi.report.OutputSet;
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

    @Option(names = "--mode", defaultValue = "ua", description = "ua or sa (default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = {"-n", "--runs"}, defaultValue = "1000", description = "ua: replications; sa: base sample N (N·(d+2) runs) (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Threads (default: every core).")
    Integer threads;

    @Option(names = "--weights-noise", defaultValue = "0.25", paramLabel = "X",
            description = "Weights × U(1 − X, 1 + X), one factor per level; 0 keeps them (default: ${DEFAULT-VALUE}).")
    double noise;

    @Option(names = "--normalisers", split = ",", defaultValue = "minmax,zscore", paramLabel = "M,…",
            description = "Normalisation methods to choose from (default: ${DEFAULT-VALUE}).")
    List<String> normalisers;

    @Option(names = "--aggregators", split = ",", paramLabel = "M,…", description = "Aggregation methods to choose from.")
    List<String> aggregators = List.of();

    @Option(names = "--imputation", description = "Also vary imputation: none or mean.")
    boolean imputation;

    @Option(names = "--leave-one-out", description = "Also leave one leaf out (or none).")
    boolean leaveOneOut;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out/sensitivity", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!mode.equals("ua") && !mode.equals("sa")) throw new UsageException("--mode must be ua or sa");
        if (runs < 2) throw new UsageException("--runs must be at least 2");
        if (!(noise >= 0 && noise < 1)) throw new UsageException("--weights-noise must be from 0 to below 1");
        PrintWriter err = spec.commandLine().getErr();
        RunSetup setup = RunSetup.of(fw, data, methods, false, err);
        setup.compute();
        for (String m : normalisers) checked("normalise.method", m, setup);
        for (String m : aggregators) checked("aggregate.method", m, setup);
        UncertaintyAnalysis ua = new UncertaintyAnalysis(setup.framework, setup.loaded.dataset(), setup.settings,
                new UncertaintyAnalysis.Spec(noise, normalisers, aggregators, imputation, leaveOneOut), seed);
        if (ua.factors().isEmpty()) throw new UsageException("nothing is uncertain: give --weights-noise, several --normalisers, …");
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
        PrintWriter o = spec.commandLine().getOut();
        OutputSet files = new OutputSet();
        boolean tty = System.console() != null;
        if (mode.equals("ua")) {
            int step = Math.max(1, runs / 20);
            UncertaintyAnalysis.UaResult r = ua.uncertainty(runs, seed, t, done -> {
                if (tty && done % step == 0) {
                    err.print("\r" + done + "/" + runs);
                    err.flush();
                }
            });
            if (tty) err.println();
            files.excelCsv("uncertainty.csv", SensitivityWriter.uncertainty(r));
            files.excelCsv("rank-frequencies.csv", SensitivityWriter.frequencies(r));
            SensitivityWriter.printUa(o, r);
        } else {
            UncertaintyAnalysis.SaResult r = ua.sensitivity(runs, seed, t);
            files.excelCsv("sensitivity.csv", SensitivityWriter.sensitivity(r));
            SensitivityWriter.printSa(o, r);
        }
        files.text("settings.yaml", setup.settingsYaml() + "sensitivity: {mode: " + mode + ", runs: " + runs + ", seed: " + seed
                + ", threads: " + t + ", weights_noise: " + noise + ", normalisers: " + normalisers + ", aggregators: "
                + aggregators + ", imputation: " + imputation + ", leave_one_out: " + leaveOneOut + "}\n");
        AtomicFiles.write(out, files);
        o.println("wrote " + files.size() + " files to " + out);
        o.flush();
        return ExitCodes.OK;
    }

    private static void checked(String key, String method, RunSetup setup) {
        try {
            setup.settings.with(key, method);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
