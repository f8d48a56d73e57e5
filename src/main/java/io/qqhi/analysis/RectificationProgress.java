package io.qqhi.analysis;

import java.util.Collections;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How last period's 问题整改清单 was worked on (docs/methods.md, rectification progress): its items,
 * how many the places reported 已完成 in the ledger (整改完成率), how many are 已销号 now (销号率),
 * the items overdue by place (not 已完成 and their 完成时限 before the end of this period), and how
 * many of this period's items are on the list for the second time running. Without a ledger only
 * the 销号 figures and the repeats are known ({@code ledger} false).
 */
public record RectificationProgress(int listed, boolean ledger, int reported, int done, int closed,
                                    Map<String, Integer> overdueByPlace, int repeated) {
    public RectificationProgress {
        overdueByPlace = Collections.unmodifiableMap(new LinkedHashMap<>(overdueByPlace));
    }

    /**
     * Follow-ups whose standard is met but whose item the ledger does not report 已完成 are 未销号:
     * a figure back at the mean does not close an item the place says is still open (nor one it never
     * reported on), when a ledger was kept at all.
     */
    public static List<TwoWayLists.FollowUp> closeWithLedger(List<TwoWayLists.FollowUp> follow, Ledger ledger) {
        if (ledger == null || ledger.items().isEmpty()) return follow;
        List<TwoWayLists.FollowUp> out = new ArrayList<>(follow.size());
        for (TwoWayLists.FollowUp f : follow) {
            Ledger.Item i = ledger.find(f.unit() + "-" + f.nodeId());
            boolean done = i != null && i.progress() == Ledger.Progress.DONE;
            boolean closes = f.status() == TwoWayLists.Status.CLOSED || f.status() == TwoWayLists.Status.PENDING;
            out.add(closes && !done ? new TwoWayLists.FollowUp(f.unit(), f.unitName(), f.nodeId(), f.nodeName(),
                    TwoWayLists.Status.OPEN, f.now(), f.measure(), f.standard()) : f);
        }
        return out;
    }

    /** @param end the last day of this period: a deadline before it has passed when this period's figures are read */
    public static RectificationProgress of(List<TwoWayLists.FollowUp> follow, Ledger ledger, List<TwoWayLists.Entry> now,
                                           LocalDate end) {
        boolean kept = ledger != null && !ledger.items().isEmpty();
        int reported = 0;
        int done = 0;
        int closed = 0;
        Map<String, Integer> overdue = new LinkedHashMap<>();
        for (TwoWayLists.FollowUp f : follow) {
            if (f.status() == TwoWayLists.Status.CLOSED) closed++;
            Ledger.Item i = kept ? ledger.find(f.unit() + "-" + f.nodeId()) : null;
            if (i == null) continue;
            reported++;
            if (i.progress() == Ledger.Progress.DONE) done++;
            else if (i.deadline() != null && i.deadline().isBefore(end)) overdue.merge(f.unitName(), 1, Integer::sum);
        }
        int repeated = (int) now.stream().filter(TwoWayLists.Entry::repeated).count();
        return new RectificationProgress(follow.size(), kept, reported, done, closed, overdue, repeated);
    }

    public int overdue() {
        return overdueByPlace.values().stream().mapToInt(Integer::intValue).sum();
    }
}
