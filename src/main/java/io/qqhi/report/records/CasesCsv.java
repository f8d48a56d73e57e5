package io.qqhi.report.records;

import java.util.List;

import io.qqhi.input.Case;

/**
 * The case register's file, {@code DATA/P/cases.csv} (docs/formats.md, cases): one row per 典型案例,
 * UTF-8 with a BOM so Excel opens it, Chinese headers. {@link #IMPORT} are the columns a sheet of
 * cases brought in by {@code qqhi cases import} has (单位 by code or name, 指标 by id or name).
 */
public final class CasesCsv {
    public static final List<String> HEADER = List.of("编号", "单位代码", "指标代码", "主题", "标题", "正文", "联系人", "登记日期");
    public static final List<String> IMPORT = List.of("单位", "指标", "主题", "标题", "正文", "联系人");

    private CasesCsv() {
    }

    public static String text(List<Case> cases) {
        CsvText t = CsvText.forExcel();
        t.row(HEADER);
        for (Case c : cases) t.row(c.id(), c.unit(), c.node(), c.theme(), c.title(), c.text(), c.contact(), c.registered());
        return t.toString();
    }
}
