package io.qqhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.qqhi.app.SensitivityUseCase;
import io.qqhi.framework.Text;
import io.qqhi.report.records.Json;
import io.qqhi.report.records.SensitivityWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

    @Mixin
    QuietOption quietly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SensitivityUseCase.Overrides o = new SensitivityUseCase.Overrides(mode, runs, seed, noise, weightLevels, weightsByLevel,
                normalisers, aggregators, imputation, leaveOneOut);
        SensitivityUseCase.Result r = SensitivityUseCase.run(new SensitivityUseCase.Request(Requests.of(fw, data, methods), specFile,
                o, threads, out), new ConsoleReporter(spec.commandLine().getErr()));
        PrintWriter w = quietly.out(spec);
        if (output.json()) {
            w.print(r.ua() != null ? Json.records(r.ua()) : Json.records(r.sa()));
        } else {
            if (r.ua() != null) SensitivityWriter.printUa(w, r.ua(), r.poolNames());
            else SensitivityWriter.printSa(w, r.sa());
            w.println(Text.of("compute.wrote", String.valueOf(r.files())));
        }
        w.flush();
        return ExitCodes.OK;
    }
}
