package io.qqhi.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.qqhi.app.TemplateUseCase;
import io.qqhi.framework.Text;
import io.qqhi.input.DataFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Write per-department data-collection templates (CSV and XLSX) listing the units and items each "
                + "department must fill.")
public final class TemplateCommand implements Callable<Integer> {
    @Mixin
    FrameworkOptions fw;

    @Option(names = {"-d", "--data"}, paramLabel = "DIR", description = "Data folder whose units.csv lists the units (default: sample-data).")
    Path data;

    @Option(names = {"-p", "--period"}, paramLabel = "P", description = "The period the templates collect (default: the one after "
            + "the data folder's newest).")
    String period;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out/templates", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    QuietOption quietly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TemplateUseCase.Result r = TemplateUseCase.run(new TemplateUseCase.Request(fw.framework, fw.strict, data, period, out),
                new ConsoleReporter(spec.commandLine().getErr()));
        quietly.out(spec).println(Text.of("template.wrote", String.valueOf(r.files()), DataFolder.labelFor(r.period())));
        quietly.out(spec).flush();
        return ExitCodes.OK;
    }
}
