package io.qqhi.framework;

/**
 * A raw quantitative data item reported by a department (docs/formats.md, items). {@code type}
 * drives plausibility checks: {@code rate} (a percentage, 0–100), {@code count} (non-negative whole
 * number), {@code value} (any number). {@code frequency}: {@code flow} (accumulates over the period:
 * cases, meetings, months) or {@code stock} (a level at a date: rates, balances). {@code maxMonths}:
 * a count of months, at most the period's months (e.g. 6 in a half-year).
 */
public record Item(String id, String name, String nameEn, String unit, String department, String type,
                   String frequency, boolean maxMonths, SourcePosition at) {
    public boolean isRate() {
        return "rate".equals(type);
    }

    public boolean isCount() {
        return "count".equals(type);
    }
}
