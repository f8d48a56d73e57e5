package io.qqhi.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.qqhi.framework.Framework;
import io.qqhi.framework.Problems;
import io.qqhi.input.DataFolder;
import io.qqhi.input.LeafDeriver;
import io.qqhi.input.PeriodLoader;
import io.qqhi.input.UnitRegistry;
import io.qqhi.release.AtomicFiles;
import io.qqhi.report.OutputSet;
import io.qqhi.report.TemplateWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Framework framework = Loading.framework(fw, spec.commandLine().getErr());
        Problems problems = new Problems();
        DataFolder folder = new DataFolder(Defaults.data(data));
        UnitRegistry reg = new PeriodLoader(framework, folder, "auto").registry(problems);
        String p = period;
        if (p == null) {
            List<String> periods = folder.periods();
            if (periods.isEmpty()) throw new UsageException(io.qqhi.framework.Text.of("template.needs-period"));
            p = DataFolder.next(periods.get(periods.size() - 1));
        }
        if (!DataFolder.PERIOD.matcher(p).matches()) throw new UsageException(io.qqhi.framework.Text.of("template.bad-period", p));
        OutputSet files = TemplateWriter.build(framework, reg.units(), LeafDeriver.itemsNeeded(framework, reg), p);
        AtomicFiles.write(out, files);
        spec.commandLine().getOut().println(io.qqhi.framework.Text.of("template.wrote", String.valueOf(files.size()), DataFolder.labelFor(p)));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
