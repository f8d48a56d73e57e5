package io.qqhi.framework;

import java.util.List;

/**
 * A user's input cannot be used; carries every problem found and the exit code that fits
 * (65 bad data, 66 missing or unreadable file). Never a bug: the CLI prints the problems, no stack trace.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public static final int DATA = 65;
    public static final int NO_INPUT = 66;

    private final transient List<Problem> problems;
    private final int exitCode;
    private final boolean strict;

    public InputException(int exitCode, List<Problem> problems) {
        this(exitCode, problems, false);
    }

    private InputException(int exitCode, List<Problem> problems, boolean strict) {
        super(problems.isEmpty() ? "bad input" : problems.get(0).format());
        this.problems = List.copyOf(problems);
        this.exitCode = exitCode;
        this.strict = strict;
    }

    /** A run stopped by --strict: its warnings count as errors (exit 65, nothing written). */
    public static InputException strict(List<Problem> problems) {
        return new InputException(DATA, problems, true);
    }

    /** Whether --strict stopped the run because of warnings. */
    public boolean isStrict() {
        return strict;
    }

    public static InputException of(int exitCode, Problem p) {
        return new InputException(exitCode, List.of(p));
    }

    public static InputException missingFile(String file, String message) {
        return of(NO_INPUT, Problem.error(file, 0, 0, null, message));
    }

    public List<Problem> problems() {
        return problems;
    }

    public int exitCode() {
        return exitCode;
    }
}
