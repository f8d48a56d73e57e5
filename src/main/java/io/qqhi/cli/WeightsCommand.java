package io.qqhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.qqhi.app.WeightsUseCase;
import io.qqhi.framework.Text;
import io.qqhi.report.records.Json;
import io.qqhi.report.terminal.WeightsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "weights", mixinStandardHelpOptions = true,
        description = "Derive sibling weights (equal, entropy 熵权法, critic, cv 变异系数法, pca, ahp, combined) from a "
                + "pool's normalised data or the framework's AHP matrices; prints them beside the current weights "
                + "and writes a --weights overlay.")
public final class WeightsCommand implements Callable<Integer> {
    @Mixin
    FrameworkOptions fw;
    @Mixin
    DataOptions data;
    @Mixin
    MethodOptions methods;

    @Option(names = {"-m", "--method"}, required = true, paramLabel = "M",
            description = "equal, entropy, critic, cv, pca, ahp or combined.")
    String method;

    @Option(names = "--pool", paramLabel = "POOL", description = "Pool whose data are used (default: the first, districts).")
    String pool;

    @Option(names = "--objective", defaultValue = "entropy", paramLabel = "M",
            description = "combined: the data method blended with the framework's weights (default: ${DEFAULT-VALUE}).")
    String objective;

    @Option(names = "--alpha", defaultValue = "0.5", description = "combined: share of the framework's (subjective) weights (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--multiplicative", description = "combined: w ∝ subjective × objective instead of the blend.")
    boolean multiplicative;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Overlay file (default: out/weights-<method>.yaml).")
    Path out;

    @Mixin
    FormatOption output;

    @Mixin
    QuietOption quietly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        WeightsUseCase.Result r = WeightsUseCase.run(new WeightsUseCase.Request(Requests.of(fw, data, methods), method, pool,
                objective, alpha, multiplicative, out), new ConsoleReporter(spec.commandLine().getErr()));
        PrintWriter o = quietly.out(spec);
        if (output.json()) o.print(Json.records(r.weights()));
        else WeightsReport.printText(o, r.weights());
        if (!output.json()) o.println(Text.of("compute.wrote-file", r.overlay().toString()));
        o.flush();
        return ExitCodes.OK;
    }
}
