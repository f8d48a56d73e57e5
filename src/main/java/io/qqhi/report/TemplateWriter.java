package io.qqhi.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import io.qqhi.framework.Department;
import io.qqhi.framework.Framework;
import io.qqhi.framework.Item;
import io.qqhi.input.UnitRecord;

/**
 * The data-collection templates the index office sends out each period: per department one CSV and
 * one XLSX in the long layout qqhi reads back (unit, item, value, note, plus names for the reader),
 * one row per unit × item the department owes, with a note on how to write the value.
 */
public final class TemplateWriter {
    private static final List<String> HEADER = List.of("unit", "item", "value", "note", "unit_name", "item_name", "item_unit");

    private TemplateWriter() {
    }

    public static OutputSet build(Framework fw, List<UnitRecord> units, Map<String, Set<String>> neededByPool) {
        OutputSet out = new OutputSet();
        for (Department d : fw.departments()) {
            List<Item> own = fw.items().stream().filter(i -> d.id().equals(i.department())).toList();
            if (own.isEmpty()) continue;
            String name = OutputSet.safe(d.id() + "-" + (d.name() == null ? "" : d.name()));
            CsvText t = CsvText.forExcel();
            t.row(HEADER);
            for (Item it : own) {
                for (UnitRecord u : units) {
                    if (!neededByPool.getOrDefault(u.pool(), Set.of()).contains(it.id())) continue;
                    t.row(u.code(), it.id(), "", hint(it), u.displayName(), it.name(), it.unit());
                }
            }
            out.excelCsv(name + ".csv", t.toString());
            out.bytes(name + ".xlsx", xlsx(d, own, units, neededByPool));
        }
        return out;
    }

    static String hint(Item it) {
        switch (it.type()) {
            case "rate": return "百分比数值，0–100，如 92.5（不是 0.925）";
            case "count": return "非负整数，如 12；无发生填 0";
            default: return "数值" + (it.unit() == null ? "" : "（" + it.unit() + "）") + "；暂无数据请留空并在备注说明";
        }
    }

    private static byte[] xlsx(Department d, List<Item> own, List<UnitRecord> units, Map<String, Set<String>> needed) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(b, "qqhi", "1.0")) {
            Worksheet ws = wb.newWorksheet("数据");
            for (int c = 0; c < HEADER.size(); c++) ws.value(0, c, HEADER.get(c));
            ws.freezePane(0, 1);
            int row = 1;
            for (Item it : own) {
                for (UnitRecord u : units) {
                    if (!needed.getOrDefault(u.pool(), Set.of()).contains(it.id())) continue;
                    ws.value(row, 0, u.code());
                    ws.value(row, 1, it.id());
                    ws.value(row, 3, hint(it));
                    ws.value(row, 4, u.displayName());
                    ws.value(row, 5, it.name());
                    ws.value(row, 6, it.unit());
                    row++;
                }
            }
            ws.width(3, 40);
            ws.width(5, 36);
            Worksheet help = wb.newWorksheet("说明");
            help.value(0, 0, (d.name() == null ? d.id() : d.name()) + " 数据报送说明");
            help.value(1, 0, "只填写“数据”表的 value 列；不要改动 unit、item 列，不要合并单元格，不要使用公式。");
            help.value(2, 0, "暂无数据请留空并在 note 列说明原因；不要填 0 代替缺失。");
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
            throw new java.io.UncheckedIOException(e);
        }
        return XlsxBytes.deterministic(b.toByteArray());
    }
}
