package io.qqhi.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import io.qqhi.framework.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

@Command(name = "qqhi", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Qing-Qin health index (亲清健康指数): validate inputs, compute scores and rankings, explain them.",
        footer = {"", "Exit codes: 0 ok, 2 data still owed (round status) or items overdue (ledger status), 64 bad command line, 65 bad input data or framework, 66 input missing, "
                + "70 internal error, 73 cannot create output, 74 write error, 75 locked."})
/**
 * The root command alone; {@link QqhiCommandTree} adds the subcommands. Cli registers only the
 * subcommand a command line names, because picocli builds every registered command's model by
 * reflection and building all fourteen took a third of a second of each run.
 */
public class QqhiCommand implements Callable<Integer> {
    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces for errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code qqhi} without a command: the usage on standard error and 64, so a mistyped cron line fails. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        spec.commandLine().usage(err);
        err.println(Text.of("usage.no-command"));
        err.flush();
        return ExitCodes.USAGE;
    }
}
