package io.qqhi.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Wall time of each phase of a command on standard error when QQHI_TIMINGS is set (to find where a
 * national-scale run spends its time without a profiler), with the process's CPU time in the phase
 * (all threads, the compiler's and collector's too: CPU near twice the wall time means both cores
 * were busy). Prints nothing otherwise.
 */
final class PhaseTimer {
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long last = start;
    private long lastCpu;

    private PhaseTimer(PrintWriter err) {
        this.err = err;
    }

    static PhaseTimer start(PrintWriter err) {
        String v = System.getenv("QQHI_TIMINGS");
        PhaseTimer t = new PhaseTimer(v == null || v.isEmpty() || v.equals("0") ? null : err);
        if (t.err != null) t.lastCpu = cpu();
        return t;
    }

    private static long cpu() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean s ? s.getProcessCpuTime() : 0;
    }

    void mark(String phase) {
        if (err == null) return;
        long now = System.nanoTime();
        long cpu = cpu();
        err.printf(Locale.ROOT, "qqhi: %-8s %7.0f ms (total %5.0f ms), CPU %5.0f ms%n", phase, (now - last) / 1e6,
                (now - start) / 1e6, (cpu - lastCpu) / 1e6);
        err.flush();
        last = now;
        lastCpu = cpu;
    }
}
