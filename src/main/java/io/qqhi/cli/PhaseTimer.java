package io.qqhi.cli;

import java.io.PrintWriter;

/**
 * Wall time of each phase of a command on standard error when QQHI_TIMINGS is set (to find where a
 * national-scale run spends its time without a profiler). Prints nothing otherwise.
 */
final class PhaseTimer {
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long last = start;

    private PhaseTimer(PrintWriter err) {
        this.err = err;
    }

    static PhaseTimer start(PrintWriter err) {
        String v = System.getenv("QQHI_TIMINGS");
        return new PhaseTimer(v == null || v.isEmpty() || v.equals("0") ? null : err);
    }

    void mark(String phase) {
        if (err == null) return;
        long now = System.nanoTime();
        err.printf(java.util.Locale.ROOT, "qqhi: %-8s %7.0f ms (total %.0f ms)%n", phase, (now - last) / 1e6, (now - start) / 1e6);
        err.flush();
        last = now;
    }
}
