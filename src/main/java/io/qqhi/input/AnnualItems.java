package io.qqhi.input;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.qqhi.framework.Framework;
import io.qqhi.framework.Item;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Severity;

/**
 * Annual items in a period that does not end a year (docs/methods.md, annual items): a figure
 * produced once a year (cadence: annual) cannot be a half-year's, so a value sent mid-year is set
 * aside with a warning, and the figures of the latest earlier year-end period in the data folder are
 * carried forward — with their own file, line and column, so that trace names where they came from.
 * Without such a period the item is missing, with a warning.
 */
final class AnnualItems {
    private final Framework fw;
    private final DataFolder folder;
    private final String encoding;
    private final boolean allowEmpty;

    AnnualItems(Framework fw, DataFolder folder, String encoding, boolean allowEmpty) {
        this.fw = fw;
        this.folder = folder;
        this.encoding = encoding;
        this.allowEmpty = allowEmpty;
    }

    /** Replaces the annual items' figures of {@code items}; records in {@code from} each item carried and its period. */
    void carry(String period, UnitRegistry reg, ItemValues items, Map<String, String> from, Problems problems) {
        List<Item> annual = fw.items().stream().filter(Item::annual).toList();
        if (annual.isEmpty()) return;
        for (Item it : annual) setAside(period, reg, items, it, problems);
        String source = source(period);
        if (source == null) {
            for (Item it : annual) {
                problems.add(Problem.coded(Severity.WARNING, null, 0, 0, null, null, "item.annual-none", it.id(), name(it),
                        DataFolder.labelFor(period)));
            }
            return;
        }
        ItemValues earlier = new ItemValues(reg, fw.items());
        Problems quiet = new Problems();
        DepartmentDataReader reader = new DepartmentDataReader(fw, reg, quiet, allowEmpty);
        reader.periodMonths(DataFolder.months(source));
        for (Path f : folder.departmentFiles(source)) reader.read(f, encoding, earlier);
        if (quiet.hasErrors()) {
            problems.add(Problem.coded(Severity.WARNING, folder.root().resolve(source).toString(), 0, 0, null, null,
                    "item.annual-source-errors", DataFolder.labelFor(source)));
        }
        for (Item it : annual) {
            int n = 0;
            for (UnitRecord u : reg.units()) {
                Reported r = earlier.get(u.code(), it.id());
                if (r != null) {
                    items.put(r);
                    n++;
                }
            }
            if (n > 0) {
                from.put(it.id(), source);
                problems.add(Problem.coded(Severity.INFO, null, 0, 0, null, null, "item.annual-carried", it.id(), name(it),
                        DataFolder.labelFor(source), source.substring(0, 4)));
            }
        }
    }

    /** A mid-year value of an annual item is not used: one warning at the first one, naming the item. */
    private static void setAside(String period, UnitRegistry reg, ItemValues items, Item it, Problems problems) {
        Reported first = null;
        int n = 0;
        for (UnitRecord u : reg.units()) {
            Reported r = items.get(u.code(), it.id());
            if (r == null) continue;
            if (first == null) first = r;
            items.remove(u.code(), it.id());
            n++;
        }
        if (first != null) {
            problems.add(Problem.coded(Severity.WARNING, first.file(), first.line(), first.column(), null, null,
                    "item.annual-midyear", it.id(), name(it), DataFolder.labelFor(period), String.valueOf(n)));
        }
    }

    /** The latest period before {@code period} that ends a year, or null. */
    private String source(String period) {
        String best = null;
        for (String p : folder.periods()) {
            if (DataFolder.comparePeriods(p, period) < 0 && DataFolder.endsYear(p)) best = p;
        }
        return best;
    }

    private static String name(Item it) {
        return it.name() == null ? "" : it.name();
    }
}
