package io.qqhi.cli;

import java.io.PrintWriter;
import java.util.Arrays;

import io.qqhi.framework.InputException;
import io.qqhi.framework.OutputException;
import io.qqhi.report.ProblemReport;
import picocli.CommandLine;

/** Builds the configured command line (exit codes, error handlers, streams) for main and tests alike. */
public final class Cli {
    private Cli() {
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine cl = root(args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(ansi()));
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            e.println("qqhi: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, e);
            e.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> handle(ex, commandLine.getErr(), debug));
        return cl;
    }

    /** The root with just the subcommand the arguments name, or with all of them (help, completion, typos). */
    static CommandLine root(String... args) {
        String named = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("");
        if (!named.equals("completion")) {
            for (Class<?> c : QqhiCommandTree.class.getAnnotation(CommandLine.Command.class).subcommands()) {
                if (c.getAnnotation(CommandLine.Command.class).name().equals(named)) {
                    CommandLine cl = new CommandLine(new QqhiCommand());
                    cl.addSubcommand(new CommandLine(c));
                    return cl;
                }
            }
        }
        return new CommandLine(new QqhiCommandTree());
    }

    static CommandLine.Help.Ansi ansi() {
        if (System.getenv("NO_COLOR") != null || System.console() == null) return CommandLine.Help.Ansi.OFF;
        return CommandLine.Help.Ansi.AUTO;
    }

    static int handle(Exception ex, PrintWriter err, boolean debug) {
        if (ex instanceof InputException) {
            InputException ie = (InputException) ex;
            ProblemReport.printText(err, ie.problems(), 200);
            if (debug) ex.printStackTrace(err);
            return ie.exitCode();
        }
        if (ex instanceof OutputException) {
            err.println("qqhi: " + ex.getMessage());
            if (debug) ex.printStackTrace(err);
            return ((OutputException) ex).exitCode();
        }
        if (ex instanceof UsageException) {
            err.println("qqhi: " + ex.getMessage());
            return ExitCodes.USAGE;
        }
        err.println("qqhi: internal error: " + ex + (ex.getStackTrace().length > 0 ? " at " + ex.getStackTrace()[0] : ""));
        err.println("This is a bug in qqhi. Please report it to the qqhi maintainers with the command line and the "
                + "output of the same command with --debug.");
        if (debug) ex.printStackTrace(err);
        err.flush();
        return ExitCodes.INTERNAL;
    }
}
