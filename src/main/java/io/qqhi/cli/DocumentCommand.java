package io.qqhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.qqhi.app.DocumentUseCase.Kind;
import io.qqhi.app.DocumentUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "document", mixinStandardHelpOptions = true,
        description = "Write one Word document of a period: the bulletin (通报; --public for the public version), the "
                + "evaluation report (评价报告), the one-page brief to the leaders (专报), or the feedback letter (点对点反馈) of one place, as release makes them "
                + "(docs/formats.md, documents).")
public final class DocumentCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "KIND", descriptionKey = "param.kind", description = "bulletin, report, brief or letter.")
    Kind kind;

    @Parameters(index = "1", arity = "0..1", paramLabel = "UNIT", descriptionKey = "param.letter-unit", description = "For a letter: the place's code or name.")
    String unit;

    @Mixin
    FrameworkOptions fw;
    @Mixin
    DataOptions data;
    @Mixin
    MethodOptions methods;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    PreviousOptions previous;

    @Option(names = "--public", description = "The bulletin's public version: ranks and tiers only as the framework's "
            + "publication section allows, the lists as counts.")
    boolean publicVersion;

    @Mixin
    QuietOption quietly;

    @Mixin
    IssueOptions issue;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DocumentUseCase.Result r = DocumentUseCase.run(new DocumentUseCase.Request(Requests.of(fw, data, methods), kind, unit,
                publicVersion, out, previous.dir, previous.none, issue.issue()), new ConsoleReporter(spec.commandLine().getErr()));
        PrintWriter o = quietly.out(spec);
        o.println(r.file());
        o.flush();
        return ExitCodes.OK;
    }
}
