package io.qqhi.report.records;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import io.qqhi.analysis.PeriodComparison;
import io.qqhi.framework.Framework;
import io.qqhi.report.Numbers;
import io.qqhi.report.PlaceLists;

/**
 * The lists' files (问题整改清单, 成绩推广清单, 关注清单, guides, follow-up) and the period comparison:
 * docs/formats.md, outputs. All for people: UTF-8 with BOM, Excel-safe.
 */
public final class ListsWriter {
    private ListsWriter() {
    }

    private static final String[] FIRST = {"单位代码", "单位", "指标代码", "指标", "层级"};
    private static final String[] FACTS = {"本期值", "计量单位", "全市(全组)均值", "最优值", "差距", "得分", "位次", "较上期", "认定依据"};

    private static String[] head(String... rest) {
        String[] h = new String[FIRST.length + FACTS.length + rest.length];
        System.arraycopy(FIRST, 0, h, 0, FIRST.length);
        System.arraycopy(FACTS, 0, h, FIRST.length, FACTS.length);
        System.arraycopy(rest, 0, h, FIRST.length + FACTS.length, rest.length);
        return h;
    }

    private static String[] facts(PlaceLists.Entry e, String... rest) {
        String[] f = {e.unit(), e.unitName(), e.nodeId(), e.nodeName(), Integer.toString(e.level()), e.value(), e.measure(),
            e.mean(), e.best(), e.gap(), e.score(), e.rank(), e.change(), e.basis()};
        String[] row = Arrays.copyOf(f, f.length + rest.length);
        System.arraycopy(rest, 0, row, f.length, rest.length);
        return row;
    }

    /** The columns of a list file, and one entry's row: 问题整改清单, 成绩推广清单 and 关注清单 (docs/formats.md, lists). */
    public enum Kind {
        RECTIFICATION(head("牵头单位", "配合单位", "市级指导单位", "完成时限", "整改进度", "销号标准", "核实状态", "连续上榜")) {
            @Override
            String[] row(PlaceLists.Entry e) {
                return facts(e, e.lead(), e.support(), e.guide(), e.deadline(), "", e.criterion(), e.verification(),
                        e.repeated() ? "连续上榜" : "");
            }
        },
        /** 可推广做法: the 典型案例 behind the entry, else empty for the place to describe what it did. */
        PROMOTION(head("市级指导单位", "可推广做法")) {
            @Override
            String[] row(PlaceLists.Entry e) {
                return facts(e, e.guide(), e.practice());
            }
        },
        /** Falls not on the rectification list, and figures still to confirm. */
        WATCH(head("关注原因")) {
            @Override
            String[] row(PlaceLists.Entry e) {
                return facts(e, e.verification().isEmpty() ? "位次或得分明显下降" : "数据待核实（" + e.verification() + "）");
            }
        };

        private final String[] header;

        Kind(String[] header) {
            this.header = header;
        }

        abstract String[] row(PlaceLists.Entry e);

        /** The header and a row per entry, for the workbook's sheets. */
        public List<List<String>> table(List<PlaceLists.Entry> entries) {
            List<List<String>> t = new ArrayList<>(entries.size() + 1);
            t.add(List.of(header));
            for (PlaceLists.Entry e : entries) t.add(Arrays.asList(row(e)));
            return t;
        }

        /** The list as CSV, streamed row by row into {@code out} (a national list has 190,000 rows). */
        public void csv(List<PlaceLists.Entry> entries, Writer out) throws IOException {
            CsvText t = CsvText.forExcel(out);
            t.row(header);
            for (PlaceLists.Entry e : entries) t.row(row(e));
            t.finish();
        }

        /** The same into a string (small lists: a place's own). */
        public String csv(List<PlaceLists.Entry> entries) {
            StringWriter w = new StringWriter();
            try {
                csv(entries, w);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return w.toString();
        }
    }

    /** guides.csv: per municipal guiding department, the places and items it guides on the rectification list. */
    public static String guides(PlaceLists lists, Framework fw) {
        CsvText t = CsvText.forExcel();
        t.row("市级指导单位", "单位数", "事项数", "单位", "事项");
        for (Map.Entry<String, List<PlaceLists.Entry>> g : lists.byGuide(fw).entrySet()) {
            // places by code (a pool's codes are unique), in the order of the list
            Set<String> seen = new HashSet<>();
            StringJoiner units = new StringJoiner("、");
            StringJoiner items = new StringJoiner("；");
            for (PlaceLists.Entry e : g.getValue()) {
                if (seen.add(e.pool() + "\u0000" + e.unit())) units.add(e.unitName());
                items.add(e.unitName() + "：" + e.nodeName());
            }
            t.row(g.getKey(), Integer.toString(seen.size()), Integer.toString(g.getValue().size()), units.toString(),
                    items.toString());
        }
        return t.toString();
    }

    /** The header of a department's 对口指导清单 (guides/NAME-对口指导清单.csv). */
    public static final List<String> GUIDE_HEADER = List.of("单位", "指标", "本期值", "计量单位", "全市(全组)均值", "差距", "位次",
            "牵头单位", "配合单位", "完成时限", "认定依据");

    /** One guiding department's 对口指导清单: a row per place × item it guides, with the figures. */
    public static String guideList(List<PlaceLists.Entry> entries) {
        CsvText t = CsvText.forExcel();
        t.row(GUIDE_HEADER);
        for (PlaceLists.Entry e : entries) {
            t.row(e.unitName(), e.nodeName(), e.value(), e.measure(), e.mean(), e.gap(), e.rank(), e.lead(), e.support(), e.deadline(),
                    e.basis());
        }
        return t.toString();
    }

    /** rectification-followup.csv: last period's rectification items and whether each is closed. */
    public static String followUp(List<PlaceLists.FollowUp> items, String previousLabel) {
        CsvText t = CsvText.forExcel();
        t.row("单位代码", "单位", "指标代码", "指标", "上期清单", "销号标准", "本期值", "销号情况");
        for (PlaceLists.FollowUp f : items) {
            t.row(f.unit(), f.unitName(), f.nodeId(), f.nodeName(), previousLabel, f.standard(), f.now(), f.status());
        }
        return t.toString();
    }

    public static String comparison(PeriodComparison c, String pool) {
        CsvText t = CsvText.forExcel();
        t.row("pool", "unit", "unit_name", "node", "node_name", "level", "score", "previous_score", "score_change", "rank",
                "previous_rank", "rank_change", "previous_period", "yardstick");
        String yardstick = c.onCurrentYardstick() ? "current" : "own";
        for (PeriodComparison.Row r : c.rows()) {
            if (!r.pool().equals(pool)) continue;
            // full precision: history reads the changes back and must find the figures compute used
            t.row(r.pool(), r.unit(), r.unitName(), r.nodeId(), r.nodeName(), Integer.toString(r.level()), Numbers.full(r.score()),
                    Numbers.full(r.previousScore()), Numbers.full(r.scoreChange()), rank(r.rank()), rank(r.previousRank()),
                    change(r.rankChange()), c.previousLabel(), yardstick);
        }
        return t.toString();
    }

    static String rank(int r) {
        return r == 0 ? "" : Integer.toString(r);
    }

    /** A change with its sign (+3, −2, 0), empty when unknown. */
    public static String change(Integer v) {
        return v == null ? "" : (v > 0 ? "+" + v : Integer.toString(v));
    }

    public static String change(Double v) {
        if (v == null || Double.isNaN(v)) return "";
        String s = Numbers.fixed(v, 2);
        return v > 0 && !s.equals("0.00") ? "+" + s : s;
    }
}
