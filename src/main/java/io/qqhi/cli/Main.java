package io.qqhi.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.qqhi.framework.Text;

/** Entry point: {@code java -jar qqhi.jar COMMAND ...}. */
public final class Main {
    private Main() {
    }

    /**
     * POI logs through log4j-api, which without a provider prints an error to standard error: the
     * API's own simple logger, switched off, keeps the terminal for qqhi's messages.
     */
    static void quietLibraryLogging() {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("log4j2.simplelogLevel", "OFF");
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new PrintStream(System.out, false), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new PrintStream(System.err, false), StandardCharsets.UTF_8), true);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Takes {@code --lang zh|en} (anywhere on the line, as every command accepts it) out of the
     * arguments and sets the language of the messages for this run: without it, the environment's
     * (docs/formats.md, language). Null when the value is neither.
     */
    static String[] language(String[] args) {
        List<String> rest = new ArrayList<>();
        String lang = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--lang") && i + 1 < args.length) {
                lang = args[++i];
            } else if (a.startsWith("--lang=")) {
                lang = a.substring("--lang=".length());
            } else {
                rest.add(a);
            }
        }
        if (lang != null && !lang.equals("zh") && !lang.equals("en")) return null;
        Text.use(lang);
        return rest.toArray(new String[0]);
    }

    /** The test seam: runs one command line, writing to the given streams, and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... given) {
        quietLibraryLogging();
        String[] args = language(given);
        if (args == null) {
            err.println("qqhi: " + Text.of("usage.lang"));
            return ExitCodes.USAGE;
        }
        try {
            return Cli.commandLine(out, err, args).execute(args);
        } catch (OutOfMemoryError e) {
            err.println(Text.of("run.out-of-memory", String.valueOf(Runtime.getRuntime().maxMemory() / (1 << 20))));
            err.flush();
            return ExitCodes.INTERNAL;
        }
    }
}
