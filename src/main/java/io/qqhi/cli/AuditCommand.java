package io.qqhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.qqhi.analysis.StatisticalAudit;
import io.qqhi.compute.IndexResult;
import io.qqhi.input.SurveyResult;
import io.qqhi.release.AtomicFiles;
import io.qqhi.report.AuditWriter;
import io.qqhi.report.OutputSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Statistical audit (JRC style): indicator statistics, data availability, correlations, Cronbach's "
                + "alpha and PCA per pool; prints the flags and writes the tables to --out.")
public final class AuditCommand implements Callable<Integer> {
    @Mixin
    FrameworkOptions fw;
    @Mixin
    DataOptions data;
    @Mixin
    MethodOptions methods;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out/audit", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunSetup setup = RunSetup.of("audit", fw, data, methods, false, spec.commandLine().getErr());
        IndexResult result = setup.compute();
        StatisticalAudit audit = StatisticalAudit.of(result);
        SurveyResult survey = setup.loaded.period() == null ? null : setup.loaded.period().survey();
        OutputSet files = AuditWriter.files(audit, survey);
        AtomicFiles.write(out, files);
        PrintWriter o = spec.commandLine().getOut();
        if (output.json()) {
            o.print(AuditWriter.json(audit, survey));
        } else {
            AuditWriter.printSummary(o, audit, survey);
            o.println(io.qqhi.framework.Text.of("compute.wrote", String.valueOf(files.size())));
        }
        o.flush();
        return ExitCodes.OK;
    }
}
