package io.qqhi.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import io.qqhi.analysis.ShortboardEntry;
import io.qqhi.framework.Framework;

/** Short boards on the terminal: per unit, largest points lost first. */
public final class ShortboardReport {
    private ShortboardReport() {
    }

    public static void printText(PrintWriter out, Framework fw, List<ShortboardEntry> entries, int perUnit) {
        String current = null;
        int shown = 0;
        for (ShortboardEntry e : entries) {
            String key = e.pool() + "/" + e.unit();
            if (!key.equals(current)) {
                current = key;
                shown = 0;
                out.println();
                out.println("短板 " + e.unit() + " " + e.unitName() + " (pool " + e.pool() + ")");
            }
            if (perUnit > 0 && shown++ >= perUnit) continue;
            String label = e.nodeId() + " " + e.nodeName();
            out.printf(Locale.ROOT, "  %s%s %7s  rank %s/%d  loses %s  [%s]  ← %s%n", label, RankingsWriter.pad(label, 36),
                    Numbers.fixed(e.score(), 2), e.rank() == 0 ? "-" : Integer.toString(e.rank()), e.poolSize(),
                    Numbers.fixed(e.pointsLost(), 3), UnitPageWriter.chinese(e.rules()),
                    ListsWriter.departmentNames(fw, e.departments()));
        }
        if (entries.isEmpty()) out.println("no short boards");
    }
}
