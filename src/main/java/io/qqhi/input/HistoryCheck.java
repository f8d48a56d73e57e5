package io.qqhi.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.qqhi.framework.Framework;
import io.qqhi.framework.Item;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Severity;
import io.qqhi.framework.Text;

/**
 * 数据甄别 against the previous period: a figure whose relative change exceeds 50 %, or whose
 * relative change is more than 3 standard deviations from the mean relative change of the item
 * across the units of its pool, is flagged for checking — never dropped.
 */
public final class HistoryCheck {
    /** The code of a figure to confirm: the lists never promote it and mark it 待核实 (docs/methods.md, lists). */
    public static final String CODE = "history.confirm";

    public static final double MAX_RELATIVE_CHANGE = 0.5;
    public static final double MAX_Z = 3;

    private HistoryCheck() {
    }

    public static List<Problem> check(Framework fw, UnitRegistry reg, ItemValues now, ItemValues before, String previousPeriod) {
        List<Problem> out = new ArrayList<>();
        List<String> pools = reg.units().stream().map(UnitRecord::pool).distinct().toList();
        for (Item it : fw.items()) {
            for (String pool : pools) {
                List<Reported> cur = new ArrayList<>();
                List<Double> change = new ArrayList<>();
                for (UnitRecord u : reg.units()) {
                    if (!u.pool().equals(pool)) continue;
                    Reported r = now.get(u.code(), it.id());
                    Reported p = before.get(u.code(), it.id());
                    if (r == null || p == null) continue;
                    double rel = p.value() == 0 ? (r.value() == 0 ? 0 : Double.POSITIVE_INFINITY)
                            : (r.value() - p.value()) / Math.abs(p.value());
                    // small counts (0 → 2 cases) swing by large shares; only flag them past 5 in absolute terms
                    boolean smallCount = it.isCount() && Math.abs(r.value() - p.value()) < 5;
                    if (Math.abs(rel) > MAX_RELATIVE_CHANGE && !smallCount) {
                        out.add(new Problem(Severity.WARNING, r.file(), r.line(), r.column(), u.code(), it.id(),
                                Text.of("history.jump", num(p.value()), num(r.value()), DataFolder.labelFor(previousPeriod),
                                        Double.isInfinite(rel) ? Text.of("history.from-zero")
                                                : String.format(Locale.ROOT, "%+.0f%%", rel * 100)),
                                CODE));
                    }
                    if (Double.isFinite(rel)) {
                        cur.add(r);
                        change.add(rel);
                    }
                }
                flagOutlyingChanges(it, cur, change, previousPeriod, out);
            }
        }
        return out;
    }

    /** Relative changes more than MAX_Z sample standard deviations from the pool's mean change. */
    private static void flagOutlyingChanges(Item it, List<Reported> cur, List<Double> change, String previousPeriod,
                                            List<Problem> out) {
        if (change.size() < 4) return;
        double mean = change.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double sd = Math.sqrt(change.stream().mapToDouble(c -> (c - mean) * (c - mean)).sum() / (change.size() - 1));
        if (!(sd > 0)) return;
        for (int i = 0; i < change.size(); i++) {
            double z = (change.get(i) - mean) / sd;
            if (Math.abs(z) > MAX_Z) {
                Reported r = cur.get(i);
                out.add(new Problem(Severity.WARNING, r.file(), r.line(), r.column(), r.unit(), it.id(),
                        Text.of("history.outlying", DataFolder.labelFor(previousPeriod),
                                String.format(Locale.ROOT, "%.1f", z)), CODE));
            }
        }
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e12 ? Long.toString((long) v) : Double.toString(v);
    }
}
