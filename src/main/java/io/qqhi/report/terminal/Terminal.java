package io.qqhi.report.terminal;

/**
 * Whether standard error is a terminal, so that progress lines and colours may be drawn. Java cannot
 * tell this for standard error itself: the launcher does. {@code -Dqqhi.tty=true} comes from the POSIX
 * launcher's {@code [ -t 2 ]}; {@code -Dqqhi.tty=console} from the Windows one, whose cmd.exe cannot
 * test a stream, and means "when the JVM has a console" (input and output not redirected).
 */
public final class Terminal {
    private Terminal() {
    }

    public static boolean isTerminal() {
        String tty = System.getProperty("qqhi.tty", "");
        if (tty.equals("console")) return System.console() != null;
        return Boolean.parseBoolean(tty);
    }
}
