package io.qqhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.qqhi.analysis.Trace;
import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.input.SourceCells;
import io.qqhi.release.ReleaseVerifier;
import io.qqhi.report.TraceReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Where a number came from: for a leaf, each department figure behind it with file, line, column "
                + "and the cell as written, the formula, adjustments and the normalisation with its benchmarks; for an "
                + "aggregate, its children and weights (docs/formats.md, trace).")
public final class TraceCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "UNIT", descriptionKey = "param.unit", description = "Unit code or name, e.g. HS or 海曙区.")
    String unit;

    @Parameters(index = "1", paramLabel = "NODE", descriptionKey = "param.node", description = "Leaf or aggregate id or name, e.g. C2.1.1 or 清廉民企创建覆盖率.")
    String node;

    @Mixin
    FrameworkOptions fw;
    @Mixin
    DataOptions data;
    @Mixin
    MethodOptions methods;

    @Option(names = "--release", paramLabel = "DIR", description = "A published release (RELEASES/P): recompute it from its "
            + "settings.yaml and say which inputs changed since publication.")
    Path release;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<String> changed = List.of();
        if (release != null) {
            if (methods.settings != null) throw new UsageException(io.qqhi.framework.Text.of("usage.trace-release"));
            changed = ReleaseVerifier.changedInputs(release);
            methods.settings = release.resolve("settings.yaml");
        }
        RunSetup setup = RunSetup.of("trace", fw, data, methods, false, spec.commandLine().getErr());
        IndexResult result = setup.compute();
        UnknownUnit.Place place = UnknownUnit.find(result, unit);
        PoolResult pool = place.pool();
        int u = place.index();
        Framework f = result.framework();
        int n = UnknownUnit.node(f, node);
        if (!pool.active()[n]) {
            throw new UsageException(io.qqhi.framework.Text.of("usage.node-not-in-pool", node, f.poolName(pool.pool()), pool.units().get(u).displayName()));
        }
        io.qqhi.input.DataFolder folder = setup.loaded.folder();
        io.qqhi.input.PeriodInputs inputs = setup.loaded.period();
        Trace t = Trace.of(result, pool, u, n, inputs, folder == null ? null : folder.root(),
                folder == null || inputs == null ? null : folder.surveyFile(inputs.period()), new SourceCells(data.encoding));
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) out.print(TraceReport.json(t, changed));
        else TraceReport.printText(out, t, f.poolName(pool.pool()), changed);
        out.flush();
        return ExitCodes.OK;
    }
}
