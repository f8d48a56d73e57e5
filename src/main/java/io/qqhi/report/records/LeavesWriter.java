package io.qqhi.report.records;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.qqhi.input.Dataset;
import io.qqhi.input.UnitRecord;
import io.qqhi.report.Numbers;

/**
 * leaves.csv: the units × leaves matrix derived from departments' items and the survey, in the
 * {@code --indicator-data} format (unit, name, pool, leaf columns, attribute columns), so a period
 * can be recomputed, audited or shared without the raw files.
 */
public final class LeavesWriter {
    private LeavesWriter() {
    }

    public static void csv(Dataset d, Writer out) throws IOException {
        List<String> attrs = new ArrayList<>();
        for (UnitRecord u : d.units()) for (String a : u.attributes().keySet()) if (!attrs.contains(a)) attrs.add(a);
        Collections.sort(attrs);
        CsvText t = CsvText.forExcel(out);
        List<String> head = new ArrayList<>(List.of("unit", "name", "pool"));
        head.addAll(d.leafIds());
        head.addAll(attrs);
        t.row(head);
        for (int u = 0; u < d.units().size(); u++) {
            UnitRecord unit = d.units().get(u);
            List<String> row = new ArrayList<>(List.of(unit.code(), unit.displayName(), unit.pool()));
            for (double v : d.values()[u]) row.add(Numbers.full(v));
            for (String a : attrs) row.add(unit.attributes().getOrDefault(a, ""));
            t.row(row);
        }
        t.finish();
    }
}
