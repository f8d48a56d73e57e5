package io.qqhi.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A period's rectification ledger (整改台账; docs/formats.md, ledger): per item of the published
 * 问题整改清单 what the place reported on its returned form — measures, who is responsible, who
 * helps, the deadline, the progress, when it was reported and from which form.
 */
public record Ledger(List<Item> items) {
    public Ledger {
        items = List.copyOf(items);
    }

    public static final Ledger EMPTY = new Ledger(List.of());

    /** The progress a place reports (the form's list: 未启动 / 推进中 / 已完成). */
    public enum Progress { NOT_STARTED, IN_PROGRESS, DONE }

    /** One item as reported; {@code id} is the list's CODE-LEAF. */
    public record Item(String id, String unit, String node, String measures, String owner, String partners, LocalDate deadline,
                       Progress progress, LocalDate reported, String form) {
        /** Not done and its deadline passed before {@code today}. */
        public boolean overdue(LocalDate today) {
            return progress != Progress.DONE && deadline != null && deadline.isBefore(today);
        }
    }

    /** The item reported for {@code id}, or null. */
    public Item find(String id) {
        for (Item i : items) if (i.id().equals(id)) return i;
        return null;
    }

    /** This ledger with {@code fresh} items replacing those of the same id; items in id order. */
    public Ledger with(List<Item> fresh) {
        Map<String, Item> by = new LinkedHashMap<>();
        for (Item i : items) by.put(i.id(), i);
        for (Item i : fresh) by.put(i.id(), i);
        List<Item> out = new ArrayList<>(by.values());
        out.sort(Comparator.comparing(Item::id));
        return new Ledger(out);
    }
}
