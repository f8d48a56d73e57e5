package io.qqhi.input;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qqhi.framework.Framework;
import io.qqhi.framework.Item;

/**
 * Which figures arrived: for every department and item, the units that should report it and
 * those that did. Townships owe only the items their leaves use.
 */
public final class Coverage {
    public record Cell(Item item, List<String> expected, List<String> received) {
        public List<String> missing() {
            Set<String> got = new HashSet<>(received);
            List<String> m = new ArrayList<>();
            for (String u : expected) if (!got.contains(u)) m.add(u);
            return m;
        }
    }

    private final Map<String, List<Cell>> byDepartment = new LinkedHashMap<>();

    public static Coverage of(Framework fw, UnitRegistry reg, ItemValues values) {
        Coverage c = new Coverage();
        Map<String, Set<String>> needed = LeafDeriver.itemsNeeded(fw, reg);
        for (Item it : fw.items()) {
            List<String> expected = new ArrayList<>();
            List<String> received = new ArrayList<>();
            for (UnitRecord u : reg.units()) {
                if (!needed.get(u.pool()).contains(it.id())) continue;
                expected.add(u.code());
                if (values.get(u.code(), it.id()) != null) received.add(u.code());
            }
            c.byDepartment.computeIfAbsent(it.department(), k -> new ArrayList<>()).add(new Cell(it, expected, received));
        }
        return c;
    }

    public Map<String, List<Cell>> byDepartment() {
        return byDepartment;
    }

    public int expectedTotal() {
        return byDepartment.values().stream().flatMap(List::stream).mapToInt(x -> x.expected().size()).sum();
    }

    public int receivedTotal() {
        return byDepartment.values().stream().flatMap(List::stream).mapToInt(x -> x.received().size()).sum();
    }
}
