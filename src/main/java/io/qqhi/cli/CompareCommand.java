package io.qqhi.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.qqhi.analysis.PreviousScores;
import io.qqhi.analysis.RunComparison;
import io.qqhi.analysis.SettingsDiff;
import io.qqhi.framework.Framework;
import io.qqhi.framework.FrameworkLoader;
import io.qqhi.framework.Pool;
import io.qqhi.framework.Problems;
import io.qqhi.release.AtomicFiles;
import io.qqhi.report.OutputSet;
import io.qqhi.report.records.JsonRecords;
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

    @Mixin
    FormatOption output;

    @Mixin
    FrameworkOptions fw;

    @Spec
    CommandSpec spec;

    /** The pools' names from the framework, for the text; the ids when it cannot be read (the runs are what is compared). */
    private Map<String, String> poolNames() {
        Map<String, String> names = new HashMap<>();
        try {
            Framework f = new FrameworkLoader(new Problems()).load(fw.path());
            if (f != null) for (Pool p : f.pools()) names.put(p.id(), p.name());
        } catch (RuntimeException e) {
            // names are a courtesy here
        }
        return names;
    }

    @Override
    public Integer call() {
        PreviousScores x = PreviousScores.read(a);
        PreviousScores y = PreviousScores.read(b);
        String index = x.indexNode() != null ? x.indexNode() : y.indexNode();
        RunComparison c = RunComparison.of(x, y, index);
        List<SettingsDiff.Difference> diff = SettingsDiff.of(a, b);
        if (output.json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("settings_differences", diff);
            m.put("pools", c.pools());
            spec.commandLine().getOut().print(JsonRecords.write(m));
        } else {
            RunComparisonReport.printDifferences(spec.commandLine().getOut(), diff);
            RunComparisonReport.printText(spec.commandLine().getOut(), c, movers, poolNames());
        }
        if (out != null) {
            OutputSet files = new OutputSet();
            String name = OutputSet.safe(out.getFileName().toString().replaceAll("\\.csv$", "")) + ".csv";
            files.excelCsv(name, RunComparisonReport.csv(c));
            AtomicFiles.write(out.toAbsolutePath().getParent(), files);
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
