package io.qqhi.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real CLI in-process and keeps exit code, stdout and stderr together for assertions. */
public record CliRun(int exitCode, String out, String err) {
    public static CliRun of(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new PrintWriter(o, true), new PrintWriter(e, true), args);
        return new CliRun(code, o.toString(), e.toString());
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
    }
}
