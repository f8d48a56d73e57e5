package io.qqhi.analysis;

import java.util.Locale;

import io.qqhi.framework.ShortboardSpec;

/** The rule labels written into the lists (code and Chinese sentence), one place for both. */
final class Rules {
    private Rules() {
    }

    static String belowMean(ShortboardSpec s) {
        return "below_mean: 低于组内均值" + num(s.belowMeanSd()) + "个标准差以上";
    }

    static String bottom(ShortboardSpec s) {
        return "bottom_k: 组内倒数" + s.bottomK() + "位";
    }

    static String gapPoints(ShortboardSpec s) {
        return "gap_points: 与组内最优相差" + num(s.gapPoints()) + "分以上";
    }

    static String gapShare(ShortboardSpec s) {
        return "gap_share: 与组内最优相差" + num(s.gapShare() * 100) + "%以上";
    }

    static String passLine(ShortboardSpec s) {
        return "pass_line: 低于及格线" + num(s.passLine()) + "分";
    }

    static String fallPlaces(int places) {
        return "fall_places: 退位" + places + "位";
    }

    static String fallPoints(double points) {
        return "fall_points: 下降" + num(points) + "分";
    }

    static String hardNegative(double cases) {
        return "hard_negative: 发生负面事项" + num(cases) + "起";
    }

    static String top(ShortboardSpec s) {
        return "top_k: 组内前" + s.topK() + "位";
    }

    static String above(ShortboardSpec s) {
        return "above_score: 达到" + num(s.aboveScore()) + "分以上";
    }

    static String gainPlaces(int places) {
        return "gain_places: 进位" + places + "位";
    }

    static String gainPoints(double points) {
        return "gain_points: 提高" + num(points) + "分";
    }

    /**
     * Whole numbers as they are, others with 2 decimals exactly as {@code String.format("%.2f")}
     * writes them (half-up on the shortest decimal of the double), without the Formatter: its
     * first use cost 20 ms of a 0.6 s run on the sample data.
     */
    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        if (!Double.isFinite(v)) return String.format(Locale.ROOT, "%.2f", v);
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP);
        String s = d.toPlainString();
        return d.signum() == 0 && v < 0 ? "-" + s : s;
    }
}
