package io.qqhi.report.html;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qqhi.analysis.History;
import io.qqhi.analysis.Snapshot;
import io.qqhi.framework.Text;
import io.qqhi.input.DataFolder;
import io.qqhi.report.ListText;
import io.qqhi.report.Numbers;
import io.qqhi.report.OutputSet;
import io.qqhi.report.records.CsvText;

/**
 * The files of {@code qqhi history} (docs/formats.md, history): history.csv, improvers.csv (进步榜),
 * spread.csv and history.html — trend lines per place (small multiples, at most
 * {@link #MAX_TRENDS}: the largest movers over the span), a rank-flow chart for pools of at most
 * {@link #MAX_FLOW} places, the spread over time and the 进步榜.
 */
public final class HistoryWriter {
    /** Places drawn as small multiples per pool; a national history shows its largest movers. */
    public static final int MAX_TRENDS = 48;
    /** Pools drawn in the rank-flow chart when no larger than this. */
    public static final int MAX_FLOW = 30;
    /** Rows of the 进步榜 in the page per pool (all are in improvers.csv). */
    public static final int TOP_IMPROVERS = 10;

    private HistoryWriter() {
    }

    public static void write(OutputSet files, History h, String indexName, Map<String, String> poolNames, String notice) {
        files.excelCsvStream("history.csv", w -> {
            CsvText t = CsvText.forExcel(w);
            List<String> head = new ArrayList<>(List.of("pool", "unit", "unit_name", "period"));
            for (Snapshot.NodeRef n : h.nodes()) head.add(n.id().equals(History.INDEX) ? "index" : n.id());
            head.add("rank");
            head.add("tier");
            t.row(head);
            for (History.Row r : h.rows()) {
                List<String> row = new ArrayList<>(List.of(r.pool(), r.unit(), r.name(), r.period()));
                for (double v : r.scores()) row.add(Numbers.full(v));
                row.add(r.rank() == 0 ? "" : Integer.toString(r.rank()));
                row.add(r.tier() == null ? "" : r.tier());
                t.row(row);
            }
            t.finish();
        });
        files.excelCsvStream("improvers.csv", w -> {
            CsvText t = CsvText.forExcel(w);
            t.row("比较组", "单位代码", "单位", "本期指数", "本期排名", "较上期得分变化", "较上期位次变化", "起始期", "较起始期得分变化",
                    "较起始期位次变化", "连续升降期数", "自身变化贡献位次", "他方变化贡献位次");
            for (History.Improver i : h.improvers()) {
                t.row(i.pool(), i.unit(), i.name(), Numbers.fixed(i.score(), 2), i.rank() == 0 ? "" : Integer.toString(i.rank()),
                        Numbers.fixed(i.lastChange(), 2), places(i.lastPlaces()), i.firstPeriod(), Numbers.fixed(i.spanChange(), 2),
                        places(i.spanPlaces()), i.streak() == 0 ? "0" : (i.streak() > 0 ? "+" : "") + i.streak(), places(i.ownPlaces()),
                        places(i.otherPlaces()));
            }
            t.finish();
        });
        files.excelCsvStream("spread.csv", w -> {
            CsvText t = CsvText.forExcel(w);
            t.row("pool", "period", "node", "node_name", "level", "n", "mean", "max", "min", "sd", "cv", "mean_change");
            for (History.SpreadRow s : h.spread()) {
                t.row(s.pool(), s.period(), s.node().equals(History.INDEX) ? "index" : s.node(), s.name(), Integer.toString(s.level()),
                        Integer.toString(s.count()), Numbers.full(s.mean()), Numbers.full(s.max()), Numbers.full(s.min()),
                        Numbers.full(s.sd()), Numbers.full(s.cv()), Numbers.full(s.meanChange()));
            }
            t.finish();
        });
        files.text("history.html", () -> html(h, indexName, poolNames, notice));
    }

    /** The terminal summary: the span, any framework or method change, and the first five of each pool's 进步榜. */
    public static void printText(PrintWriter o, History h, Map<String, String> poolNames) {
        o.println(Text.of("history.span", DataFolder.labelFor(h.periods().get(0)), DataFolder.labelFor(h.periods().get(h.periods().size() - 1)),
                String.valueOf(h.periods().size())));
        for (History.Change c : h.changes()) {
            o.println(Text.of("history.change", DataFolder.labelFor(c.period()), DataFolder.labelFor(c.previous()), c.what()));
        }
        for (String pool : h.pools()) {
            List<History.Improver> top = h.improvers().stream().filter(i -> i.pool().equals(pool) && i.listed())
                    .limit(5).toList();
            if (top.isEmpty()) continue;
            o.println(Text.of("history.improvers", poolNames.getOrDefault(pool, pool)));
            int k = 1;
            for (History.Improver i : top) {
                o.println("  " + k++ + ". " + i.name() + " " + signed(i.lastChange()) + Text.of("history.points")
                        + (i.lastPlaces() == null ? "" : "，" + ListText.move(i.lastPlaces()))
                        + (i.ownPlaces() == null || i.lastPlaces() == null || i.lastPlaces() == 0 ? ""
                                : "（" + ListText.moveSplit(i.ownPlaces(), i.otherPlaces()).replaceFirst("^[^：]*：", "") + "）"));
            }
        }
    }

    private static String places(Integer p) {
        return p == null ? "" : (p > 0 ? "+" : "") + p;
    }

    static String html(History h, String indexName, Map<String, String> poolNames, String notice) {
        List<String> labels = h.periods().stream().map(DataFolder::label).toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", indexName + "历史趋势");
        m.put("span", labels.get(0) + "至" + labels.get(labels.size() - 1) + "，共" + labels.size() + "期");
        m.put("notice", notice);
        List<Map<String, Object>> changes = new ArrayList<>();
        for (History.Change c : h.changes()) {
            changes.add(Map.of("text", DataFolder.label(c.period()) + "较" + DataFolder.label(c.previous()) + "：" + c.what()));
        }
        m.put("changes", changes);
        m.put("twoYardsticks", h.twoYardsticks().isEmpty() ? null : String.join("、", h.twoYardsticks().stream().map(DataFolder::label).toList()));
        List<Map<String, Object>> pools = new ArrayList<>();
        for (String pool : h.pools()) pools.add(pool(h, pool, labels, poolNames));
        m.put("pools", pools);
        return Templates.load("history").execute(m);
    }

    /** A pool's section: spread over time, trends (small multiples), rank flow and 进步榜. */
    private static Map<String, Object> pool(History h, String pool, List<String> labels, Map<String, String> poolNames) {
        Map<String, Object> pm = new LinkedHashMap<>();
        pm.put("name", poolNames.getOrDefault(pool, pool));
        Map<String, double[]> index = new LinkedHashMap<>();
        Map<String, int[]> ranks = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (History.Row r : h.rows()) {
            if (!r.pool().equals(pool)) continue;
            int k = h.periods().indexOf(r.period());
            index.computeIfAbsent(r.unit(), u -> nan(h.periods().size()))[k] = r.scores()[0];
            ranks.computeIfAbsent(r.unit(), u -> new int[h.periods().size()])[k] = r.rank();
            names.put(r.unit(), r.name());
        }
        double[] mean = new double[h.periods().size()];
        double[] max = nan(mean.length);
        double[] min = nan(mean.length);
        Arrays.fill(mean, Double.NaN);
        List<Map<String, Object>> spread = spread(h, pool, mean, max, min);
        double lo = 100;
        double hi = 0;
        for (double[] v : index.values()) {
            for (double x : v) {
                if (Double.isNaN(x)) continue;
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        lo = Math.floor(lo / 10) * 10;
        hi = Math.max(lo + 10, Math.ceil(hi / 10) * 10);
        pm.put("spreadChart", SvgCharts.lines(labels, List.of(max, mean, min), List.of("最高", "平均", "最低"),
                List.of("#1f7a4d", "#3b82c4", "#c0392b"), lo, hi));
        pm.put("spread", spread);
        // small multiples: the largest movers over the span when there are too many places
        List<String> units = new ArrayList<>(index.keySet());
        if (units.size() > MAX_TRENDS) {
            units.sort(Comparator.comparingDouble((String u) -> -Math.abs(span(index.get(u)))).thenComparing(u -> u));
            units = units.subList(0, MAX_TRENDS);
            pm.put("trendNote", "共" + index.size() + "个单位，此处列出首末两期得分变化最大的" + MAX_TRENDS + "个；全部数据见history.csv。");
        }
        StringBuilder trends = new StringBuilder();
        for (String u : units) {
            trends.append("<div class=\"trend\">").append(SvgCharts.trend(names.get(u), labels, index.get(u), mean, lo, hi)).append("</div>");
        }
        pm.put("trends", trends.toString());
        if (index.size() <= MAX_FLOW && h.periods().size() > 1) pm.put("flow", flow(h, labels, index, ranks, names));
        List<Map<String, Object>> top = improvers(h, pool);
        pm.put("improvers", top);
        pm.put("hasSplit", top.stream().anyMatch(x -> !((String) x.get("split")).isEmpty()));
        return pm;
    }

    /** The spread rows of the index and level-1 nodes per period; the index's mean, max and min filled in. */
    private static List<Map<String, Object>> spread(History h, String pool, double[] mean, double[] max, double[] min) {
        List<Map<String, Object>> spread = new ArrayList<>();
        for (History.SpreadRow s : h.spread()) {
            if (!s.pool().equals(pool) || s.level() > 1) continue;
            int k = h.periods().indexOf(s.period());
            if (s.level() == 0) {
                mean[k] = s.mean();
                max[k] = s.max();
                min[k] = s.min();
            }
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("period", DataFolder.label(s.period()));
            sm.put("node", s.name());
            sm.put("mean", Numbers.fixed(s.mean(), 2));
            sm.put("meanChange", Double.isNaN(s.meanChange()) ? "—" : signed(s.meanChange()));
            sm.put("max", Numbers.fixed(s.max(), 2));
            sm.put("min", Numbers.fixed(s.min(), 2));
            sm.put("sd", Numbers.fixed(s.sd(), 2));
            sm.put("cv", Numbers.fixed(s.cv(), 3));
            spread.add(sm);
        }
        return spread;
    }

    /** Every place's rank over the periods, ordered by the last. */
    private static String flow(History h, List<String> labels, Map<String, double[]> index, Map<String, int[]> ranks,
                               Map<String, String> names) {
        List<String> order = new ArrayList<>(index.keySet());
        int last = h.periods().size() - 1;
        order.sort(Comparator.comparingInt((String u) -> ranks.get(u)[last] <= 0 ? Integer.MAX_VALUE : ranks.get(u)[last]));
        int[][] r = new int[order.size()][];
        int maxRank = 1;
        List<String> flowNames = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            r[i] = ranks.get(order.get(i));
            for (int x : r[i]) maxRank = Math.max(maxRank, x);
            flowNames.add(names.get(order.get(i)));
        }
        return SvgCharts.rankFlow(labels, flowNames, r, maxRank);
    }

    /** The pool's 进步榜 rows as the page shows them. */
    private static List<Map<String, Object>> improvers(History h, String pool) {
        List<Map<String, Object>> top = new ArrayList<>();
        for (History.Improver i : h.improvers()) {
            if (!i.pool().equals(pool) || top.size() >= TOP_IMPROVERS || !i.listed()) continue;
            Map<String, Object> im = new LinkedHashMap<>();
            im.put("place", top.size() + 1);
            im.put("name", i.name());
            im.put("score", Numbers.fixed(i.score(), 2));
            im.put("change", signed(i.lastChange()));
            im.put("move", i.lastPlaces() == null ? "—" : ListText.move(i.lastPlaces()));
            im.put("span", Double.isNaN(i.spanChange()) ? "—" : signed(i.spanChange()));
            im.put("streak", i.streak() > 0 ? "连升" + i.streak() + "期" : i.streak() < 0 ? "连降" + (-i.streak()) + "期" : "—");
            im.put("split", i.ownPlaces() == null ? "" : ListText.moveSplit(i.ownPlaces(), i.otherPlaces()));
            top.add(im);
        }
        return top;
    }

    private static String signed(double v) {
        String s = Numbers.fixed(v, 2);
        return v > 0 && !s.equals("0.00") ? "+" + s : s;
    }

    private static double span(double[] v) {
        double first = Double.NaN;
        double last = Double.NaN;
        for (double x : v) {
            if (Double.isNaN(x)) continue;
            if (Double.isNaN(first)) first = x;
            last = x;
        }
        return Double.isNaN(first) ? 0 : last - first;
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
