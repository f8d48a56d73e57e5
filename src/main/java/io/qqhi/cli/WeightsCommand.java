package io.qqhi.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.qqhi.analysis.WeightDerivation;
import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.release.AtomicFiles;
import io.qqhi.report.OutputSet;
import io.qqhi.report.WeightsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!java.util.List.of("equal", "entropy", "critic", "cv", "pca", "ahp", "combined").contains(method)) {
            throw new UsageException(io.qqhi.framework.Text.of("usage.weights-method", method));
        }
        if (!java.util.List.of("equal", "entropy", "critic", "cv", "pca").contains(objective)) {
            throw new UsageException(io.qqhi.framework.Text.of("usage.weights-objective"));
        }
        if (!(alpha >= 0 && alpha <= 1)) throw new UsageException(io.qqhi.framework.Text.of("usage.alpha"));
        RunSetup setup = RunSetup.of("weights", fw, data, methods, false, spec.commandLine().getErr());
        IndexResult result = setup.compute();
        PoolResult p = pool == null ? result.pools().get(0) : result.pool(pool);
        if (p == null) throw new UsageException(io.qqhi.framework.Text.of("usage.no-pool", pool));
        WeightDerivation.Result r = WeightDerivation.derive(setup.framework, p, method, objective, alpha, multiplicative);
        if (output.json()) spec.commandLine().getOut().print(io.qqhi.report.JsonRecords.write(r));
        else WeightsReport.printText(spec.commandLine().getOut(), r);
        Path file = out != null ? out : Path.of("out", "weights-" + method + ".yaml");
        OutputSet files = new OutputSet();
        String name = OutputSet.safe(file.getFileName().toString().replaceAll("\\.ya?ml$", "")) + ".yaml";
        String settings = method.equals("combined") ? " --objective " + objective + " --alpha " + alpha
                + (multiplicative ? " --multiplicative" : "") : "";
        files.text(name, io.qqhi.report.SettingsWriter.overlay(r, settings + " (pool " + p.pool() + ")"));
        Path dir = file.toAbsolutePath().getParent();
        AtomicFiles.write(dir, files);
        if (!output.json()) spec.commandLine().getOut().println(io.qqhi.framework.Text.of("compute.wrote", "1"));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
