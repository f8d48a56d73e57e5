package io.qqhi.input;

import java.util.HashMap;
import java.util.Map;

/**
 * A unit (district, township, country…): its code, name, comparison pool, and attribute columns
 * (groups, denominators) as written.
 */
public record UnitRecord(String code, String name, String nameEn, String pool, String parent,
                         Map<String, String> attributes, Map<String, Double> numbers) {
    public UnitRecord {
        attributes = Map.copyOf(attributes);
        numbers = Map.copyOf(numbers);
    }

    /** Attribute values that are numbers are also kept parsed, so a denominator is not re-parsed on every run. */
    public UnitRecord(String code, String name, String nameEn, String pool, String parent, Map<String, String> attributes) {
        this(code, name, nameEn, pool, parent, attributes, parsed(attributes));
    }

    private static Map<String, Double> parsed(Map<String, String> attributes) {
        Map<String, Double> m = new HashMap<>();
        attributes.forEach((k, v) -> {
            if (v == null || v.isBlank()) return;
            String t = v.trim();
            // a group name (县市, EU) cannot be a number: not trying spares an exception per unit,
            // which cost 0.6 s for 43,000 units. parseDouble's texts start with one of these.
            if ("0123456789+-.IN".indexOf(t.charAt(0)) < 0) return;
            try {
                m.put(k, Double.parseDouble(t));
            } catch (NumberFormatException e) {
                // a text attribute (a group), not a number
            }
        });
        return m;
    }

    /** A numeric attribute, NaN when absent or not a number. */
    public double number(String column) {
        Double d = numbers.get(column);
        return d == null ? Double.NaN : d;
    }

    public String displayName() {
        return name == null || name.isEmpty() ? code : name;
    }
}
