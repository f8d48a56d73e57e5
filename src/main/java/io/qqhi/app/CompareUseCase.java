package io.qqhi.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.qqhi.analysis.PreviousScores;
import io.qqhi.analysis.RunComparison;
import io.qqhi.analysis.SettingsDiff;
import io.qqhi.framework.Framework;
import io.qqhi.framework.FrameworkLoader;
import io.qqhi.framework.Pool;
import io.qqhi.framework.Problems;
import io.qqhi.release.AtomicFiles;
import io.qqhi.report.OutputSet;
import io.qqhi.report.terminal.RunComparisonReport;

/** Two runs' output folders side by side: rank and score shifts, rank correlation, what their settings differ in. */
public final class CompareUseCase {
    private CompareUseCase() {
    }

    /** @param out a CSV of every unit's shifts, null for none */
    public record Request(Path a, Path b, Path framework, Path out) {
    }

    /** @param poolNames the pools' names from the framework; empty when it cannot be read (ids are shown) */
    public record Result(RunComparison comparison, List<SettingsDiff.Difference> settings, Map<String, String> poolNames,
                         Path written) {
    }

    public static Result run(Request req) {
        PreviousScores x = PreviousScores.read(req.a());
        PreviousScores y = PreviousScores.read(req.b());
        String index = x.indexNode() != null ? x.indexNode() : y.indexNode();
        RunComparison c = RunComparison.of(x, y, index);
        List<SettingsDiff.Difference> diff = SettingsDiff.of(req.a(), req.b());
        Path written = null;
        if (req.out() != null) {
            OutputSet files = new OutputSet();
            String name = OutputSet.safe(req.out().getFileName().toString().replaceAll("\\.csv$", "")) + ".csv";
            files.excelCsv(name, RunComparisonReport.csv(c));
            Path dir = req.out().toAbsolutePath().getParent();
            AtomicFiles.write(dir, files);
            written = dir.resolve(name);
        }
        return new Result(c, diff, poolNames(req.framework()), written);
    }

    /** The pools' names, a courtesy: the runs are what is compared, so a framework that cannot be read gives none. */
    private static Map<String, String> poolNames(Path framework) {
        Map<String, String> names = new HashMap<>();
        try {
            Framework f = new FrameworkLoader(new Problems()).load(Defaults.framework(framework));
            if (f != null) for (Pool p : f.pools()) names.put(p.id(), p.name());
        } catch (RuntimeException e) {
            // names are a courtesy here
        }
        return names;
    }
}
