package io.qqhi.report.records;

import io.qqhi.report.workbook.FeedbackForm;
import java.util.List;

import io.qqhi.analysis.Ledger;
import io.qqhi.analysis.LedgerStatus;
import io.qqhi.framework.Text;

/**
 * The ledger's files (docs/formats.md, ledger): {@code ledger.csv}, what the places reported, one
 * row per item, read back by the next import and the next period; and the status table of
 * {@code qqhi ledger status --format csv}. UTF-8 with a BOM, Chinese headers.
 */
public final class LedgerCsv {
    public static final List<String> HEADER = List.of("编号", "单位代码", "指标代码", "整改措施", "责任单位", "配合单位", "完成时限",
            "整改进度", "填报日期", "来源");
    /** The columns of the published rectification.csv the ledger reads: place, item, guide, deadline. */
    public static final List<String> LIST_COLUMNS = List.of("单位代码", "单位", "指标代码", "指标", "市级指导单位", "完成时限");
    /** The progress as the form and the ledger write it, in {@link Ledger.Progress} order. */
    public static final List<String> PROGRESS = FeedbackForm.PROGRESS;

    private LedgerCsv() {
    }

    public static String text(Ledger ledger) {
        CsvText t = CsvText.forExcel();
        t.row(HEADER.toArray(String[]::new));
        for (Ledger.Item i : ledger.items()) {
            t.row(i.id(), i.unit(), i.node(), i.measures(), i.owner(), i.partners(), i.deadline() == null ? "" : i.deadline().toString(),
                    PROGRESS.get(i.progress().ordinal()), i.reported().toString(), i.form());
        }
        return t.toString();
    }

    /** The status, one row per item, overdue first. */
    public static String status(LedgerStatus s) {
        CsvText t = CsvText.forExcel();
        t.row("单位代码", "单位", "指标代码", "指标", "市级指导单位", "状态", "完成时限", "整改措施", "责任单位", "配合单位", "填报日期");
        for (LedgerStatus.Row r : s.rows()) {
            Ledger.Item i = r.item();
            t.row(r.unit(), r.unitName(), r.node(), r.nodeName(), r.guide(), state(r.state()),
                    i == null ? r.deadline() : i.deadline() == null ? "" : i.deadline().toString(), i == null ? "" : i.measures(),
                    i == null ? "" : i.owner(), i == null ? "" : i.partners(), i == null ? "" : i.reported().toString());
        }
        return t.toString();
    }

    /** 逾期 / 未反馈 / 未启动 / 推进中 / 已完成 (bundle words, --lang en gives English). */
    public static String state(LedgerStatus.State s) {
        return Text.of("ledger.state." + s.name());
    }
}
