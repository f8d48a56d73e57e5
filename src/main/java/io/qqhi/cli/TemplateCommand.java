package io.qqhi.cli;

import java.nio.file.Path;
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

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out/templates", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Framework framework = Loading.framework(fw, spec.commandLine().getErr());
        Problems problems = new Problems();
        UnitRegistry reg = new PeriodLoader(framework, new DataFolder(Defaults.data(data)), "auto").registry(problems);
        OutputSet files = TemplateWriter.build(framework, reg.units(), LeafDeriver.itemsNeeded(framework, reg));
        AtomicFiles.write(out, files);
        spec.commandLine().getOut().println("wrote " + files.size() + " template files to " + out);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
