package io.qqhi.framework;

import java.util.Locale;

/** How bad a {@link Problem} is: errors stop a run (exit 65), warnings are reported and the run goes on. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
