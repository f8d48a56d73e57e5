package io.qqhi.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.qqhi.framework.Framework;
import io.qqhi.framework.Item;
import io.qqhi.input.PeriodInputs;
import io.qqhi.input.Reported;
import io.qqhi.input.Round;
import io.qqhi.input.SourceCells;
import io.qqhi.input.UnitRecord;

/**
 * Every department figure a period used, with where it was written, so that each department can
 * check its own numbers (the workbook's 原始数据 sheet): the same sources, files and positions as
 * {@code qqhi trace} names, in registry and framework order.
 */
public final class RawFigures {
    private RawFigures() {
    }

    /**
     * One figure: the unit, the source as trace describes it (the cell's text is not re-read here)
     * and its file's receipts in the collection round (empty without one).
     */
    public record Row(UnitRecord unit, Trace.Source source, List<Round.Receipt> history) {
    }

    public static List<Row> of(Framework fw, PeriodInputs inputs, Path dataRoot) {
        return of(fw, inputs, dataRoot, Map.of());
    }

    /** With the round's receipts by department file name. */
    public static List<Row> of(Framework fw, PeriodInputs inputs, Path dataRoot, Map<String, List<Round.Receipt>> versions) {
        List<Row> out = new ArrayList<>();
        if (inputs == null) return out;
        Map<String, UnitRecord> units = new HashMap<>();
        for (UnitRecord u : inputs.registry().units()) units.put(u.code(), u);
        for (Reported r : inputs.items().all()) {
            UnitRecord u = units.get(r.unit());
            Item it = fw.item(r.item());
            if (u == null) continue;
            out.add(new Row(u, new Trace.Source(r.item(), it == null ? null : it.name(), it == null ? null : it.unit(),
                    r.department(), fw.departmentName(r.department()), Trace.relative(r.file(), dataRoot), r.line(), r.column(),
                    SourceCells.isWorkbook(r.file()) ? SourceCells.cellAddress(r.line(), r.column()) : null, null, r.value()),
                    versions.getOrDefault(Path.of(r.file()).getFileName().toString(), List.of())));
        }
        return out;
    }
}
