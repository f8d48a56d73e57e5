package io.qqhi.cli;

import java.io.PrintWriter;
import java.util.function.IntConsumer;

import io.qqhi.framework.Text;
import io.qqhi.report.terminal.Terminal;

/**
 * A one-line progress bar on standard error for work of more than a few seconds: done/total, share
 * and the time left, redrawn at most five times a second. Drawn only when standard error is a
 * terminal, which the launcher tells ({@link Terminal});
 * under cron, in a pipe or in tests nothing is printed.
 */
final class Progress implements IntConsumer {
    private static final long EVERY_NANOS = 200_000_000L;
    private static final int BAR = 24;

    private final PrintWriter err;
    private final String what;
    private final long total;
    private final boolean on;
    private final long start = System.nanoTime();
    private long last;
    private int width;
    private boolean finished;

    private Progress(PrintWriter err, String what, long total, boolean on) {
        this.err = err;
        this.what = what;
        this.total = Math.max(1, total);
        this.on = on;
    }

    static Progress of(PrintWriter err, String what, long total) {
        return new Progress(err, what, total, Terminal.isTerminal());
    }

    @Override
    public void accept(int done) {
        if (!on) return;
        synchronized (this) {
            // a worker finishing late must not draw again over the results
            if (finished) return;
            long now = System.nanoTime();
            if (done < total && now - last < EVERY_NANOS) return;
            last = now;
            double share = Math.min(1, done / (double) total);
            int filled = (int) Math.round(share * BAR);
            double seconds = (now - start) / 1e9;
            // no estimate until 2 % is done (the first runs include the JIT's warm-up) or below a second
            long remaining = share < 0.02 || share >= 1 ? 0 : Math.round(seconds * (1 - share) / share);
            String left = remaining < 1 ? "" : Text.of("progress.left", String.valueOf(remaining));
            String line = what + " [" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + done + "/" + total + " "
                    + Math.round(share * 100) + "% " + left;
            err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
            width = line.length();
            err.flush();
        }
    }

    /** Clears the line, so that what follows starts on a clean one. */
    synchronized void finish() {
        finished = true;
        if (!on || width == 0) return;
        err.print("\r" + " ".repeat(width + 4) + "\r");
        err.flush();
    }
}
