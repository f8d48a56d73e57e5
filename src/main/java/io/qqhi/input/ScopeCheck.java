package io.qqhi.input;

import java.util.ArrayList;
import java.util.List;

import io.qqhi.framework.Item;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Severity;
import io.qqhi.framework.Text;

/**
 * Double counting across a functional area and the district it lies in (docs/formats.md, data
 * scope): units.csv says which districts a functional area overlaps (column {@code overlaps}, codes
 * separated by 、 or commas); where both report a figure on the administrative scope (口径 行政区划),
 * the same firms may be counted twice — a warning at the functional area's figure naming both files.
 */
final class ScopeCheck {
    static final String COLUMN = "overlaps";

    private ScopeCheck() {
    }

    static List<Problem> check(UnitRegistry reg, List<Item> items, ItemValues values) {
        List<Problem> out = new ArrayList<>();
        for (UnitRecord f : reg.units()) {
            String overlaps = f.attributes().getOrDefault(COLUMN, "");
            if (overlaps.isBlank()) continue;
            for (String code : overlaps.split("[、,，\\s]+")) {
                UnitRecord a = reg.find(code);
                if (a == null) continue;
                for (Item it : items) {
                    Reported rf = values.get(f.code(), it.id());
                    Reported ra = values.get(a.code(), it.id());
                    if (rf == null || ra == null || values.scope(f.code(), it.id()) != ItemValues.Scope.ADMINISTRATIVE
                            || values.scope(a.code(), it.id()) != ItemValues.Scope.ADMINISTRATIVE) {
                        continue;
                    }
                    out.add(new Problem(Severity.WARNING, rf.file(), rf.line(), rf.column(), f.code(), it.id(),
                            Text.of("scope.double-count", f.displayName(), a.displayName(), it.id() + (it.name() == null ? "" : " " + it.name()),
                                    where(rf), where(ra)), "scope.double-count"));
                }
            }
        }
        return out;
    }

    private static String where(Reported r) {
        return LeafDeriver.fileName(r.file()) + ":" + r.line();
    }
}
