package io.qqhi.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qqhi.framework.Framework;
import io.qqhi.input.Case;

/**
 * The three lists and the follow-up as places and departments read them (every cell as printed),
 * and the 典型案例 the documents tell (those behind a promotion, and those on a theme), made from the
 * analysis' facts by {@link ListText}. Every writer of lists reads this.
 */
public record PlaceLists(List<Entry> rectification, List<Entry> promotion, List<Entry> watch, List<FollowUp> followUp,
                         List<Case> cases) {
    public PlaceLists(List<Entry> rectification, List<Entry> promotion, List<Entry> watch, List<FollowUp> followUp) {
        this(rectification, promotion, watch, followUp, List.of());
    }

    /**
     * One entry as printed: the facts in the leaf's units, the sentence that states them, who acts,
     * and for a promotion the 典型案例 behind it (可推广做法: 《title》; empty when none).
     */
    public record Entry(String pool, String unit, String unitName, String nodeId, String nodeName, int level, String value,
                        String measure, String mean, String best, String gap, String score, String rank, String change,
                        String basis, String lead, String support, String guide, String deadline, String criterion,
                        String verification, boolean negativeEvent, boolean repeated, double pointsLost, String practice) {
    }

    /**
     * A rectification item of the previous list, the standard it is held to, whether it is closed now,
     * and what the place reported in the ledger (empty when no ledger was kept), as printed.
     */
    public record FollowUp(String unit, String unitName, String nodeId, String nodeName, String status, String now,
                           String standard, String progress) {
    }

    /** One place's items of last period's list and their status. */
    public List<FollowUp> followUpOf(String unit) {
        return followUp.stream().filter(f -> f.unit().equals(unit)).toList();
    }

    /** One place's entries of a list, in the list's order. */
    public static List<Entry> of(List<Entry> list, String pool, String unit) {
        return list.stream().filter(e -> e.pool().equals(pool) && e.unit().equals(unit)).toList();
    }

    /** Per guiding department (by name): the units and items it guides on the rectification list. */
    public Map<String, List<Entry>> byGuide(Framework fw) {
        Map<String, List<Entry>> out = new LinkedHashMap<>();
        String sep = ListText.SEP;
        // the few distinct guide texts split once, not once per entry (190,000 at national scale)
        Map<String, List<List<Entry>>> lists = new HashMap<>();
        for (Entry e : rectification) {
            if (e.guide().isEmpty()) continue;
            List<List<Entry>> to = lists.computeIfAbsent(e.guide(), guide -> {
                List<List<Entry>> l = new ArrayList<>();
                for (String g : guide.split(sep)) l.add(out.computeIfAbsent(g, k -> new ArrayList<>()));
                return l;
            });
            for (List<Entry> l : to) l.add(e);
        }
        return out;
    }
}
