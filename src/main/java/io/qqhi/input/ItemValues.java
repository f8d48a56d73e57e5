package io.qqhi.input;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The figures of one period, by unit and item; a missing figure is absent (NaN on lookup). */
public final class ItemValues {
    private final Map<String, Map<String, Reported>> byUnit = new LinkedHashMap<>();

    public Reported get(String unit, String item) {
        Map<String, Reported> m = byUnit.get(unit);
        return m == null ? null : m.get(item);
    }

    public double value(String unit, String item) {
        Reported r = get(unit, item);
        return r == null ? Double.NaN : r.value();
    }

    public void put(Reported r) {
        byUnit.computeIfAbsent(r.unit(), k -> new HashMap<>()).put(r.item(), r);
    }

    public void remove(String unit, String item) {
        Map<String, Reported> m = byUnit.get(unit);
        if (m != null) m.remove(item);
    }

    public Collection<Reported> all() {
        return byUnit.values().stream().flatMap(m -> m.values().stream()).toList();
    }

    public int size() {
        return byUnit.values().stream().mapToInt(Map::size).sum();
    }
}
