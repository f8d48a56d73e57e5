package io.qqhi.input;

import java.nio.file.Path;

import io.qqhi.framework.Framework;
import io.qqhi.framework.InputException;
import io.qqhi.framework.Problems;

/** Loads a computing command's data: a wide indicator CSV, or one period of a data folder. */
public final class InputLoader {
    private InputLoader() {
    }

    /** What was loaded: the leaf values, and for a data folder the period's inputs. */
    public record Loaded(Dataset dataset, PeriodInputs period, DataFolder folder) {
    }

    public static Loaded load(Framework fw, Path dataDir, String period, Path indicatorData, String encoding,
                              boolean checkHistory, Problems problems) {
        if (indicatorData != null) {
            return new Loaded(IndicatorDataReader.read(indicatorData, fw, encoding, problems), null, null);
        }
        DataFolder folder = new DataFolder(dataDir);
        String p = folder.period(period);
        PeriodLoader loader = new PeriodLoader(fw, folder, encoding);
        UnitRegistry reg = loader.registry(problems);
        PeriodInputs in = loader.load(p, reg, checkHistory, problems);
        return new Loaded(in.dataset(), in, folder);
    }

    /** Throws the collected problems when any is an error (exit 65). */
    public static void failOnErrors(Problems problems) {
        if (problems.hasErrors()) throw new InputException(InputException.DATA, problems.all());
    }
}
