package io.qqhi.input;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.qqhi.framework.Framework;
import io.qqhi.framework.InputException;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Severity;

/** Loads a computing command's data: a wide indicator CSV, or one period of a data folder. */
public final class InputLoader {
    private InputLoader() {
    }

    /**
     * What was loaded: the leaf values, and for a data folder the period's inputs and the previous
     * period's (null when there is none, it was not asked for, or it has errors).
     */
    public record Loaded(Dataset dataset, PeriodInputs period, DataFolder folder, PeriodInputs previous) {
    }

    public static Loaded load(Framework fw, Path dataDir, String period, Path indicatorData, String encoding,
                              boolean withPrevious, Problems problems) {
        return load(fw, dataDir, period, indicatorData, encoding, withPrevious, false, problems);
    }

    /** With {@code allowEmpty}, a department file with a header and no data rows is a warning, not an error. */
    public static Loaded load(Framework fw, Path dataDir, String period, Path indicatorData, String encoding,
                              boolean withPrevious, boolean allowEmpty, Problems problems) {
        if (indicatorData != null) {
            return new Loaded(IndicatorDataReader.read(indicatorData, fw, encoding, problems), null, null, null);
        }
        DataFolder folder = new DataFolder(dataDir);
        String p = folder.period(period);
        PeriodLoader loader = new PeriodLoader(fw, folder, encoding, allowEmpty);
        UnitRegistry reg = loader.registry(problems);
        PeriodInputs before = null;
        String prev = withPrevious ? folder.previous(p) : null;
        // the previous period is read on the other core while this one is read here
        Problems prevProblems = new Problems();
        CompletableFuture<PeriodInputs> pending = prev == null ? null
                : CompletableFuture.supplyAsync(() -> loader.load(prev, reg, null, prevProblems));
        PeriodInputs in = loader.load(p, reg, null, problems);
        if (pending != null) {
            try {
                before = pending.join();
            } catch (CompletionException e) {
                before = null;
                prevProblems.error(folder.root().resolve(prev).toString(), 0, 0, null, String.valueOf(e.getCause()));
            }
            if (before == null || prevProblems.hasErrors()) {
                problems.add(Problem.coded(Severity.WARNING, folder.root().resolve(prev).toString(), 0, 0, null, null,
                        "previous.input-errors", prev));
                before = null;
            } else {
                problems.addAll(HistoryCheck.check(fw, reg, in.items(), before.items(), before.period()));
            }
        }
        return new Loaded(in.dataset(), in, folder, before);
    }

    /** Throws the collected problems when any is an error (exit 65). */
    public static void failOnErrors(Problems problems) {
        if (problems.hasErrors()) throw new InputException(InputException.DATA, problems.all());
    }
}
