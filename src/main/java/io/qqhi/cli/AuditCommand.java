package io.qqhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.qqhi.app.AuditUseCase;
import io.qqhi.framework.Text;
import io.qqhi.report.records.AuditWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

    @Mixin
    QuietOption quietly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AuditUseCase.Result r = AuditUseCase.run(new AuditUseCase.Request(Requests.of(fw, data, methods), out),
                new ConsoleReporter(spec.commandLine().getErr()));
        PrintWriter o = quietly.out(spec);
        if (output.json()) {
            o.print(AuditWriter.json(r.audit(), r.survey()));
        } else {
            AuditWriter.printSummary(o, r.audit(), r.survey());
            o.println(Text.of("compute.wrote", String.valueOf(r.files())));
        }
        o.flush();
        return ExitCodes.OK;
    }
}
