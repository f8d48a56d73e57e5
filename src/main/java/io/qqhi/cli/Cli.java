package io.qqhi.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import io.qqhi.app.UsageException;
import io.qqhi.framework.InputException;
import io.qqhi.framework.MethodCatalog;
import io.qqhi.framework.OutputException;
import io.qqhi.framework.Text;
import io.qqhi.report.terminal.ProblemReport;
import picocli.CommandLine;

/** Builds the configured command line (exit codes, error handlers, streams) for main and tests alike. */
public final class Cli {
    private Cli() {
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine cl = root(args);
        if (printsHelp(cl, args)) {
            // --set's help lists the methods the registry has (plug-ins' included)
            System.setProperty("qqhi.methods", methodList());
            cl.setResourceBundle(ResourceBundle.getBundle("io.qqhi.cli.Messages", Text.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(ansi()));
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            List<String> lines = UsageMessages.of(ex);
            e.println("qqhi: " + lines.get(0));
            for (String l : lines.subList(1, lines.size())) e.println(l);
            if (debug) e.println(ex.getMessage());
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> handle(ex, commandLine.getErr(), debug));
        return cl;
    }

    /**
     * Every subcommand by name, as {@link QqhiCommandTree} lists them (a test keeps the two equal):
     * finding the named one here spares parsing the tree's annotation, which loads every command class.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands(ValidateCommand.class, TreeCommand.class,
            ComputeCommand.class, ExplainCommand.class, TargetCommand.class, TraceCommand.class, HistoryCommand.class, ShortboardsCommand.class, AuditCommand.class, WeightsCommand.class,
            CompareCommand.class, SensitivityCommand.class, ReleaseCommand.class, DocumentCommand.class, VerifyCommand.class, LeavesCommand.class,
            TemplateCommand.class, RoundCommand.class, LedgerCommand.class, CasesCommand.class, WhatifCommand.class, CompletionCommand.class);

    private static Map<String, Class<?>> subcommands(Class<?>... classes) {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        for (Class<?> c : classes) {
            String simple = c.getSimpleName();
            m.put(simple.substring(0, 1).toLowerCase(Locale.ROOT) + simple.substring(1, simple.length() - "Command".length()), c);
        }
        return m;
    }

    /** The root with just the subcommand the arguments name, or with all of them (help, completion, typos). */
    static CommandLine root(String... args) {
        String named = "";
        for (String a : args) {
            if (!a.startsWith("-")) {
                named = a;
                break;
            }
        }
        Class<?> c = named.equals("completion") ? null : SUBCOMMANDS.get(named);
        if (c == null && args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return new CommandLine(new QqhiCommand());
        }
        if (c == null) return new CommandLine(new QqhiCommandTree());
        CommandLine cl = new CommandLine(new QqhiCommand());
        cl.addSubcommand(new CommandLine(c));
        return cl;
    }

    /**
     * The help texts' translations (Messages_zh for a Chinese locale), loaded only for a command line
     * that can print help: looking a bundle up costs a run ~15 ms.
     */
    private static boolean printsHelp(CommandLine cl, String... args) {
        if (cl.getSubcommands().size() != 1) return true;
        for (String a : args) if (a.equals("-h") || a.equals("--help") || a.equals("help")) return true;
        return false;
    }

    /** normalise.method = minmax, zscore, …; aggregate.method = …: every step's methods, from the registry. */
    static String methodList() {
        List<String> steps = new ArrayList<>();
        for (MethodCatalog.Step step : MethodCatalog.Step.values()) {
            steps.add(step.key + ".method = " + String.join(", ", MethodCatalog.methods(step).keySet()));
        }
        return String.join("; ", steps);
    }

    static CommandLine.Help.Ansi ansi() {
        if (System.getenv("NO_COLOR") != null || System.console() == null) return CommandLine.Help.Ansi.OFF;
        return CommandLine.Help.Ansi.AUTO;
    }

    static int handle(Exception ex, PrintWriter err, boolean debug) {
        if (ex instanceof InputException) {
            InputException ie = (InputException) ex;
            ProblemReport.printFailure(err, ie.problems(), ie.isStrict());
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
        err.println(Text.of("run.internal", ex + (ex.getStackTrace().length > 0 ? " at " + ex.getStackTrace()[0] : "")));
        if (debug) ex.printStackTrace(err);
        err.flush();
        return ExitCodes.INTERNAL;
    }
}
