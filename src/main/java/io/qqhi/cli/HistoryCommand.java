package io.qqhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.qqhi.app.HistoryUseCase;
import io.qqhi.framework.Text;
import io.qqhi.report.html.HistoryWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "The index across periods: over every published release of RELEASES (read back, not recomputed), or "
                + "every period of a data folder computed as published; changes measured on each period's own yardstick; writes history.csv, "
                + "improvers.csv (进步榜), spread.csv and history.html (docs/formats.md, history).")
public final class HistoryCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "RELEASES", descriptionKey = "param.releases", description = "A folder of releases (RELEASES/P).")
    Path releases;

    @Option(names = {"-d", "--data"}, paramLabel = "DIR", description = "A data folder: every period is computed (default when "
            + "no RELEASES is given: sample-data).")
    Path data;

    @Option(names = "--base", paramLabel = "P", description = "With a data folder: score every period on this base period's "
            + "benchmarks instead (default: none, each period on its own).")
    String base;

    @Option(names = "--encoding", paramLabel = "ENC", defaultValue = "auto", description = "Encoding of input CSV files (default: ${DEFAULT-VALUE}).")
    String encoding;

    @Option(names = "--allow-mixed", description = "Put periods made with different frameworks or methods on one trend line "
            + "(they are marked).")
    boolean allowMixed;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out/history", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    FrameworkOptions fw;
    @Mixin
    MethodOptions methods;

    @Mixin
    QuietOption quietly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        MethodOptions mo = new MethodOptions();
        mo.set = methods.set;
        mo.weights = methods.weights;
        DataOptions d = new DataOptions();
        d.data = data;
        d.encoding = encoding;
        HistoryUseCase.Result r = HistoryUseCase.run(new HistoryUseCase.Request(Requests.of(fw, d, mo), releases, base, allowMixed,
                out), new ConsoleReporter(spec.commandLine().getErr()));
        PrintWriter o = quietly.out(spec);
        HistoryWriter.printText(o, r.history(), r.poolNames());
        o.println(Text.of("compute.wrote", String.valueOf(r.files())));
        o.flush();
        return ExitCodes.OK;
    }
}
