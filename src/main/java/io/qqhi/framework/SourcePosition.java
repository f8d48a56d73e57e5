package io.qqhi.framework;

/** Where something was written: file, 1-based line and column (0 = unknown). */
public record SourcePosition(String file, int line, int column) {
    public static SourcePosition unknown(String file) {
        return new SourcePosition(file, 0, 0);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
