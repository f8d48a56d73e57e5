package io.qqhi.cli;

import java.io.PrintWriter;
import java.util.List;

import io.qqhi.app.Reporter;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Text;
import io.qqhi.report.terminal.ProblemReport;

/** Prints a use case's warnings and progress on standard error (progress only on a terminal, see {@link Progress}). */
final class ConsoleReporter implements Reporter {
    /** How many of a batch of warnings are printed; the rest are counted. */
    private static final int SHOWN = 20;

    private final PrintWriter err;

    ConsoleReporter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void warnings(List<Problem> problems) {
        ProblemReport.printText(err, problems, SHOWN);
    }

    @Override
    public Tracker track(String what, long total) {
        Progress p = Progress.of(err, Text.of(what), total);
        PhaseTimer timer = what.equals("progress.compute") ? PhaseTimer.start(err) : null;
        return new Tracker() {
            @Override
            public void accept(int done) {
                if (timer != null && done >= 1 && done <= PHASES.length) timer.mark(PHASES[done - 1]);
                p.accept(done);
            }

            @Override
            public void finish() {
                p.finish();
            }
        };
    }

    /** The phases of compute as QQHI_TIMINGS names them. */
    private static final String[] PHASES = {"read", "compute", "lists", "outputs", "write"};
}
