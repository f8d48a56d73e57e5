package io.qqhi.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import io.qqhi.analysis.ShortboardEntry;
import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Department;
import io.qqhi.framework.Framework;
import io.qqhi.framework.Settings;

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

    public static byte[] write(IndexResult r, List<ShortboardEntry> boards, List<ShortboardEntry> strengths, Settings s) {
        return write(r, boards, strengths, s, null);
    }

    /** The workbook; a data folder's notice (示例数据…) opens it on a sheet of its own. */
    public static byte[] write(IndexResult r, List<ShortboardEntry> boards, List<ShortboardEntry> strengths, Settings s,
                               String notice) {
        Framework fw = r.framework();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(b, "qqhi", "1.0")) {
            if (notice != null && !notice.isBlank()) {
                Worksheet n = wb.newWorksheet("说明");
                n.value(0, 0, fw.root().displayName());
                n.value(1, 0, notice);
                n.style(1, 0).bold().fontColor("C0392B").set();
                n.width(0, 60);
            }
            for (PoolResult p : r.pools()) {
                Worksheet ws = wb.newWorksheet("排名-" + UnitPageWriter.poolName(p.pool()));
                int c = 0;
                for (String h : List.of("排名", "代码", "单位", fw.root().displayName())) ws.value(0, c++, h);
                for (int ch : fw.children(0)) if (p.active()[ch]) ws.value(0, c++, fw.node(ch).displayName());
                ws.value(0, c, "等次");
                ws.value(0, c + 1, "说明");
                int row = 1;
                for (int u : RankingsWriter.order(p)) {
                    int col = 0;
                    if (p.ranks()[u][0] > 0) ws.value(row, col, p.ranks()[u][0]);
                    col++;
                    ws.value(row, col++, p.units().get(u).code());
                    ws.value(row, col++, p.units().get(u).displayName());
                    num(ws, row, col++, p.scores()[u][0]);
                    for (int ch : fw.children(0)) if (p.active()[ch]) num(ws, row, col++, p.scores()[u][ch]);
                    ws.value(row, col, p.tiers()[u]);
                    if (!p.note(u).isEmpty()) ws.value(row, col + 1, p.note(u));
                    row++;
                }
                header(ws, 8, 10, 14, 12);
            }
            Worksheet all = wb.newWorksheet("全部得分");
            String[] h = {"比较组", "代码", "单位", "指标", "指标名称", "层级", "得分", "排名"};
            for (int i = 0; i < h.length; i++) all.value(0, i, h[i]);
            int row = 1;
            for (PoolResult p : r.pools()) {
                for (int u = 0; u < p.unitCount() && row < MAX_ROWS; u++) {
                    for (int i = 0; i < fw.size() && row < MAX_ROWS; i++) {
                        if (!p.active()[i]) continue;
                        all.value(row, 0, p.pool());
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
            header(all, 10, 10, 14, 10, 36, 6, 12, 8);
            entries(wb.newWorksheet("短板"), fw, boards, true);
            entries(wb.newWorksheet("成绩推广清单"), fw, strengths, false);
            Worksheet dep = wb.newWorksheet("问题整改清单-部门");
            String[] dh = {"部门", "比较组", "单位", "指标", "指标名称", "得分", "组内最优", "失分", "触发规则", "整改措施", "时限", "整改状态"};
            for (int i = 0; i < dh.length; i++) dep.value(0, i, dh[i]);
            row = 1;
            for (Department d : fw.departments()) {
                for (ShortboardEntry e : boards) {
                    if (row >= MAX_ROWS) break;
                    if (!fw.node(e.node()).isLeaf() || !e.departments().contains(d.id())) continue;
                    dep.value(row, 0, d.name());
                    dep.value(row, 1, UnitPageWriter.poolName(e.pool()));
                    dep.value(row, 2, e.unitName());
                    dep.value(row, 3, e.nodeId());
                    dep.value(row, 4, e.nodeName());
                    num(dep, row, 5, e.score());
                    num(dep, row, 6, e.best());
                    num(dep, row, 7, e.pointsLost());
                    dep.value(row, 8, UnitPageWriter.chinese(e.rules()));
                    row++;
                }
            }
            header(dep, 16, 8, 10, 8, 30, 8, 8, 8, 40, 20, 10, 10);
            Worksheet m = wb.newWorksheet("方法");
            String[] lines = SettingsWriter.methodYaml(s).split("\n");
            for (int i = 0; i < lines.length; i++) m.value(i, 0, lines[i]);
            int base = lines.length + 1;
            m.value(base, 0, "指标");
            m.value(base, 1, "名称");
            m.value(base, 2, "层级");
            m.value(base, 3, "本级权重");
            m.value(base, 4, "全局权重");
            m.value(base, 5, "方向");
            for (int i = 1; i < fw.size(); i++) {
                m.value(base + i, 0, fw.node(i).id());
                m.value(base + i, 1, fw.node(i).displayName());
                m.value(base + i, 2, fw.depth(i));
                m.value(base + i, 3, fw.localWeight(i));
                m.value(base + i, 4, fw.globalWeight(i));
                if (fw.node(i).isLeaf()) m.value(base + i, 5, fw.node(i).direction().symbol());
            }
            m.width(0, 60);
            m.width(1, 36);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return XlsxBytes.deterministic(b.toByteArray());
    }

    private static void entries(Worksheet ws, Framework fw, List<ShortboardEntry> list, boolean boards) {
        String[] h = {"比较组", "代码", "单位", "指标", "指标名称", "层级", "得分", "组内均值", "组内最优", "排名", "进位/退位",
            boards ? "失分" : "得分变化", boards ? "触发规则" : "依据", "责任部门"};
        for (int i = 0; i < h.length; i++) ws.value(0, i, h[i]);
        int row = 1;
        for (ShortboardEntry e : list) {
            if (row >= MAX_ROWS) break;
            ws.value(row, 0, UnitPageWriter.poolName(e.pool()));
            ws.value(row, 1, e.unit());
            ws.value(row, 2, e.unitName());
            ws.value(row, 3, e.nodeId());
            ws.value(row, 4, e.nodeName());
            ws.value(row, 5, e.level());
            num(ws, row, 6, e.score());
            num(ws, row, 7, e.mean());
            num(ws, row, 8, e.best());
            if (e.rank() > 0) ws.value(row, 9, e.rank());
            if (e.rankChange() != null) ws.value(row, 10, e.rankChange());
            if (boards) num(ws, row, 11, e.pointsLost());
            else if (e.scoreChange() != null) num(ws, row, 11, e.scoreChange());
            ws.value(row, 12, UnitPageWriter.chinese(e.rules()));
            ws.value(row, 13, ListsWriter.departmentNames(fw, e.departments()));
            row++;
        }
        header(ws, 8, 10, 12, 8, 32, 6, 8, 8, 8, 6, 10, 8, 48, 30);
    }

    private static void header(Worksheet ws, double... widths) {
        ws.freezePane(0, 1);
        for (int i = 0; i < widths.length; i++) ws.width(i, widths[i]);
        ws.range(0, 0, 0, Math.max(0, widths.length - 1)).style().bold().set();
    }

    private static void num(Worksheet ws, int row, int col, double v) {
        if (!Double.isNaN(v)) ws.value(row, col, Math.round(v * 10000) / 10000.0);
    }
}
