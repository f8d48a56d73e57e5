package io.qqhi.framework;

/** Output cannot be written: 73 (cannot create the output) or 74 (I/O error while writing). */
public class OutputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public static final int CANT_CREATE = 73;
    public static final int IO_ERROR = 74;
    private final int exitCode;

    public OutputException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
