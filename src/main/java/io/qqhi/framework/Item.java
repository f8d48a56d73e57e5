package io.qqhi.framework;

/**
 * A raw quantitative data item reported by a department. {@code type} drives plausibility
 * checks: {@code rate} (a percentage, 0–100), {@code count} (non-negative whole number),
 * {@code value} (any number).
 */
public record Item(String id, String name, String nameEn, String unit, String department, String type,
                   SourcePosition at) {
    public boolean isRate() {
        return "rate".equals(type);
    }

    public boolean isCount() {
        return "count".equals(type);
    }
}
