package io.qqhi.app;

/** A value the command line or a request gave that the use case cannot use (exit 64). */
public class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
