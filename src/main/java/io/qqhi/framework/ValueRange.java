package io.qqhi.framework;

/**
 * The values a leaf can take in its own units (a rate 0–100, a count ≥ 0); an infinite end is no
 * bound. A derived value outside it is a data error, not a score (docs/formats.md, leaf range).
 */
public record ValueRange(double low, double high) {
    public static final ValueRange PERCENT = new ValueRange(0, 100);
    public static final ValueRange NON_NEGATIVE = new ValueRange(0, Double.POSITIVE_INFINITY);

    public boolean contains(double v) {
        return v >= low && v <= high;
    }

    /** "[0, 100]", "[0, ∞)", for messages. */
    public String label() {
        return (Double.isInfinite(low) ? "(−∞" : "[" + plain(low)) + ", " + (Double.isInfinite(high) ? "∞)" : plain(high) + "]");
    }

    private static String plain(double v) {
        return Text.number(v);
    }
}
