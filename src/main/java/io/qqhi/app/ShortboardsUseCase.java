package io.qqhi.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.input.UnitRecord;
import io.qqhi.report.PlaceLists;

/** The 问题整改清单 and 成绩推广清单 of one place or of all, with last period's follow-up. */
public final class ShortboardsUseCase {
    private ShortboardsUseCase() {
    }

    /** @param unit a place's code or name, null for every place */
    public record Request(RunRequest run, String unit, Path previous) {
    }

    /** @param units the codes of the places asked for, empty for all */
    public record Result(PlaceLists lists, List<String> units) {
    }

    public static Result run(Request req, Reporter reporter) {
        PreparedRun run = PreparedRun.of("shortboards", req.run(), true, reporter);
        IndexResult result = run.compute();
        PlaceLists lists = PeriodLists.of(result, run, req.previous(), false, reporter).twoWay();
        List<String> units = new ArrayList<>();
        if (req.unit() != null) {
            for (PoolResult p : result.pools()) {
                for (UnitRecord u : p.units()) if (u.code().equals(req.unit()) || u.displayName().equals(req.unit())) units.add(u.code());
            }
            if (units.isEmpty()) throw Places.unknown(result, req.unit());
        }
        return new Result(lists, units);
    }
}
