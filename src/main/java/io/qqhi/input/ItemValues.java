package io.qqhi.input;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.qqhi.framework.Item;

/**
 * The figures of one period, by unit and item; a missing figure is absent (NaN on lookup). Held
 * as a units × items table of the registry's units and the framework's items (a national period
 * has 1.2 million figures: a map per unit cost more than reading the files); a unit or item
 * outside them goes to a side map.
 */
public final class ItemValues {
    private final Map<String, Integer> unitIndex = new HashMap<>();
    private final Map<String, Integer> itemIndex = new HashMap<>();
    private final Reported[][] table;
    private final Map<String, Reported> other = new HashMap<>();
    /** The 口径 a figure was reported on (docs/formats.md, data scope), by unit and item; absent: not said. */
    private final Map<String, Scope> scopes = new HashMap<>();

    /** The data scope of a figure: the administrative area (行政区划) or the functional area's own (功能区). */
    public enum Scope { ADMINISTRATIVE, FUNCTIONAL }

    public void scope(String unit, String item, Scope s) {
        scopes.put(unit + "\u0000" + item, s);
    }

    /** Confirmations written in a department file's 确认 column (a 数据甄别 flag confirmed), by unit and item. */
    private final Map<String, String> confirmed = new java.util.LinkedHashMap<>();

    public void confirm(String unit, String item, String note) {
        confirmed.put(unit + "\u0000" + item, note);
    }

    /** The 确认 notes of the file(s) read, as {unit, item, note}, in reading order. */
    public java.util.List<String[]> confirmations() {
        java.util.List<String[]> out = new java.util.ArrayList<>();
        confirmed.forEach((k, v) -> {
            String[] p = k.split("\u0000", 2);
            out.add(new String[] {p[0], p[1], v});
        });
        return out;
    }

    /** The figure's 口径, null when its file did not say. */
    public Scope scope(String unit, String item) {
        return scopes.get(unit + "\u0000" + item);
    }

    public ItemValues(UnitRegistry registry, List<Item> items) {
        List<UnitRecord> units = registry.units();
        for (int u = 0; u < units.size(); u++) unitIndex.putIfAbsent(units.get(u).code(), u);
        for (int i = 0; i < items.size(); i++) itemIndex.putIfAbsent(items.get(i).id(), i);
        table = new Reported[units.size()][items.size()];
    }

    public Reported get(String unit, String item) {
        Integer u = unitIndex.get(unit);
        Integer i = itemIndex.get(item);
        return u != null && i != null ? table[u][i] : other.get(unit + "\u0000" + item);
    }

    public double value(String unit, String item) {
        Reported r = get(unit, item);
        return r == null ? Double.NaN : r.value();
    }

    public void put(Reported r) {
        Integer u = unitIndex.get(r.unit());
        Integer i = itemIndex.get(r.item());
        if (u != null && i != null) table[u][i] = r;
        else other.put(r.unit() + "\u0000" + r.item(), r);
    }

    /** Puts r unless a figure is there already; returns the one that was there (null if none). */
    public Reported putIfAbsent(Reported r) {
        Reported there = get(r.unit(), r.item());
        if (there == null) put(r);
        return there;
    }

    public void remove(String unit, String item) {
        Integer u = unitIndex.get(unit);
        Integer i = itemIndex.get(item);
        if (u != null && i != null) table[u][i] = null;
        else other.remove(unit + "\u0000" + item);
    }

    /** Every figure, by unit (registry order) and item (framework order), then any others. */
    public Collection<Reported> all() {
        List<Reported> all = new ArrayList<>();
        for (Reported[] row : table) for (Reported r : row) if (r != null) all.add(r);
        all.addAll(other.values());
        return all;
    }

    public int size() {
        return all().size();
    }
}
