package io.qqhi.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.qqhi.compute.Adjustment;
import io.qqhi.compute.PoolResult;
import io.qqhi.compute.UnitNote;
import io.qqhi.framework.Text;
import io.qqhi.input.MissingWhy;

/** The words of a unit's ranking note and of why a value is missing, from the message bundles. */
public final class Notes {
    private Notes() {
    }

    /** Unit u's note for ranking tables (不参与排名…, 样本不足…, 缺失指标…), or "" when it has none. */
    public static String of(PoolResult p, int u) {
        UnitNote n = p.note(u);
        return n == null ? "" : text(n);
    }

    /** The note as a 公文 prints it: indicators by name only (codes are for the analyst's tables). */
    public static String forDocuments(PoolResult p, int u) {
        UnitNote n = p.note(u);
        return n == null ? "" : text(n, false);
    }

    public static String text(UnitNote n) {
        return text(n, true);
    }

    private static String text(UnitNote n, boolean ids) {
        List<String> parts = new ArrayList<>();
        if (n.unranked()) parts.add(Text.of(n.byCount() ? "note.unranked.count" : "note.unranked", percent(n.missingShare())));
        if (n.thinSurvey() != null) parts.add(Text.of("note.survey-uncounted", why(n.thinSurvey())));
        if (!n.missing().isEmpty()) {
            List<String> leaves = new ArrayList<>();
            for (UnitNote.Missing m : n.missing()) {
                String id = ids ? m.leafId() + " " : "";
                leaves.add(m.why() == null ? Text.of("note.missing-leaf", id, m.leafName())
                        : Text.of("note.missing-leaf-why", id, m.leafName(), why(m.why())));
            }
            parts.add(Text.of("note.missing", String.join(Text.of("note.list"), leaves)));
        }
        return String.join(Text.of("note.join"), parts);
    }

    /** Why a place is not ranked, in words, without the words 不参与排名 themselves: 数据不足：缺失指标权重合计32.5%. */
    public static String unrankedReason(UnitNote n) {
        return n == null || !n.unranked() ? Text.content("note.unranked-plain") : Text.content("note.unranked-reason",
                percent(n.missingShare()));
    }

    /** Why a value is missing, in words; "" for null. */
    public static String why(MissingWhy w) {
        return w == null ? "" : Text.of(w.reason().key, String.valueOf(w.sample()));
    }

    /** Why the pipeline changed a value, in words: the imputation, winsorising, log or base-period clipping. */
    public static String adjustment(Adjustment a) {
        String step = a.step().equals("impute") && a.details().size() > 1 ? "impute-group" : a.step();
        String key = "adjust." + step;
        // a transform names itself by its key (log_CT_plus …), said in words by the bundle
        if ((step.equals("log") || step.equals("boxcox")) && a.details().size() == 1) {
            return Text.of(key, Text.of("transform." + a.details().get(0)));
        }
        return Text.has(key) ? Text.of(key, a.details().toArray()) : String.join(" ", a.details());
    }

    /** A share as a percentage to one decimal, without trailing zeros (32.5%, 40%). */
    private static String percent(double share) {
        return BigDecimal.valueOf(Math.round(share * 1000) / 10.0).stripTrailingZeros().toPlainString() + "%";
    }
}
