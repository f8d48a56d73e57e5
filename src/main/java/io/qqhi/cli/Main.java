package io.qqhi.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

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

    /** The test seam: runs one command line, writing to the given streams, and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        quietLibraryLogging();
        try {
            return Cli.commandLine(out, err, args).execute(args);
        } catch (OutOfMemoryError e) {
            err.println("qqhi: out of memory (" + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB allowed); give Java "
                    + "more, e.g. QQHI_JAVA_OPTS=-Xmx8g scripts/qqhi ...");
            err.flush();
            return ExitCodes.INTERNAL;
        }
    }
}
