package io.qqhi.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qqhi.analysis.UncertaintyAnalysis;
import io.qqhi.framework.Text;
import io.qqhi.report.Numbers;
import io.qqhi.report.records.SensitivityWriter;
import io.qqhi.report.records.UnitPageWriter;

/**
 * sensitivity.html: the uncertainty analysis as rank intervals per pool (COINr's
 * plot_uncertainty) or the Sobol indices as bars with bootstrap whiskers, in the release
 * report's style; self-contained, no scripts, same bytes for the same results.
 */
public final class SensitivityReport {
    private SensitivityReport() {
    }

    public static String uncertainty(String title, UncertaintyAnalysis.UaResult r, List<String> factors, String settings) {
        Map<String, List<UncertaintyAnalysis.UnitRanks>> byPool = new LinkedHashMap<>();
        for (UncertaintyAnalysis.UnitRanks u : r.units()) byPool.computeIfAbsent(u.pool(), k -> new ArrayList<>()).add(u);
        List<Map<String, Object>> pools = new ArrayList<>();
        for (Map.Entry<String, List<UncertaintyAnalysis.UnitRanks>> e : byPool.entrySet()) {
            List<UncertaintyAnalysis.UnitRanks> units = new ArrayList<>(e.getValue());
            units.sort(Comparator.comparingInt((UncertaintyAnalysis.UnitRanks u) -> u.nominal() == 0 ? Integer.MAX_VALUE : u.nominal())
                    .thenComparing(UncertaintyAnalysis.UnitRanks::unit));
            List<SvgCharts.RankInterval> rows = new ArrayList<>();
            List<Map<String, Object>> table = new ArrayList<>();
            for (UncertaintyAnalysis.UnitRanks u : units) {
                Map<String, Object> row = new LinkedHashMap<>();
                if (!u.ranked()) {
                    row.put("unit", u.name());
                    row.put("nominal", "不参与排名");
                    for (String k : new String[] {"median", "mean", "interval", "width"}) row.put(k, "—");
                    table.add(row);
                    continue;
                }
                rows.add(new SvgCharts.RankInterval(u.name(), u.nominal(), u.median(), u.p5(), u.p95()));
                row.put("unit", u.name());
                row.put("nominal", u.nominal());
                row.put("median", Numbers.full(u.median()));
                row.put("mean", Numbers.fixed(u.mean(), 2));
                row.put("interval", "[" + u.p5() + ", " + u.p95() + "]");
                row.put("width", u.p95() - u.p5());
                table.add(row);
            }
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("name", UnitPageWriter.poolName(e.getKey()));
            pm.put("count", units.size());
            pm.put("chart", units.size() <= HtmlReport.MAX_UNITS_IN_DETAIL ? SvgCharts.rankIntervals(rows, rows.size()) : null);
            pm.put("rows", table);
            pools.add(pm);
        }
        Map<String, Object> m = page(title, "不确定性分析", factors, settings);
        m.put("runs", r.runs());
        m.put("ua", pools);
        return Templates.load("sensitivity").execute(m);
    }

    public static String sensitivity(String title, UncertaintyAnalysis.SaResult r, String settings) {
        Map<String, Object> m = page(title, "敏感性分析（Sobol 指数）", r.factors(), settings);
        m.put("runs", r.sobol().runs());
        Map<String, Object> sa = new LinkedHashMap<>();
        sa.put("chart", SvgCharts.sobol(r.factors().stream().map(SensitivityReport::factorName).toList(), r.sobol().first(), r.sobol().firstCi(), r.sobol().total(), r.sobol().totalCi()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < r.factors().size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("factor", factorName(r.factors().get(i)));
            row.put("first", Numbers.fixed(r.sobol().first()[i], 3));
            row.put("firstCi", SensitivityWriter.interval(r.sobol().firstCi()[i]));
            row.put("total", Numbers.fixed(r.sobol().total()[i], 3));
            row.put("totalCi", SensitivityWriter.interval(r.sobol().totalCi()[i]));
            rows.add(row);
        }
        sa.put("rows", rows);
        sa.put("note", r.sobol().tooFewRuns() ? Text.of("sa.too-few") : null);
        m.put("sa", sa);
        return Templates.load("sensitivity").execute(m);
    }

    private static Map<String, Object> page(String title, String kind, List<String> factors, String settings) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("kind", kind);
        m.put("factors", String.join("、", factors.stream().map(SensitivityReport::factorName).toList()));
        m.put("settings", settings);
        return m;
    }

    /** The uncertain input's name for Chinese readers (the CSV keeps the English key). */
    static String factorName(String factor) {
        if (factor.startsWith("weights level ")) return "第" + factor.substring("weights level ".length()) + "级权重";
        switch (factor) {
            case "weights": return "权重";
            case "normalisation": return "标准化方法";
            case "aggregation": return "汇总方法";
            case "imputation": return "缺失值插补";
            case "leave one leaf out": return "剔除单个末级指标";
            default: return factor;
        }
    }
}
