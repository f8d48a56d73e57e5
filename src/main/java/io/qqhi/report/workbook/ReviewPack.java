package io.qqhi.report.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import io.qqhi.analysis.RawFigures;
import io.qqhi.analysis.Trace;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.input.DataFolder;
import io.qqhi.report.Numbers;
import io.qqhi.report.records.UnitPageWriter;

/**
 * A place's 征求意见稿 workbook for the review round (docs/formats.md, round review-pack): first
 * the objection sheet (异议表), one row per figure of the place with its id, value and department,
 * and the columns the place fills (我方认为的数值, 依据, 佐证材料) — read back by {@code round
 * objections}; then the provisional scores and positions of every indicator. Every sheet says
 * 征求意见稿，不得外传.
 */
public final class ReviewPack {
    /** The objection sheet's columns; the first six are ours, the last three the place's. */
    public static final List<String> HEADER = List.of("编号", "单位代码", "数据项代码", "数据项", "计量单位", "现值", "报送部门",
            "我方认为的数值", "依据", "佐证材料");

    private ReviewPack() {
    }

    /** 征求意见-JB-江北区 (without extension). */
    public static String fileName(String code, String name) {
        return "征求意见-" + code + "-" + name;
    }

    /** The sheet cell of a row (1-based line) and column (0-based), as a person finds it: 异议表H3. */
    public static String cell(int line, int column) {
        return "异议表" + io.qqhi.input.SourceCells.cellAddress(line, column + 1);
    }

    public static byte[] workbook(Framework fw, PoolResult p, int u, List<RawFigures.Row> figures, String period) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        String place = p.units().get(u).displayName();
        String head = place + DataFolder.label(period) + fw.root().displayName() + "评价初步结果（征求意见稿，不得外传）";
        try (Workbook wb = new Workbook(b, "qqhi", "1.0")) {
            Worksheet ws = wb.newWorksheet("异议表");
            ws.value(0, 0, head + " 异议表");
            ws.style(0, 0).bold().fontSize(12).set();
            for (int c = 0; c < HEADER.size(); c++) ws.value(1, c, HEADER.get(c));
            ws.range(1, 0, 1, HEADER.size() - 1).style().bold().fillColor("EEF2F6").set();
            ws.freezePane(0, 2);
            int row = 2;
            for (RawFigures.Row f : figures) {
                Trace.Source s = f.source();
                ws.value(row, 0, f.unit().code() + "-" + s.item());
                ws.value(row, 1, f.unit().code());
                ws.value(row, 2, s.item());
                if (s.name() != null) ws.value(row, 3, s.name());
                if (s.unitOfMeasure() != null) ws.value(row, 4, s.unitOfMeasure());
                ws.value(row, 5, s.value());
                ws.value(row, 6, s.departmentName());
                row++;
            }
            for (int c = 0; c < HEADER.size(); c++) ws.width(c, c == 3 || c >= 8 ? 36 : 12);
            scores(wb.newWorksheet("初步得分"), fw, p, u, head);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return XlsxBytes.deterministic(b.toByteArray());
    }

    /** Every indicator's provisional value, score and position. */
    private static void scores(Worksheet ws, Framework fw, PoolResult p, int u, String head) {
        ws.value(0, 0, head);
        ws.style(0, 0).bold().fontSize(12).set();
        String[] h = {"指标代码", "指标", "层级", "本期值", "得分", "位次"};
        for (int c = 0; c < h.length; c++) ws.value(1, c, h[c]);
        ws.range(1, 0, 1, h.length - 1).style().bold().fillColor("EEF2F6").set();
        int row = 2;
        int[] leaves = p.leafNodes();
        for (int i = 0; i < fw.size(); i++) {
            if (!p.active()[i]) continue;
            ws.value(row, 0, fw.node(i).id());
            ws.value(row, 1, fw.node(i).displayName());
            ws.value(row, 2, fw.depth(i));
            for (int j = 0; j < leaves.length; j++) {
                if (leaves[j] == i && !Double.isNaN(p.denominated(u, j))) ws.value(row, 3, Numbers.fixed(p.denominated(u, j), 2)
                        + (fw.node(i).unit() == null ? "" : fw.node(i).unit()));
            }
            if (!Double.isNaN(p.scores()[u][i])) ws.value(row, 4, Math.round(p.scores()[u][i] * 100) / 100.0);
            ws.value(row, 5, UnitPageWriter.place(p, u, i));
            row++;
        }
        ws.width(0, 10);
        ws.width(1, 36);
        ws.width(5, 14);
    }
}
