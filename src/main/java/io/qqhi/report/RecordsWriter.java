package io.qqhi.report;

import java.util.List;

import io.qqhi.compute.Adjustment;
import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Problem;
import io.qqhi.input.SurveyResult;

/** The run's records: what was imputed or treated, the problems found, and the survey's summary. */
public final class RecordsWriter {
    private RecordsWriter() {
    }

    public static String adjustments(IndexResult r) {
        CsvText t = new CsvText();
        t.row("pool", "unit", "leaf", "step", "before", "after", "note");
        for (PoolResult p : r.pools()) {
            for (Adjustment a : p.adjustments()) {
                t.row(a.pool(), a.unit(), a.leaf(), a.step(), Numbers.full(a.before()), Numbers.full(a.after()), a.note());
            }
        }
        return t.toString();
    }

    public static String problems(List<Problem> problems) {
        CsvText t = CsvText.forExcel();
        t.row("severity", "file", "line", "column", "unit", "node", "message", "code");
        for (Problem p : problems) {
            t.row(p.severity().label(), p.file(), p.line() == 0 ? "" : Integer.toString(p.line()),
                    p.column() == 0 ? "" : Integer.toString(p.column()), p.unit(), p.node(), p.message(), p.code());
        }
        return t.toString();
    }

    /** Per unit and survey item: valid answers, weighted mean score, weighted 满意率; per unit α. */
    public static String survey(SurveyResult s) {
        CsvText t = CsvText.forExcel();
        t.row("unit", "item", "n", "score", "satisfied_rate", "unit_respondents", "unit_alpha");
        for (int u = 0; u < s.units().size(); u++) {
            for (int k = 0; k < s.items().size(); k++) {
                t.row(s.units().get(u), s.items().get(k), Integer.toString(s.n()[u][k]), Numbers.fixed(s.mean()[u][k], 4),
                        Numbers.fixed(s.satisfied()[u][k], 2), Integer.toString(s.respondents()[u]),
                        Numbers.fixed(s.alpha()[u], 4));
            }
        }
        return t.toString();
    }

    public static String screening(SurveyResult s) {
        CsvText t = CsvText.forExcel();
        t.row("file", "line", "respondent", "unit", "reason");
        for (SurveyResult.ScreeningEntry e : s.removed()) {
            t.row(e.file(), Integer.toString(e.line()), e.respondent(), e.unit(), e.reason());
        }
        return t.toString();
    }
}
