package io.qqhi.report.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.ProtectionOption;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import io.qqhi.report.PlaceLists;

/**
 * A place's 问题整改情况反馈表 as a workbook it fills and returns (docs/formats.md, documents): one
 * row per rectification item — its id in a hidden last column, so that the returned form is read back
 * by id, not by position — the facts locked, and the columns the place fills open: 整改措施,
 * 责任单位, 配合单位, 完成时限 (a date), 整改进度 (a list: 未启动 / 推进中 / 已完成).
 */
public final class FeedbackForm {
    /** The columns; the place's own from 整改措施 to 整改进度, 编号 (hidden) last. */
    public static final List<String> HEADER = List.of("序号", "问题（指标）", "认定依据", "牵头单位", "整改措施", "责任单位",
            "配合单位", "完成时限", "整改进度", "编号");
    /** The first column the place fills, the date's, the progress's and the hidden id's. */
    static final int OPEN_FROM = 4;
    static final int DATE = 7;
    static final int PROGRESS_COLUMN = 8;
    public static final int ID = 9;
    public static final List<String> PROGRESS = List.of("未启动", "推进中", "已完成");

    private FeedbackForm() {
    }

    /** @param notice the data folder's banner (示例数据…), null when it has none */
    public static byte[] workbook(String title, List<PlaceLists.Entry> rect, String notice) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(b, "qqhi", "1.0")) {
            Worksheet ws = wb.newWorksheet("反馈表");
            ws.value(0, 0, notice == null || notice.isBlank() ? title : title + "【" + notice + "】");
            ws.style(0, 0).bold().fontSize(12).set();
            for (int c = 0; c < HEADER.size(); c++) ws.value(1, c, HEADER.get(c));
            ws.range(1, 0, 1, HEADER.size() - 1).style().bold().fillColor("EEF2F6").wrapText(true).set();
            int row = 2;
            for (PlaceLists.Entry e : rect) {
                ws.value(row, ID, e.unit() + "-" + e.nodeId());
                ws.value(row, 0, row - 1);
                ws.value(row, 1, e.nodeName());
                ws.value(row, 2, e.basis());
                ws.value(row, 3, e.lead());
                // the framework's 配合单位 and 完成时限 as a start; the place may change them
                if (!e.support().isEmpty()) ws.value(row, DATE - 1, e.support());
                if (!e.deadline().isEmpty()) ws.value(row, DATE, e.deadline());
                ws.rowHeight(row, 45);
                row++;
            }
            int last = Math.max(row - 1, 2);
            ws.range(2, 0, last, OPEN_FROM - 1).style().wrapText(true).set();
            ws.range(2, OPEN_FROM, last, PROGRESS_COLUMN).style().wrapText(true).protectionOption(ProtectionOption.LOCKED, false).set();
            ws.range(2, DATE, last, DATE).validateWithFormula("OR(ISBLANK(H3),ISNUMBER(DATEVALUE(H3)),ISNUMBER(H3))")
                    .errorStyle(DataValidationErrorStyle.STOP).showErrorMessage(true).errorTitle("完成时限").error("请填写日期，如 2026-12-31");
            ws.range(2, PROGRESS_COLUMN, last, PROGRESS_COLUMN).validateWithListByFormula("\"" + String.join(",", PROGRESS) + "\"")
                    .errorStyle(DataValidationErrorStyle.STOP).showErrorMessage(true).errorTitle("整改进度").error("请从下拉列表中选择：" + String.join("、", PROGRESS));
            ws.hideColumn(ID);
            double[] widths = {6, 22, 40, 16, 40, 16, 16, 14, 10, 10};
            for (int c = 0; c < widths.length; c++) ws.width(c, widths[c]);
            ws.freezePane(0, 2);
            WorkbookWriter.print(ws);
            ws.repeatRows(1);
            ws.protect("qqhi");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return XlsxBytes.deterministic(b.toByteArray());
    }
}
