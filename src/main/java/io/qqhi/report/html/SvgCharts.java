package io.qqhi.report.html;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntToDoubleFunction;

import io.qqhi.report.Numbers;

/** Small inline SVG charts for report.html: fixed sizes and number formats, so the bytes never vary. */
public final class SvgCharts {
    /** One bar: label, value (0–100 scale expected), colour, note after the value. */
    public record Bar(String label, double value, String colour, String note) {
    }

    /** One unit's rank distribution: the 5th–95th percentile band, the median and the nominal rank. */
    public record RankInterval(String label, int nominal, double median, int p5, int p95) {
    }

    private SvgCharts() {
    }

    public static String bars(List<Bar> bars, double max) {
        return bars(bars, null, max);
    }

    /**
     * A unit's profile: a bar per dimension with the pool mean marked on it as a dark tick, and a
     * legend line for the two marks.
     */
    public static String profile(List<Bar> bars, double[] means, double max) {
        return bars(bars, means, max);
    }

    /** Horizontal bars with their values (and notes); with {@code means}, each mean as a tick and a legend below. */
    private static String bars(List<Bar> bars, double[] means, double max) {
        int rowH = 22;
        // a 12px CJK glyph is 12px wide; the longest dimension name is 10 characters
        int labelW = 12 + 12 * bars.stream().mapToInt(x -> x.label().length()).max().orElse(8);
        int chartW = 420;
        int h = bars.size() * rowH + (means == null ? 10 : 34);
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\">",
                labelW + chartW + 120, h));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 5 + i * rowH;
            double w = Double.isNaN(bar.value()) ? 0 : Math.max(0, bar.value()) / max * chartW;
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"12\">%s</text>",
                    labelW - 6, y + 15, esc(bar.label())));
            b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"/>", labelW, y + 3, w,
                    bar.colour()));
            double end = w;
            if (means != null && !Double.isNaN(means[i])) {
                double m = Math.max(0, means[i]) / max * chartW;
                b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"3\" height=\"20\" fill=\"#1f2933\"/>",
                        labelW + m - 1.5, y + 1));
                end = Math.max(end, m);
            }
            String value = Double.isNaN(bar.value()) ? "—" : Numbers.fixed(bar.value(), 2);
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\">%s</text>", labelW + end + 6, y + 15,
                    esc(bar.note().isEmpty() ? value : value + " " + bar.note())));
        }
        if (means != null) {
            int ly = bars.size() * rowH + 22;
            b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"10\" fill=\"#3b82c4\"/>", labelW, ly - 9));
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\">本单位得分</text>", labelW + 18, ly));
            b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"3\" height=\"12\" fill=\"#1f2933\"/>", labelW + 110, ly - 10));
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\">本组平均</text>", labelW + 118, ly));
        }
        return b.append("</svg>").toString();
    }

    /**
     * A small trend chart: one place's index over the periods (solid, with points) against the pool
     * mean (dashed), the scale from {@code lo} to {@code hi}, the first and last values written.
     */
    public static String trend(String title, List<String> periods, double[] values, double[] means, double lo, double hi) {
        int w = 220;
        int h = 120;
        int left = 30;
        int top = 22;
        int plotW = w - left - 12;
        int plotH = h - top - 22;
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\">", w, h));
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"14\" font-size=\"12\" font-weight=\"bold\">%s</text>", left, esc(title)));
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"9\" text-anchor=\"end\">%s</text>", left - 3, top + 4,
                Numbers.fixed(hi, 0)));
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"9\" text-anchor=\"end\">%s</text>", left - 3, top + plotH,
                Numbers.fixed(lo, 0)));
        b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#d0d7de\"/>",
                left, top, plotW, plotH));
        int n = periods.size();
        IntToDoubleFunction x = k -> left + (n == 1 ? plotW / 2.0 : k * plotW / (double) (n - 1));
        DoubleUnaryOperator y = v -> top + plotH - (Math.max(lo, Math.min(hi, v)) - lo) / (hi - lo) * plotH;
        b.append(polyline(n, x, y, means, "#9aa5b1", "4,3"));
        b.append(polyline(n, x, y, values, "#3b82c4", null));
        for (int k = 0; k < n; k++) {
            if (Double.isNaN(values[k])) continue;
            b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"#3b82c4\"/>", x.applyAsDouble(k),
                    y.applyAsDouble(values[k])));
        }
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"9\">%s</text>", left, h - 6, esc(periods.get(0))));
        if (n > 1) {
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"9\" text-anchor=\"end\">%s</text>", left + plotW, h - 6,
                    esc(periods.get(n - 1))));
        }
        return b.append("</svg>").toString();
    }

    private static String polyline(int n, IntToDoubleFunction x, DoubleUnaryOperator y,
                                   double[] v, String colour, String dash) {
        StringBuilder pts = new StringBuilder();
        StringBuilder out = new StringBuilder();
        for (int k = 0; k <= n; k++) {
            if (k == n || Double.isNaN(v[k])) {
                if (pts.length() > 0) {
                    out.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.6\"%s/>",
                            pts.toString().trim(), colour, dash == null ? "" : " stroke-dasharray=\"" + dash + "\""));
                    pts.setLength(0);
                }
                continue;
            }
            pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x.applyAsDouble(k), y.applyAsDouble(v[k])));
        }
        return out.toString();
    }

    /**
     * Several lines over the periods on one scale with a legend (the spread of a pool: highest,
     * mean, lowest), each series NaN where it has no value.
     */
    public static String lines(List<String> periods, List<double[]> series, List<String> labels, List<String> colours,
                               double lo, double hi) {
        int w = 560;
        int h = 200;
        int left = 36;
        int top = 10;
        int plotW = w - left - 20;
        int plotH = h - top - 50;
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\">", w, h));
        b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#d0d7de\"/>",
                left, top, plotW, plotH));
        for (double v : new double[] {lo, (lo + hi) / 2, hi}) {
            double y = top + plotH - (v - lo) / (hi - lo) * plotH;
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">%s</text>", left - 4, y + 3,
                    Numbers.fixed(v, 0)));
        }
        int n = periods.size();
        IntToDoubleFunction x = k -> left + (n == 1 ? plotW / 2.0 : k * plotW / (double) (n - 1));
        DoubleUnaryOperator y = v -> top + plotH - (Math.max(lo, Math.min(hi, v)) - lo) / (hi - lo) * plotH;
        for (int k = 0; k < n; k++) {
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>",
                    x.applyAsDouble(k), top + plotH + 14, esc(periods.get(k))));
        }
        int lx = left;
        for (int i = 0; i < series.size(); i++) {
            b.append(polyline(n, x, y, series.get(i), colours.get(i), null));
            b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"4\" fill=\"%s\"/>", lx, h - 14, colours.get(i)));
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>", lx + 18, h - 9, esc(labels.get(i))));
            lx += 40 + 12 * labels.get(i).length();
        }
        return b.append("</svg>").toString();
    }

    /**
     * A rank-flow (bump) chart: one line per place across the periods, rank 1 at the top, names at
     * the right in the last period's order; colours cycle through {@link #PARTS}.
     */
    public static String rankFlow(List<String> periods, List<String> names, int[][] ranks, int maxRank) {
        int rowH = 22;
        int left = 60;
        int colW = Math.max(90, 520 / Math.max(1, periods.size() - 1));
        int plotW = colW * Math.max(1, periods.size() - 1);
        int h = maxRank * rowH + 40;
        int w = left + plotW + 130;
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\">", w, h));
        for (int k = 0; k < periods.size(); k++) {
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"14\" font-size=\"11\" text-anchor=\"middle\">%s</text>",
                    left + k * colW, esc(periods.get(k))));
        }
        for (int r = 1; r <= maxRank; r++) {
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\" fill=\"#5b6b7a\">%d</text>",
                    left - 8, 30 + (r - 1) * rowH + 4, r));
        }
        for (int i = 0; i < names.size(); i++) {
            String colour = PARTS[i % PARTS.length];
            StringBuilder pts = new StringBuilder();
            int lastK = -1;
            for (int k = 0; k < periods.size(); k++) {
                if (ranks[i][k] <= 0) continue;
                double x = left + k * colW;
                double y = 30 + (ranks[i][k] - 1) * rowH;
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>", x, y, colour));
                lastK = k;
            }
            if (pts.length() > 0) {
                b.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>",
                        pts.toString().trim(), colour));
            }
            if (lastK >= 0) {
                b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"%s\">%s</text>",
                        left + lastK * colW + 8, 30 + (ranks[i][lastK] - 1) * rowH + 4, colour, esc(names.get(i))));
            }
        }
        return b.append("</svg>").toString();
    }

    /** One part of a stacked bar. */
    public record Segment(String label, double value, String colour) {
    }

    /** Colours for the parts of a stacked bar, told apart in print. */
    public static final String[] PARTS = {"#3b82c4", "#e0a526", "#1f7a4d", "#c0392b", "#7b5ea7", "#5b6b7a"};

    /**
     * A stacked bar of what makes up a score (each part = effective weight × score), on a scale to
     * {@code max}, with the parts' values written under it and a legend.
     */
    public static String stacked(List<Segment> parts, double max) {
        int chartW = 560;
        int h = 58;
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\">",
                chartW + 20, h));
        double x = 0;
        int lx = 0;
        for (Segment sgm : parts) {
            double w = Double.isNaN(sgm.value()) ? 0 : Math.max(0, sgm.value()) / max * chartW;
            b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"4\" width=\"%.1f\" height=\"20\" fill=\"%s\"/>", x, w, sgm.colour()));
            if (w > 34) {
                b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"18\" font-size=\"11\" fill=\"#fff\">%s</text>", x + 4,
                        Numbers.fixed(sgm.value(), 1)));
            }
            x += w;
            String label = sgm.label() + " " + (Double.isNaN(sgm.value()) ? "—" : Numbers.fixed(sgm.value(), 2));
            b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"36\" width=\"12\" height=\"12\" fill=\"%s\"/>", lx, sgm.colour()));
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"47\" font-size=\"12\">%s</text>", lx + 16, esc(label)));
            lx += 28 + 12 * label.length();
        }
        return b.append("</svg>").toString();
    }

    /** Units (rows) × nodes (columns), cells shaded by score from 60 (light) to 100 (dark). */
    public static String heatmap(List<String> rows, List<String> cols, double[][] v) {
        int cw = 46;
        int rh = 20;
        int lw = 110;
        int top = 30;
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\">",
                lw + cols.size() * cw + 10, top + rows.size() * rh + 10));
        for (int j = 0; j < cols.size(); j++) {
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\">%s</text>",
                    lw + j * cw + cw / 2, top - 8, esc(cols.get(j))));
        }
        for (int i = 0; i < rows.size(); i++) {
            int y = top + i * rh;
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"12\">%s</text>", lw - 6,
                    y + 14, esc(rows.get(i))));
            for (int j = 0; j < cols.size(); j++) {
                double x = v[i][j];
                String fill = Double.isNaN(x) ? "#eeeeee" : shade(x);
                b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"#fff\"/>",
                        lw + j * cw, y, cw, rh, fill));
                b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"10\" fill=\"%s\">%s</text>",
                        lw + j * cw + cw / 2, y + 14, !Double.isNaN(x) && x > 85 ? "#fff" : "#222",
                        Double.isNaN(x) ? "—" : Numbers.fixed(x, 0)));
            }
        }
        return b.append("</svg>").toString();
    }

    /** A correlation matrix: blue for positive, red for negative, white near zero; r to two decimals. */
    public static String correlations(List<String> labels, double[][] r) {
        int c = 40;
        int lw = 70;
        int top = 24;
        int n = labels.size();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\">",
                lw + n * c + 10, top + n * c + 10));
        for (int j = 0; j < n; j++) {
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"9\">%s</text>",
                    lw + j * c + c / 2, top - 6, esc(labels.get(j))));
        }
        for (int i = 0; i < n; i++) {
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"9\">%s</text>", lw - 4,
                    top + i * c + c / 2 + 3, esc(labels.get(i))));
            for (int j = 0; j < n; j++) {
                double v = r[i][j];
                String fill;
                if (Double.isNaN(v)) {
                    fill = "#eeeeee";
                } else {
                    int t = (int) Math.round(255 - Math.min(1, Math.abs(v)) * 180);
                    fill = v >= 0 ? String.format(Locale.ROOT, "#%02x%02xff", t, t) : String.format(Locale.ROOT, "#ff%02x%02x", t, t);
                }
                b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"#fff\"/>",
                        lw + j * c, top + i * c, c, c, fill));
                b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"9\">%s</text>",
                        lw + j * c + c / 2, top + i * c + c / 2 + 3, Double.isNaN(v) ? "—" : Numbers.fixed(v, 2)));
            }
        }
        return b.append("</svg>").toString();
    }

    /**
     * Rank intervals, one row per unit (best at the left): a grey band from the 5th to the 95th
     * percentile rank, a blue dot at the median and a black tick at the nominal rank.
     */
    public static String rankIntervals(List<RankInterval> rows, int maxRank) {
        int rowH = 20;
        int labelW = 120;
        int chartW = 420;
        int top = 26;
        double step = maxRank > 1 ? (double) chartW / (maxRank - 1) : 0;
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\">",
                labelW + chartW + 150, top + rows.size() * rowH + 10));
        int tick = Math.max(1, (int) Math.ceil(maxRank / 10.0));
        for (int k = 1; k <= maxRank; k += k == 1 && tick > 1 ? tick - 1 : tick) {
            double x = labelW + (k - 1) * step + (maxRank > 1 ? 0 : chartW / 2.0);
            b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e4e7eb\"/>", x, top - 6, x,
                    top + rows.size() * rowH));
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"10\">%d</text>", x, top - 10, k));
        }
        for (int i = 0; i < rows.size(); i++) {
            RankInterval r = rows.get(i);
            double y = top + i * rowH + rowH / 2.0;
            double x5 = labelW + (r.p5() - 1) * step;
            double x95 = labelW + (r.p95() - 1) * step;
            double xm = labelW + (r.median() - 1) * step;
            double xn = labelW + (r.nominal() - 1) * step;
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" font-size=\"12\">%s</text>", labelW - 8,
                    y + 4, esc(r.label())));
            b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#9aa5b1\" "
                    + "stroke-width=\"8\" stroke-linecap=\"round\"/>", x5, y, x95, y));
            b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" fill=\"#3b82c4\"/>", xm, y));
            b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#1f2933\" "
                    + "stroke-width=\"2\"/>", xn, y - 7, xn, y + 7));
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\">%d · %s · [%d, %d]</text>",
                    labelW + chartW + 12, y + 4, r.nominal(), Numbers.full(r.median()), r.p5(), r.p95()));
        }
        return b.append("</svg>").toString();
    }

    /**
     * Sobol indices per uncertain input: first-order (light) and total (dark) bars on a 0–1
     * scale with their bootstrap intervals as whiskers (clipped to the axis; the numbers are exact).
     */
    public static String sobol(List<String> factors, double[] first, double[][] firstCi, double[] total, double[][] totalCi) {
        int rowH = 40;
        int labelW = 150;
        int chartW = 400;
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\">",
                labelW + chartW + 190, 24 + factors.size() * rowH + 10));
        for (int k = 0; k <= 4; k++) {
            double x = labelW + k * chartW / 4.0;
            b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"18\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e4e7eb\"/>", x, x,
                    24 + factors.size() * rowH));
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"14\" text-anchor=\"middle\" font-size=\"10\">%s</text>", x,
                    Numbers.fixed(k / 4.0, 2)));
        }
        for (int i = 0; i < factors.size(); i++) {
            int y = 24 + i * rowH;
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"12\">%s</text>", labelW - 8,
                    y + 21, esc(factors.get(i))));
            sobolBar(b, labelW, chartW, y + 3, first[i], firstCi[i], "#9cc3e6", "一阶");
            sobolBar(b, labelW, chartW, y + 19, total[i], totalCi[i], "#1f5f99", "总效应");
        }
        return b.append("</svg>").toString();
    }

    private static void sobolBar(StringBuilder b, int labelW, int chartW, int y, double v, double[] ci, String colour, String name) {
        double w = clip(v) * chartW;
        b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"13\" fill=\"%s\"/>", labelW, y, w, colour));
        if (!Double.isNaN(ci[0])) {
            double lo = labelW + clip(ci[0]) * chartW;
            double hi = labelW + clip(ci[1]) * chartW;
            b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#1f2933\"/>", lo,
                    y + 6.5, hi, y + 6.5));
        }
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s %s [%s, %s]</text>", labelW + chartW + 8,
                y + 11, name, Numbers.fixed(v, 3), Numbers.fixed(ci[0], 3), Numbers.fixed(ci[1], 3)));
    }

    private static double clip(double v) {
        return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
    }

    static String shade(double x) {
        double t = Math.max(0, Math.min(1, (x - 60) / 40));
        int r = (int) Math.round(230 - t * (230 - 24));
        int g = (int) Math.round(240 - t * (240 - 90));
        int bl = (int) Math.round(250 - t * (250 - 160));
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, bl);
    }

    public static String tierColour(String tier) {
        if (tier == null) return "#9aa5b1";
        switch (tier) {
            case "优秀": return "#1f7a4d";
            case "良好": return "#3b82c4";
            case "一般": return "#e0a526";
            case "较差": return "#c0392b";
            default: return "#5b6b7a";
        }
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
