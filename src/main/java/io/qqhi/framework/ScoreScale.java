package io.qqhi.framework;

/** The interval [low, high] on which a normalisation method, and so a run, puts its scores. */
public record ScoreScale(double low, double high) {

    /** Where a value of this scale falls on another: the affine map taking low to low and high to high. */
    public double mapTo(ScoreScale other, double v) {
        return other.low + (other.high - other.low) * (v - low) / (high - low);
    }

    /** "60–100", for messages. */
    public String label() {
        return plain(low) + "–" + plain(high);
    }

    private static String plain(double v) {
        return Text.number(v);
    }
}
