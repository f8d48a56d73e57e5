package io.qqhi.framework;

/**
 * A raw quantitative data item reported by a department (docs/formats.md, items). {@code type}
 * drives plausibility checks: {@code rate} (a percentage, 0–100), {@code count} (non-negative whole
 * number), {@code value} (any number). {@code frequency}: {@code flow} (accumulates over the period:
 * cases, meetings, months) or {@code stock} (a level at a date: rates, balances). {@code maxMonths}:
 * a count of months, at most the period's months (e.g. 6 in a half-year). {@code annual}: the
 * figure is produced once a year ({@code cadence: annual}, e.g. certifications in year-end batches,
 * annual statistics): a period that does not end a year carries the last annual figure forward
 * (docs/methods.md, annual items).
 */
public record Item(String id, String name, String nameEn, String unit, String department, String type,
                   String frequency, boolean maxMonths, boolean annual, SourcePosition at) {
    public Item(String id, String name, String nameEn, String unit, String department, String type,
                String frequency, boolean maxMonths, SourcePosition at) {
        this(id, name, nameEn, unit, department, type, frequency, maxMonths, false, at);
    }

    public boolean isRate() {
        return "rate".equals(type);
    }

    public boolean isCount() {
        return "count".equals(type);
    }
}
