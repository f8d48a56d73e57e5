package io.qqhi.report;

import java.util.List;
import java.util.Locale;

/** Small inline SVG charts for report.html: fixed sizes and number formats, so the bytes never vary. */
public final class SvgCharts {
    /** One bar: label, value (0–100 scale expected), colour, note after the value. */
    public record Bar(String label, double value, String colour, String note) {
    }

    private SvgCharts() {
    }

    public static String bars(List<Bar> bars, double max) {
        int rowH = 22;
        int labelW = 120;
        int chartW = 420;
        int h = bars.size() * rowH + 10;
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
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\">%s %s</text>", labelW + w + 4, y + 15,
                    Numbers.fixed(bar.value(), 2), esc(bar.note())));
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
