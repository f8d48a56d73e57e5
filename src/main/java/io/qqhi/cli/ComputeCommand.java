package io.qqhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.qqhi.analysis.PeriodComparison;
import io.qqhi.app.ComputeUseCase;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Severity;
import io.qqhi.framework.Text;
import io.qqhi.input.DataFolder;
import io.qqhi.report.records.RankingsWriter;
import io.qqhi.report.terminal.ProblemReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "compute", mixinStandardHelpOptions = true,
        description = "Compute scores, ranks and tiers for every pool and write them to --out.")
public final class ComputeCommand implements Callable<Integer> {
    @Mixin
    FrameworkOptions fw;
    @Mixin
    DataOptions data;
    @Mixin
    MethodOptions methods;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--top", paramLabel = "N", defaultValue = "0", description = "Show only the top N of each pool on the terminal (0 = all).")
    int top;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Mixin
    PreviousOptions previous;

    @Option(names = "--no-lists", description = "Scores, ranks and tiers only: no lists (rectification.csv, "
            + "promotion.csv, watchlist.csv, guides.csv, rectification-followup.csv, lists/, units/*.md). For national-scale runs "
            + "that need the index, not 40,000 places' lists.")
    boolean noLists;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ComputeUseCase.Result r = ComputeUseCase.run(new ComputeUseCase.Request(Requests.of(fw, data, methods), out,
                previous.dir, previous.none, !noLists), new ConsoleReporter(err));
        if (!quiet) {
            List<Problem> warnings = r.problems().stream().filter(p -> p.severity() == Severity.WARNING).toList();
            if (!warnings.isEmpty()) {
                ProblemReport.printText(err, warnings, 10);
                err.println(Text.of("compute.warnings", Integer.toString(warnings.size())));
            }
            PrintWriter o = spec.commandLine().getOut();
            PeriodComparison c = r.lists().comparison();
            if (output.json()) {
                o.print(RankingsWriter.json(r.index(), c == null ? Map.of() : c.indexRows(), r.period(),
                        c == null ? null : c.previousLabel(), r.problems(), r.files().names()));
                o.flush();
                err.flush();
                return ExitCodes.OK;
            }
            RankingsWriter.printTable(o, r.index(), top, c == null ? Map.of() : c.indexRows(), r.run().notice());
            // an empty 等次 column says why on the screen, not only in problems.csv
            r.problems().stream().filter(p -> "tiers.scale-mismatch".equals(p.code())).findFirst()
                    .ifPresent(p -> o.println(Text.of("compute.no-tiers", p.message())));
            if (c != null) o.println(Text.of("compute.moves", DataFolder.labelFor(c.previousLabel())));
            o.println();
            o.println(Text.of("compute.wrote", Integer.toString(r.files().size())));
            o.flush();
        }
        err.flush();
        return ExitCodes.OK;
    }
}
