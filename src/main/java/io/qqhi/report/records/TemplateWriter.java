package io.qqhi.report.records;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qqhi.framework.Department;
import io.qqhi.framework.Framework;
import io.qqhi.framework.Item;
import io.qqhi.input.DataFolder;
import io.qqhi.input.UnitRecord;
import io.qqhi.report.OutputSet;
import io.qqhi.report.workbook.XlsxBytes;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The data-collection templates the index office sends out each period: per department one CSV and
 * one XLSX named with the period, a title line (部门 期别 数据报送表) and the long layout qqhi reads
 * back — 单位代码, 单位, 指标代码, 指标, 计量单位, 数值, 备注: the names before the value the
 * department fills — one row per unit × item it owes, the 备注 saying how to write the value.
 */
public final class TemplateWriter {
    static final List<String> HEADER = List.of("单位代码", "单位", "指标代码", "指标", "计量单位", "数值", "备注", "口径");

    private TemplateWriter() {
    }

    public static OutputSet build(Framework fw, List<UnitRecord> units, Map<String, Set<String>> neededByPool, String period) {
        OutputSet out = new OutputSet();
        // annual items are asked for with the year-end period only (docs/methods.md, annual items)
        boolean yearEnd = DataFolder.endsYear(period);
        for (Department d : fw.departments()) {
            List<Item> own = fw.items().stream().filter(i -> d.id().equals(i.department()) && (yearEnd || !i.annual())).toList();
            if (own.isEmpty()) continue;
            String name = OutputSet.safe(d.id() + "-" + (d.name() == null ? "" : d.name()) + "-" + period);
            String title = title(fw, d, period);
            CsvText t = CsvText.forExcel();
            t.row(title);
            t.row(HEADER);
            for (Item it : own) {
                for (UnitRecord u : units) {
                    if (!neededByPool.getOrDefault(u.pool(), Set.of()).contains(it.id())) continue;
                    t.row(u.code(), u.displayName(), it.id(), it.name(), it.unit(), "", hint(it), "");
                }
            }
            out.excelCsv(name + ".csv", t.toString());
            out.bytes(name + ".xlsx", xlsx(d, own, units, neededByPool, title));
        }
        return out;
    }

    /** 市政务服务办公室 2026年下半年 亲清健康指数数据报送表 — the title line the reader skips. */
    static String title(Framework fw, Department d, String period) {
        return (d.name() == null ? d.id() : d.name()) + " " + DataFolder.label(period) + " "
                + fw.root().displayName() + "数据报送表";
    }

    static String hint(Item it) {
        switch (it.type()) {
            case "rate": return "百分比数值，0–100，如 92.5（不是 0.925）";
            case "count": return "非负整数，如 12；无发生填 0";
            default: return "数值" + (it.unit() == null ? "" : "（" + it.unit() + "）") + "；暂无数据请留空并在备注说明";
        }
    }

    private static byte[] xlsx(Department d, List<Item> own, List<UnitRecord> units, Map<String, Set<String>> needed, String title) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(b, "qqhi", "1.0")) {
            Worksheet ws = wb.newWorksheet("数据");
            ws.value(0, 0, title);
            ws.style(0, 0).bold().fontSize(14).set();
            for (int c = 0; c < HEADER.size(); c++) ws.value(1, c, HEADER.get(c));
            ws.range(1, 0, 1, HEADER.size() - 1).style().bold().fillColor("EEF2F6").set();
            ws.freezePane(0, 2);
            int row = 2;
            for (Item it : own) {
                for (UnitRecord u : units) {
                    if (!needed.getOrDefault(u.pool(), Set.of()).contains(it.id())) continue;
                    ws.value(row, 0, u.code());
                    ws.value(row, 1, u.displayName());
                    ws.value(row, 2, it.id());
                    ws.value(row, 3, it.name());
                    if (it.unit() != null) ws.value(row, 4, it.unit());
                    ws.value(row, 6, hint(it));
                    row++;
                }
            }
            ws.width(0, 12);
            ws.width(1, 12);
            ws.width(3, 36);
            ws.width(5, 12);
            ws.width(6, 40);
            Worksheet help = wb.newWorksheet("说明");
            help.value(0, 0, (d.name() == null ? d.id() : d.name()) + " 数据报送说明");
            help.value(1, 0, "只填写“数据”表的“数值”列；不要改动单位代码、指标代码列，不要合并单元格，不要使用公式。");
            help.value(2, 0, "暂无数据请留空并在“备注”列说明原因；不要填 0 代替缺失。");
            help.value(3, 0, "“口径”列（可不填）：数据按行政区划统计填“行政区划”，按功能区管辖范围统计填“功能区”。");
            help.value(4, 0, "指标");
            help.value(4, 1, "名称");
            help.value(4, 2, "计量单位");
            help.value(4, 3, "填写要求");
            int r = 5;
            for (Item it : own) {
                help.value(r, 0, it.id());
                help.value(r, 1, it.name());
                help.value(r, 2, it.unit());
                help.value(r, 3, hint(it));
                r++;
            }
            help.width(1, 36);
            help.width(3, 40);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return XlsxBytes.deterministic(b.toByteArray());
    }
}
