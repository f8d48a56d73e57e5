package io.qqhi.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where each item of a published 问题整改清单 stands on a day (docs/formats.md, ledger): 逾期 (not
 * done, deadline passed), 未反馈 (no form returned for it), 未启动, 推进中 or 已完成; overdue items
 * first, then by place and item in the list's order.
 */
public record LedgerStatus(LocalDate today, List<Row> rows) {
    public LedgerStatus {
        rows = List.copyOf(rows);
    }

    public enum State { OVERDUE, NOT_REPORTED, NOT_STARTED, IN_PROGRESS, DONE }

    /** An item of the list: the place, the leaf, its guiding departments, the reported item (null: none) and its state. */
    public record Row(String unit, String unitName, String node, String nodeName, String guide, String deadline, Ledger.Item item,
                      State state) {
    }

    /** An item as the published list has it. */
    public record Listed(String unit, String unitName, String node, String nodeName, String guide, String deadline) {
        public String id() {
            return unit + "-" + node;
        }
    }

    public static LedgerStatus of(List<Listed> list, Ledger ledger, LocalDate today) {
        List<Row> rows = new ArrayList<>();
        for (Listed l : list) {
            Ledger.Item i = ledger.find(l.id());
            State s = i == null ? State.NOT_REPORTED : i.overdue(today) ? State.OVERDUE : switch (i.progress()) {
                case DONE -> State.DONE;
                case IN_PROGRESS -> State.IN_PROGRESS;
                case NOT_STARTED -> State.NOT_STARTED;
            };
            rows.add(new Row(l.unit(), l.unitName(), l.node(), l.nodeName(), l.guide(), l.deadline(), i, s));
        }
        // overdue first; otherwise the list's order (a stable sort)
        rows.sort(Comparator.comparing(r -> r.state() != State.OVERDUE));
        return new LedgerStatus(today, rows);
    }

    public long count(State s) {
        return rows.stream().filter(r -> r.state() == s).count();
    }

    /** 整改完成率: items reported 已完成 over the items on the list, percent (NaN for an empty list). */
    public double doneRate() {
        return rows.isEmpty() ? Double.NaN : 100.0 * count(State.DONE) / rows.size();
    }
}
