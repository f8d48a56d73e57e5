package io.qqhi.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.qqhi.app.LeavesUseCase;
import io.qqhi.framework.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

    @Mixin
    QuietOption quietly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LeavesUseCase.Result r = LeavesUseCase.run(new LeavesUseCase.Request(Requests.of(fw, data, new MethodOptions()), out),
                new ConsoleReporter(spec.commandLine().getErr()));
        quietly.out(spec).println(Text.of("compute.wrote-file", r.file().toString()));
        quietly.out(spec).flush();
        return ExitCodes.OK;
    }
}
