package io.qqhi.cli;

/** A command-line value that picocli accepted but the command cannot use (exit 64). */
public class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
