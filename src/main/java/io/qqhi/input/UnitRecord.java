package io.qqhi.input;

import java.util.Map;

/**
 * A unit (district, township, country…): its code, name, comparison pool, and attribute columns
 * (groups, denominators) as written.
 */
public record UnitRecord(String code, String name, String nameEn, String pool, String parent,
                         Map<String, String> attributes) {
    public UnitRecord {
        attributes = Map.copyOf(attributes);
    }

    public String displayName() {
        return name == null || name.isEmpty() ? code : name;
    }
}
