package io.qqhi.report.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.qqhi.analysis.PeriodComparison;
import io.qqhi.analysis.RawFigures;
import io.qqhi.analysis.Trace;
import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.framework.Settings;
import io.qqhi.report.ComputeOutputs;
import io.qqhi.report.MethodsText;
import io.qqhi.report.Notes;
import io.qqhi.report.PlaceLists;
import io.qqhi.report.records.ListsWriter;
import io.qqhi.report.records.RankingsWriter;
import io.qqhi.report.records.UnitPageWriter;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * qqhi-P.xlsx for the people who read a release: rankings per pool, all scores, short boards, the
 * two lists, the department lists and the methods — Chinese headers, frozen header rows, set
 * column widths. Numbers stay numbers. Same content, same bytes.
 */
public final class WorkbookWriter {
    /** Excel's row limit, less the header. */
    static final int MAX_ROWS = 1_048_575;

    private WorkbookWriter() {
    }

    public static byte[] write(IndexResult r, ComputeOutputs.RunLists run, Settings s) {
        return write(r, run, s, null, List.of());
    }

    /** The workbook; a data folder's notice (示例数据…) opens it on a sheet of its own. */
    public static byte[] write(IndexResult r, ComputeOutputs.RunLists run, Settings s, String notice,
                               List<RawFigures.Row> figures) {
        Framework fw = r.framework();
        PlaceLists lists = run.twoWay();
        Map<String, PeriodComparison.Row> idx = run.comparison() == null ? Map.of()
                : run.comparison().indexRows();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(b, "qqhi", "1.0")) {
            if (notice != null && !notice.isBlank()) {
                Worksheet n = wb.newWorksheet("说明");
                n.value(0, 0, fw.root().displayName());
                n.value(1, 0, notice);
                n.style(1, 0).bold().fontColor("C0392B").set();
                n.width(0, 60);
                print(n);
            }
            for (PoolResult p : r.pools()) ranking(wb, fw, p, run, idx);
            allScores(wb, r);
            if (lists != null) {
                // what prints: the columns a reader needs on A4 landscape at a readable size; every column on the 明细 sheet
                List<List<String>> rect = ListsWriter.Kind.RECTIFICATION.table(lists.rectification());
                List<List<String>> promo = ListsWriter.Kind.PROMOTION.table(lists.promotion());
                List<List<String>> watch = ListsWriter.Kind.WATCH.table(lists.watch());
                printable(wb.newWorksheet("问题整改清单"), rect, List.of("单位", "指标", "认定依据", "牵头单位", "市级指导单位", "完成时限",
                        "销号标准", "核实状态"), 9, 18, 44, 13, 16, 9, 20, 8);
                printable(wb.newWorksheet("成绩推广清单"), promo, List.of("单位", "指标", "认定依据", "市级指导单位", "可推广做法"),
                        9, 20, 50, 18, 40);
                printable(wb.newWorksheet("关注清单"), watch, List.of("单位", "指标", "认定依据", "关注原因"), 9, 20, 56, 30);
                table(wb.newWorksheet("问题整改清单-明细"), rect,
                        10, 10, 8, 28, 6, 10, 8, 10, 10, 24, 8, 10, 10, 56, 14, 10, 22, 10, 10, 24, 10, 8);
                table(wb.newWorksheet("成绩推广清单-明细"), promo, 10, 10, 8, 28, 6, 10, 8, 10, 10, 24, 8, 10, 10, 56, 22, 30);
                table(wb.newWorksheet("关注清单-明细"), watch, 10, 10, 8, 28, 6, 10, 8, 10, 10, 24, 8, 10, 10, 56, 30);
                guides(wb, fw, lists);
            }
            if (!figures.isEmpty()) rawFigures(wb.newWorksheet("原始数据"), figures);
            Worksheet m = wb.newWorksheet("方法");
            List<List<String>> methods = new ArrayList<>();
            methods.add(List.of("环节", "方法", "说明"));
            methods.addAll(MethodsText.rows(s));
            table(m, methods, 14, 18, 90);
            weights(wb, fw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return XlsxBytes.deterministic(b.toByteArray());
    }

    /** A pool's ranking sheet: rank, place, index and level-1 scores, tier, last rank and move, notes. */
    private static void ranking(Workbook wb, Framework fw, PoolResult p, ComputeOutputs.RunLists run,
                                Map<String, PeriodComparison.Row> idx) {
        Worksheet ws = wb.newWorksheet("排名-" + UnitPageWriter.poolName(p.pool()));
        int c = 0;
        for (String h : List.of("排名", "代码", "单位", fw.root().displayName())) ws.value(0, c++, h);
        for (int ch : fw.children(0)) if (p.active()[ch]) ws.value(0, c++, fw.node(ch).displayName());
        int tierCol = c;
        ws.value(0, c++, "等次");
        if (run.comparison() != null) {
            ws.value(0, c++, "上期排名");
            ws.value(0, c++, "进位/退位");
        }
        ws.value(0, c, "说明");
        int row = 1;
        for (int u : RankingsWriter.order(p)) {
            int col = 0;
            if (p.ranks()[u][0] > 0) ws.value(row, col, p.ranks()[u][0]);
            col++;
            ws.value(row, col++, p.units().get(u).code());
            ws.value(row, col++, p.units().get(u).displayName());
            num(ws, row, col++, p.scores()[u][0]);
            for (int ch : fw.children(0)) if (p.active()[ch]) num(ws, row, col++, p.scores()[u][ch]);
            ws.value(row, col++, p.tiers()[u]);
            if (run.comparison() != null) {
                PeriodComparison.Row was = idx.get(p.pool() + "/" + p.units().get(u).code());
                if (was != null && was.previousRank() > 0) ws.value(row, col, was.previousRank());
                col++;
                if (was != null && was.rankChange() != null) ws.value(row, col, was.rankChange());
                col++;
            }
            if (!Notes.of(p, u).isEmpty()) ws.value(row, col, Notes.of(p, u));
            row++;
        }
        scores(ws, row, 3, tierCol - 1);
        if (run.comparison() != null && row > 1) ws.range(1, tierCol + 2, row - 1, tierCol + 2).style().format("+0;-0;0").set();
        header(ws, c + 1, 8, 10, 14, 12, 14, 14, 14, 14, 14, 14, 14, 14, 14);
    }

    /** Every score of every place and node, in one long sheet (capped for national runs). */
    private static void allScores(Workbook wb, IndexResult r) {
        Framework fw = r.framework();
        Worksheet all = wb.newWorksheet("全部得分");
        String[] h = {"比较组", "代码", "单位", "指标", "指标名称", "层级", "得分", "排名"};
        for (int i = 0; i < h.length; i++) all.value(0, i, h[i]);
        int row = 1;
        for (PoolResult p : r.pools()) {
            for (int u = 0; u < p.unitCount() && row < MAX_ROWS; u++) {
                for (int i = 0; i < fw.size() && row < MAX_ROWS; i++) {
                    if (!p.active()[i]) continue;
                    all.value(row, 0, UnitPageWriter.poolName(p.pool()));
                    all.value(row, 1, p.units().get(u).code());
                    all.value(row, 2, p.units().get(u).displayName());
                    all.value(row, 3, fw.node(i).id());
                    all.value(row, 4, fw.node(i).displayName());
                    all.value(row, 5, fw.depth(i));
                    num(all, row, 6, p.scores()[u][i]);
                    if (p.ranks()[u][i] > 0) all.value(row, 7, p.ranks()[u][i]);
                    row++;
                }
            }
        }
        if (row <= 100_000) scores(all, row, 6, 6); // a style per cell: not for a national sheet of a million rows
        header(all, 8, 10, 10, 14, 10, 36, 6, 12, 8);
    }

    /** Every node's local and global weight and direction. */
    private static void weights(Workbook wb, Framework fw) {
        Worksheet w = wb.newWorksheet("权重");
        String[] wh = {"指标代码", "指标", "层级", "本级权重", "全局权重", "方向"};
        for (int i = 0; i < wh.length; i++) w.value(0, i, wh[i]);
        for (int i = 1; i < fw.size(); i++) {
            w.value(i, 0, fw.node(i).id());
            w.value(i, 1, fw.node(i).displayName());
            w.value(i, 2, fw.depth(i));
            w.value(i, 3, fw.localWeight(i));
            w.value(i, 4, fw.globalWeight(i));
            if (fw.node(i).isLeaf()) w.value(i, 5, fw.node(i).direction().sign > 0 ? "正向" : "逆向");
        }
        if (fw.size() > 1) w.range(1, 3, fw.size() - 1, 4).style().format("0.0000").set();
        header(w, wh.length, 10, 40, 6, 10, 10, 6);
    }

    /**
     * 原始数据: every department figure used, where it was written (the positions qqhi trace names),
     * so a department can check its numbers; capped at Excel's row limit.
     */
    private static void rawFigures(Worksheet ws, List<RawFigures.Row> figures) {
        boolean versioned = figures.stream().anyMatch(f -> !f.history().isEmpty());
        String[] h = versioned ? new String[] {"单位代码", "单位", "数据项代码", "数据项", "数值", "计量单位", "报送部门", "文件", "位置", "版本"}
                : new String[] {"单位代码", "单位", "数据项代码", "数据项", "数值", "计量单位", "报送部门", "文件", "位置"};
        for (int i = 0; i < h.length; i++) ws.value(0, i, h[i]);
        int row = 1;
        for (RawFigures.Row f : figures) {
            if (row >= MAX_ROWS) break;
            Trace.Source s = f.source();
            ws.value(row, 0, f.unit().code());
            ws.value(row, 1, f.unit().displayName());
            ws.value(row, 2, s.item());
            if (s.name() != null) ws.value(row, 3, s.name());
            ws.value(row, 4, s.value());
            if (s.unitOfMeasure() != null) ws.value(row, 5, s.unitOfMeasure());
            ws.value(row, 6, s.departmentName());
            ws.value(row, 7, s.file());
            ws.value(row, 8, s.cell() != null ? "第1张工作表" + s.cell() : "第" + s.line() + "行第" + s.column() + "列");
            if (versioned && !f.history().isEmpty()) ws.value(row, 9, io.qqhi.report.Versions.line(f.history()));
            row++;
        }
        header(ws, h.length, 10, 12, 10, 36, 12, 8, 20, 40, 16, 60);
    }

    /** Columns of the lists that hold plain figures: numbers in the workbook, so that Excel sums and sorts them. */
    private static final Set<String> FIGURES = Set.of("层级", "本期值", "全市(全组)均值", "最优值", "得分");
    private static final Pattern PLAIN = Pattern.compile("-?\\d{1,15}(\\.\\d{1,15})?");

    /** A list as its CSV has it, the header in bold; figures as numbers, the rest as written (并列第3, 发生1起). */
    private static void table(Worksheet ws, List<List<String>> rows, double... widths) {
        List<String> head = rows.get(0);
        for (int row = 0; row < rows.size() && row < MAX_ROWS; row++) {
            List<String> cells = rows.get(row);
            for (int c = 0; c < cells.size(); c++) {
                String v = cells.get(c);
                if (v.isEmpty()) continue;
                if (row > 0 && FIGURES.contains(head.get(c)) && PLAIN.matcher(v).matches()) ws.value(row, c, new BigDecimal(v));
                else ws.value(row, c, v);
            }
        }
        header(ws, head.size(), widths);
    }

    /**
     * A list's printed view: only {@code columns} of its table (by header), wrapped, so that A4
     * landscape fit to the width keeps the type at about 10 pt (issue 34; the 明细 sheet has all).
     */
    private static void printable(Worksheet ws, List<List<String>> rows, List<String> columns, double... widths) {
        List<String> head = rows.get(0);
        int[] at = columns.stream().mapToInt(head::indexOf).toArray();
        for (int row = 0; row < rows.size() && row < MAX_ROWS; row++) {
            for (int c = 0; c < at.length; c++) {
                String v = at[c] < 0 ? "" : rows.get(row).get(at[c]);
                if (!v.isEmpty()) ws.value(row, c, v);
            }
            // two lines a row: a spreadsheet does not grow rows to their wrapped text by itself
            if (row > 0) ws.rowHeight(row, 28);
        }
        header(ws, columns.size(), widths);
        if (rows.size() > 1) ws.range(1, 0, Math.min(rows.size(), MAX_ROWS) - 1, columns.size() - 1).style().wrapText(true).verticalAlignment("top").set();
    }

    /**
     * 对口指导清单: the rectification items by guiding department, a row per department × place ×
     * item with the figures (the guides/ CSVs side by side, for one print).
     */
    private static void guides(Workbook wb, Framework fw, PlaceLists lists) {
        Map<String, List<PlaceLists.Entry>> by = lists.byGuide(fw);
        if (by.isEmpty()) return;
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("市级指导单位"));
        head.addAll(ListsWriter.GUIDE_HEADER);
        rows.add(head);
        by.forEach((guide, entries) -> {
            for (PlaceLists.Entry e : entries) {
                rows.add(List.of(guide, e.unitName(), e.nodeName(), e.value(), e.measure(), e.mean(), e.gap(), e.rank(), e.lead(),
                        e.support(), e.deadline(), e.basis()));
            }
        });
        printable(wb.newWorksheet("对口指导清单"), rows, List.of("市级指导单位", "单位", "指标", "本期值", "计量单位", "全市(全组)均值",
                "差距", "位次", "牵头单位", "完成时限"), 14, 9, 22, 8, 8, 13, 24, 8, 13, 9);
    }

    /** Scores shown with two decimals (the value keeps four). */
    private static void scores(Worksheet ws, int rows, int firstCol, int lastCol) {
        if (rows > 1 && lastCol >= firstCol) ws.range(1, firstCol, rows - 1, lastCol).style().format("0.00").set();
    }

    /**
     * The header row bold over all {@code columns}, frozen, with an autofilter; printed on A4
     * landscape, fit to the page width, the header repeated on every page.
     */
    private static void header(Worksheet ws, int columns, double... widths) {
        ws.freezePane(0, 1);
        for (int i = 0; i < Math.min(widths.length, columns); i++) ws.width(i, widths[i]);
        ws.range(0, 0, 0, Math.max(0, columns - 1)).style().bold().fillColor("DDEBF7").set();
        ws.setAutoFilter(0, 0, Math.max(0, columns - 1));
        print(ws);
        ws.repeatRows(0);
    }

    /** A4 landscape, fit to the page width. */
    static void print(Worksheet ws) {
        ws.paperSize(PaperSize.A4_PAPER);
        ws.pageOrientation("landscape");
        ws.setFitToPage(true);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
    }

    private static void num(Worksheet ws, int row, int col, double v) {
        if (!Double.isNaN(v)) ws.value(row, col, Math.round(v * 10000) / 10000.0);
    }
}
