package io.qqhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.qqhi.app.WhatIfUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = "Write whatif.html: an offline page that recomputes scores, ranks and tiers as weights are moved "
                + "(docs/formats.md, whatif.html).")
public final class WhatifCommand implements Callable<Integer> {
    @Mixin
    FrameworkOptions fw;
    @Mixin
    DataOptions data;
    @Mixin
    MethodOptions methods;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    QuietOption quietly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        WhatIfUseCase.Result r = WhatIfUseCase.run(new WhatIfUseCase.Request(Requests.of(fw, data, methods), out),
                new ConsoleReporter(spec.commandLine().getErr()));
        PrintWriter o = quietly.out(spec);
        o.println(r.file());
        o.flush();
        return ExitCodes.OK;
    }
}
