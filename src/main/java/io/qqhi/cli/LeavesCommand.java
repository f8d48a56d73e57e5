package io.qqhi.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.qqhi.release.AtomicFiles;
import io.qqhi.report.LeavesWriter;
import io.qqhi.report.OutputSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "leaves", mixinStandardHelpOptions = true,
        description = "Write the leaf values derived from a period's departmental data and survey (the "
                + "--indicator-data format), for recomputing, auditing or sharing.")
public final class LeavesCommand implements Callable<Integer> {
    @Mixin
    FrameworkOptions fw;
    @Mixin
    DataOptions data;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", defaultValue = "out/leaves.csv",
            description = "Output file (default: ${DEFAULT-VALUE}).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunSetup setup = RunSetup.of("leaves", fw, data, new MethodOptions(), false, spec.commandLine().getErr());
        OutputSet files = new OutputSet();
        String name = out.getFileName().toString();
        files.stream(OutputSet.safe(name.replaceAll("\\.csv$", "")) + ".csv", w -> LeavesWriter.csv(setup.loaded.dataset(), w));
        Path dir = out.toAbsolutePath().getParent();
        AtomicFiles.write(dir, files);
        spec.commandLine().getOut().println(io.qqhi.framework.Text.of("compute.wrote", "1"));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
