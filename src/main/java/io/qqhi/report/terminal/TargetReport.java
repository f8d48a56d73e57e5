package io.qqhi.report.terminal;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Locale;

import io.qqhi.analysis.TargetPlanner.Plan;
import io.qqhi.analysis.TargetPlanner;
import io.qqhi.framework.Text;
import io.qqhi.report.Numbers;
import io.qqhi.report.records.Json;

/** {@code qqhi target}: the least improvement plan as a table with its single-leaf answers, or as JSON (docs/formats.md). */
public final class TargetReport {
    /** Single-leaf answers shown in the text (all are in the JSON). */
    private static final int SINGLES_SHOWN = 5;

    private TargetReport() {
    }

    public static void printText(PrintWriter out, Plan p, String poolName) {
        out.println(Text.of("target.title", p.unit().displayName(), poolName, goal(p)));
        out.println(Text.of("target.now", standing(p.before())));
        switch (p.reason()) {
            case "reached":
                out.println(Text.of("target.reached"));
                break;
            case "unranked":
                out.println(Text.of("target.unranked"));
                break;
            case "beyond-scale":
                out.println(Text.of("target.beyond-scale"));
                break;
            case "bound":
                out.println(Text.of("target.bound"));
                break;
            case "plan":
                out.println(Text.of("target.reachable", String.valueOf(p.changes().size()), standing(p.after())));
                break;
            default:
                out.println(Text.of("target.unreachable", standing(p.after()),
                        Double.isFinite(p.threshold()) ? Text.of("target.short-by", Numbers.fixed(p.threshold() - p.after().index(), 2)) : ""));
        }
        if (!p.changes().isEmpty()) {
            out.println();
            TextTable t = new TextTable(7, 3, 4, 6);
            t.row(Text.of("target.col.leaf"), Text.of("target.col.name"), Text.of("target.col.uom"), Text.of("target.col.now"),
                    Text.of("target.col.needed"), Text.of("target.col.change"), Text.of("target.col.points"));
            for (TargetPlanner.Change c : p.changes()) {
                t.row(c.leaf(), c.name(), c.unitOfMeasure() == null ? "" : c.unitOfMeasure(), Numbers.fixed(c.from(), c.decimals()),
                        Numbers.fixed(c.to(), c.decimals()), change(c.from(), c.to(), c.decimals(), c.unitOfMeasure()),
                        Numbers.fixed(c.points(), 2));
            }
            t.print(out, 2);
        }
        if (!p.singles().isEmpty() && !p.reason().equals("reached")) {
            out.println();
            out.println(Text.of("target.singles"));
            int shown = 0;
            int none = 0;
            for (TargetPlanner.Single s : p.singles()) {
                if (s.to() == null) {
                    none++;
                    continue;
                }
                if (shown++ >= SINGLES_SHOWN) continue;
                out.println("  " + Text.of("target.single", s.name(), s.leaf(), value(s.from(), s.decimals(), s.unitOfMeasure()),
                        Text.of(s.to() > s.from() ? "target.raise" : "target.lower"), value(s.to(), s.decimals(), s.unitOfMeasure())));
            }
            if (shown == 0) out.println("  " + Text.of("target.singles.none"));
            else if (shown > SINGLES_SHOWN) out.println("  " + Text.of("target.singles.more", String.valueOf(shown - SINGLES_SHOWN)));
            if (none > 0 && shown > 0) out.println("  " + Text.of("target.singles.cannot", String.valueOf(none)));
        }
        if (p.reason().equals("reached")) return;
        out.println();
        out.println(Text.of(p.objective() == TargetPlanner.Objective.POINTS ? "target.note.points" : "target.note"));
        if (!p.fixed().isEmpty()) out.println(Text.of("target.fixed", String.join("、", p.fixed())));
        if (!p.missing().isEmpty()) out.println(Text.of("target.missing", String.join("、", p.missing())));
    }

    /**
     * One line for explain: how far the unit is from the next tier and the cheapest way to get
     * there by one leaf, or that no leaf can do it alone.
     */
    public static String gapLine(Plan p) {
        String head = Text.of("target.gap", p.target().tier(), Numbers.fixed(p.threshold() - p.before().index(), 2),
                Text.number(p.threshold()));
        TargetPlanner.Single best = p.singles().isEmpty() || p.singles().get(0).to() == null ? null : p.singles().get(0);
        String how = best == null ? Text.of("target.gap.none")
                : Text.of("target.gap.single", best.leaf() + " " + best.name(), value(best.from(), best.decimals(), best.unitOfMeasure()),
                        Text.of(best.to() > best.from() ? "target.raise" : "target.lower"), value(best.to(), best.decimals(), best.unitOfMeasure()));
        return head + how + Text.of("target.gap.more", p.unit().displayName(), p.target().tier());
    }

    /** What the target means, in words: 指数达到80分, “良好”等次, 第5名以内. */
    static String goal(Plan p) {
        switch (p.target().kind()) {
            case SCORE:
                return Text.of("target.goal.score", Text.number(p.target().score()));
            case RANK:
                return p.target().rank() == 1 ? Text.of("target.goal.first") : Text.of("target.goal.rank", String.valueOf(p.target().rank()));
            default:
                return Double.isFinite(p.threshold())
                        ? Text.of("target.goal.tier.min", p.target().tier(), Text.number(p.threshold()))
                        : Text.of("target.goal.tier", p.target().tier());
        }
    }

    private static String standing(TargetPlanner.Standing s) {
        String rank = s.rank() == 0 ? Text.of("target.unranked.short") : Text.of("target.rank", String.valueOf(s.rank()));
        return Text.of("target.standing", Numbers.fixed(s.index(), 2), rank, s.tier() == null ? "" : Text.of("target.tier", s.tier()));
    }

    /** A value with its unit of measure: 51.3%, 12件. */
    static String value(double v, int decimals, String uom) {
        return Numbers.fixed(v, decimals) + (uom == null ? "" : uom);
    }

    /** A change in words: 提高12.6个百分点 for a percentage, 减少3件 for a count. */
    static String change(double from, double to, int decimals, String uom) {
        // the difference of the values as shown, so that 63.5 → 70.8 reads 7.3 whatever lies beyond the shown digits
        String amount = new BigDecimal(Numbers.fixed(to, decimals)).subtract(new BigDecimal(Numbers.fixed(from, decimals)))
                .abs().toPlainString();
        String how = Text.of(to > from ? "target.raise" : "target.lower");
        return how + amount + ("%".equals(uom) ? Text.of("target.points-of-percent") : uom == null ? "" : uom);
    }

    public static String json(Plan p) {
        Json.Obj o = Json.object();
        o.put("unit", p.unit().code());
        o.put("name", p.unit().displayName());
        o.put("pool", p.pool());
        Json.Obj target = Json.object();
        target.put("kind", p.target().kind().name().toLowerCase(Locale.ROOT));
        switch (p.target().kind()) {
            case SCORE:
                target.put("score", p.target().score());
                break;
            case RANK:
                target.put("rank", p.target().rank());
                break;
            default:
                target.put("tier", p.target().tier());
        }
        target.put("threshold", p.threshold());
        o.put("target", target);
        o.put("reachable", p.reachable());
        o.put("reason", p.reason());
        o.put("index_before", p.before().index());
        o.put("index_after", p.after().index());
        o.put("rank_before", p.before().rank());
        o.put("rank_after", p.after().rank());
        putTier(o, "tier_before", p.before().tier());
        putTier(o, "tier_after", p.after().tier());
        Json.Arr changes = o.putArray("changes");
        for (TargetPlanner.Change c : p.changes()) {
            changes.add(Json.object().put("leaf", c.leaf()).put("name", c.name()).put("unit_of_measure", c.unitOfMeasure())
                    .put("from", c.from()).put("to", c.to()).put("score_from", c.scoreFrom()).put("score_to", c.scoreTo())
                    .put("index_points", c.points()));
        }
        Json.Arr singles = o.putArray("single_leaf");
        for (TargetPlanner.Single s : p.singles()) {
            Json.Obj so = Json.object().put("leaf", s.leaf()).put("name", s.name()).put("from", s.from());
            if (s.to() == null) so.putNull("to");
            else so.put("to", s.to());
            so.put("best_index", s.bestIndex());
            singles.add(so);
        }
        Json.Arr fixed = o.putArray("not_levers");
        p.fixed().forEach(fixed::add);
        Json.Arr missing = o.putArray("missing");
        p.missing().forEach(missing::add);
        return Json.write(o);
    }

    private static void putTier(Json.Obj o, String key, String tier) {
        if (tier == null) o.putNull(key);
        else o.put(key, tier);
    }
}
