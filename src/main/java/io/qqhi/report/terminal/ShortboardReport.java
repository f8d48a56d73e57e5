package io.qqhi.report.terminal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qqhi.report.PlaceLists;
import io.qqhi.report.records.Json;

/** The two-way lists on the terminal, per place: 问题整改清单, 成绩推广清单, and last period's items followed up. */
public final class ShortboardReport {
    private ShortboardReport() {
    }

    /** The lists of every place in {@code units} (codes; all places when empty), in the order the lists give them. */
    public static void printText(PrintWriter out, PlaceLists lists, List<String> units) {
        Map<String, String> names = names(lists, false);
        List<String> shown = units.isEmpty() ? List.copyOf(names.keySet()) : units;
        for (String unit : shown) {
            out.println();
            out.println(names.getOrDefault(unit, unit));
            section(out, "问题整改清单", lists.rectification(), unit, true);
            section(out, "成绩推广清单", lists.promotion(), unit, false);
            List<PlaceLists.FollowUp> f = lists.followUpOf(unit);
            if (!f.isEmpty()) {
                out.println("  上期问题整改清单销号情况：");
                for (PlaceLists.FollowUp x : f) {
                    out.println("    " + x.nodeName() + "（本期" + (x.now().isEmpty() ? "无数据" : x.now()) + "）：" + x.status());
                }
            }
        }
        if (shown.isEmpty()) out.println("无");
    }

    /**
     * The lists of the places asked for (all when none), as JSON: per place its rectification,
     * promotion and watch entries with every field of the CSV files, and last period's follow-up.
     */
    public static String json(PlaceLists lists, List<String> units) {
        Map<String, String> names = names(lists, true);
        List<String> shown = units.isEmpty() ? List.copyOf(names.keySet()) : units;
        List<Map<String, Object>> out = new ArrayList<>();
        for (String unit : shown) out.add(unitLists(lists, unit, names.getOrDefault(unit, unit)));
        return Json.records(Map.of("units", out));
    }

    /** The places the lists name, code → name, in list order (the text has no watch list; the JSON has). */
    private static Map<String, String> names(PlaceLists lists, boolean withWatch) {
        Map<String, String> names = new LinkedHashMap<>();
        for (PlaceLists.Entry e : lists.rectification()) names.putIfAbsent(e.unit(), e.unitName());
        for (PlaceLists.Entry e : lists.promotion()) names.putIfAbsent(e.unit(), e.unitName());
        if (withWatch) for (PlaceLists.Entry e : lists.watch()) names.putIfAbsent(e.unit(), e.unitName());
        for (PlaceLists.FollowUp f : lists.followUp()) names.putIfAbsent(f.unit(), f.unitName());
        return names;
    }

    /** One place's lists as a JSON-ready map (explain's JSON carries it too). */
    public static Map<String, Object> unitLists(PlaceLists lists, String unit, String name) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unit", unit);
        m.put("name", name);
        m.put("rectification", lists == null ? List.of() : lists.rectification().stream().filter(e -> e.unit().equals(unit)).toList());
        m.put("promotion", lists == null ? List.of() : lists.promotion().stream().filter(e -> e.unit().equals(unit)).toList());
        m.put("watch", lists == null ? List.of() : lists.watch().stream().filter(e -> e.unit().equals(unit)).toList());
        m.put("follow_up", lists == null ? List.of() : lists.followUpOf(unit));
        return m;
    }

    private static void section(PrintWriter out, String title, List<PlaceLists.Entry> entries, String unit, boolean rectify) {
        List<PlaceLists.Entry> mine = entries.stream().filter(e -> e.unit().equals(unit)).toList();
        out.println("  " + title + "：" + (mine.isEmpty() ? "无" : ""));
        int k = 1;
        for (PlaceLists.Entry e : mine) {
            StringBuilder b = new StringBuilder("    " + k++ + ". " + e.basis());
            if (!e.change().isEmpty()) b.append("，较上期").append(e.change());
            if (rectify) {
                b.append("。牵头：").append(e.lead());
                if (!e.guide().isEmpty()) b.append("；市级指导：").append(e.guide());
                b.append("；销号标准：").append(e.criterion());
                if (e.repeated()) b.append("（连续上榜）");
                if (!e.verification().isEmpty()) b.append("（数据").append(e.verification()).append("）");
            }
            out.println(b);
        }
    }
}
