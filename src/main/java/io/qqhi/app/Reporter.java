package io.qqhi.app;

import java.util.List;
import java.util.function.IntConsumer;

import io.qqhi.framework.Problem;

/**
 * What a use case tells its caller while it runs: warnings that do not stop it and progress through
 * long work. The command line prints them on standard error; tests and other callers may ignore them
 * ({@link #SILENT}).
 */
public interface Reporter {
    Reporter SILENT = new Reporter() {
    };

    /** Problems worth a look that do not stop the run (a framework's warnings, a previous period that cannot be computed). */
    default void warnings(List<Problem> problems) {
    }

    /** Work of {@code total} steps begins; {@code what} is a message-bundle key naming it. */
    default Tracker track(String what, long total) {
        return Tracker.NONE;
    }

    /** The consumer of a piece of work's done count, finished once when the work ends. */
    interface Tracker extends IntConsumer {
        Tracker NONE = done -> {
        };

        default void finish() {
        }
    }
}
