package io.qqhi.report.records;

import java.util.List;

import io.qqhi.compute.Adjustment;
import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Problem;
import io.qqhi.input.SurveyResult;
import io.qqhi.report.Notes;
import io.qqhi.report.Numbers;

/** The run's records: what was imputed or treated, the problems found, and the survey's summary. */
public final class RecordsWriter {
    private RecordsWriter() {
    }

    public static String adjustments(IndexResult r) {
        CsvText t = new CsvText();
        t.row("pool", "unit", "leaf", "step", "before", "after", "note");
        for (PoolResult p : r.pools()) {
            for (Adjustment a : p.adjustments()) {
                t.row(a.pool(), a.unit(), a.leaf(), a.step(), Numbers.full(a.before()), Numbers.full(a.after()), Notes.adjustment(a));
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
    /**
     * survey.csv: per unit and item the sample, effective sample, mean (0–100 and on the answer
     * scale), 满意率 and their 95 % intervals (docs/formats.md, outputs), Chinese headers for people.
     */
    public static String survey(SurveyResult s) {
        CsvText t = CsvText.forExcel();
        t.row("单位代码", "问卷题目", "有效问卷", "有效样本量", "是否加权", "平均分", "平均分下限", "平均分上限", "平均选项",
                "满意率", "满意率下限", "满意率上限", "是否计入", "单位答卷数", "克朗巴赫α");
        for (int u = 0; u < s.units().size(); u++) {
            for (int k = 0; k < s.items().size(); k++) {
                boolean counted = !Double.isNaN(s.mean()[u][k]);
                t.row(s.units().get(u), s.items().get(k), Integer.toString(s.n()[u][k]), Numbers.fixed(s.nEff()[u][k], 1),
                        s.weighted() ? "按规模加权" : "不加权", Numbers.fixed(counted ? s.mean()[u][k] : Double.NaN, 2),
                        Numbers.fixed(s.meanLow()[u][k], 2), Numbers.fixed(s.meanHigh()[u][k], 2),
                        Numbers.fixed(s.answerMean()[u][k], 2), Numbers.fixed(s.satisfied()[u][k], 1),
                        Numbers.fixed(s.satisfiedLow()[u][k], 1), Numbers.fixed(s.satisfiedHigh()[u][k], 1),
                        counted ? "是" : "否（有效样本不足" + s.minSample() + "份）", Integer.toString(s.respondents()[u]),
                        Numbers.fixed(s.alpha()[u], 3));
            }
        }
        return t.toString();
    }

    public static String screening(SurveyResult s) {
        CsvText t = CsvText.forExcel();
        t.row("file", "line", "respondent", "unit", "reason", "action");
        for (SurveyResult.ScreeningEntry e : s.screening()) {
            t.row(e.file(), Integer.toString(e.line()), e.respondent(), e.unit(), e.reason(), e.removed() ? "removed" : "flagged");
        }
        return t.toString();
    }
}
