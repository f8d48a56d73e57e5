package io.qqhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.qqhi.app.ReleaseUseCase;
import io.qqhi.framework.Text;
import io.qqhi.input.DataFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "release", mixinStandardHelpOptions = true,
        description = "Validate, compute and publish a period's release into RELEASES/P for cron: atomic, locked, never "
                + "overwriting without --force, RELEASES/latest updated, manifest with checksums.")
public final class ReleaseCommand implements Callable<Integer> {
    @Mixin
    FrameworkOptions fw;
    @Mixin
    DataOptions data;
    @Mixin
    MethodOptions methods;

    @Option(names = {"-o", "--out"}, paramLabel = "RELEASES", defaultValue = "releases",
            description = "Releases folder (default: ${DEFAULT-VALUE}).")
    Path releases;

    @Option(names = "--previous", paramLabel = "DIR",
            description = "Release to compare with (default: the newest earlier period in RELEASES, else the data folder's).")
    Path previous;

    @Option(names = "--force", description = "Replace an existing release of the period (the old one is kept aside).")
    boolean force;

    @Option(names = "--keep", paramLabel = "N", defaultValue = "3",
            description = "With --force: replaced releases of the period kept aside; older ones are deleted (default: ${DEFAULT-VALUE}).")
    int keep;

    @Option(names = "--accept-flags", paramLabel = "REASON",
            description = "Publish a period whose collection round has unconfirmed flagged figures, saying why (recorded in the manifest).")
    String acceptFlags;

    @Mixin
    IssueOptions issue;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ReleaseUseCase.Result r = ReleaseUseCase.run(new ReleaseUseCase.Request(Requests.of(fw, data, methods), releases, previous,
                force, keep, acceptFlags, issue.issue()), new ConsoleReporter(err));
        if (quiet) return ExitCodes.OK;
        PrintWriter o = spec.commandLine().getOut();
        if (!r.published()) {
            o.println(Text.of("release.unchanged", DataFolder.labelFor(r.period())));
        } else {
            if (r.warnings() > 0) err.println(Text.of("compute.warnings", String.valueOf(r.warnings())));
            o.println(Text.of("release.published", DataFolder.labelFor(r.period()), String.valueOf(r.files()))
                    + (r.compared() == null ? "" : Text.of("release.compared", DataFolder.labelFor(r.compared()))));
        }
        o.flush();
        return ExitCodes.OK;
    }
}
