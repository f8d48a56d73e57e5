package io.qqhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import io.qqhi.app.CompareUseCase;
import io.qqhi.framework.Text;
import io.qqhi.report.records.Json;
import io.qqhi.report.terminal.RunComparisonReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare two runs' output folders (other settings, weights or methods): rank and score shifts per "
                + "unit, Spearman rank correlation, largest movers.")
public final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "A", descriptionKey = "param.run-a", description = "The first run's output folder.")
    Path a;

    @Parameters(index = "1", paramLabel = "B", descriptionKey = "param.run-b", description = "The second run's output folder.")
    Path b;

    @Option(names = "--movers", defaultValue = "5", paramLabel = "N", description = "Largest movers to show per pool (default: ${DEFAULT-VALUE}).")
    int movers;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Also write every unit's shifts to this CSV.")
    Path out;

    @Option(names = "--verbose", description = "Every setting that differs, not one line per group.")
    boolean verbose;

    @Mixin
    FormatOption output;

    @Mixin
    FrameworkOptions fw;

    @Mixin
    QuietOption quietly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CompareUseCase.Result r = CompareUseCase.run(new CompareUseCase.Request(a, b, fw.framework, out));
        PrintWriter o = quietly.out(spec);
        if (output.json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("settings_differences", r.settings());
            m.put("pools", r.comparison().pools());
            o.print(Json.records(m));
        } else {
            RunComparisonReport.printDifferences(o, r.settings(), verbose);
            RunComparisonReport.printText(o, r.comparison(), movers, r.poolNames());
            if (r.written() != null) o.println(Text.of("compute.wrote-file", r.written().toString()));
        }
        o.flush();
        return ExitCodes.OK;
    }
}
