package io.qqhi.framework;

/**
 * One thing wrong with an input, located as precisely as the input allows: file, line and column
 * (1-based, 0 when unknown), and the unit and node (indicator, item) it concerns, when known.
 */
public record Problem(Severity severity, String file, int line, int column,
                      String unit, String node, String message, String code) {

    /** A problem without a code (its message is the only name it has). */
    public Problem(Severity severity, String file, int line, int column, String unit, String node, String message) {
        this(severity, file, line, column, unit, node, message, null);
    }

    /**
     * A problem whose message comes from the message bundle ({@link Text}); the key is its code, stable
     * across languages, for scripts and tests.
     */
    public static Problem coded(Severity severity, String file, int line, int column, String unit, String node,
                                String code, Object... args) {
        return new Problem(severity, file, line, column, unit, node, Text.of(code, args), code);
    }

    public static Problem error(String file, int line, int column, String node, String message) {
        return new Problem(Severity.ERROR, file, line, column, null, node, message);
    }

    public static Problem warning(String file, int line, int column, String node, String message) {
        return new Problem(Severity.WARNING, file, line, column, null, node, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Problem withSeverity(Severity s) {
        return new Problem(s, file, line, column, unit, node, message, code);
    }


    /** {@code file:line:column: severity: [unit] [node] message}, the form editors and grep understand. */
    public String format() {
        StringBuilder b = new StringBuilder();
        if (file != null) {
            b.append(file);
            if (line > 0) {
                b.append(':').append(line);
                if (column > 0) b.append(':').append(column);
            }
            b.append(": ");
        }
        b.append(Text.of("severity." + severity.label())).append(Text.of("problem.sep"));
        if (unit != null) {
            // by name where the data folder names the place (庵东镇（andong）), else 单位andong
            String named = UnitNames.display(unit);
            b.append(named.equals(unit) ? Text.of("problem.unit", unit) : named).append(Text.of("problem.sep"));
        }
        if (node != null) b.append(node).append(Text.of("problem.sep"));
        b.append(message);
        return b.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
