package io.qqhi.report.word;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import io.qqhi.analysis.Bands;
import io.qqhi.analysis.PeriodComparison;
import io.qqhi.analysis.PoolStats;
import io.qqhi.analysis.RectificationProgress;
import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.framework.Issuer;
import io.qqhi.framework.Publication;
import io.qqhi.input.DataFolder;
import io.qqhi.input.PeriodInputs;
import io.qqhi.input.UnitRecord;
import io.qqhi.report.ComputeOutputs;
import io.qqhi.report.Dates;
import io.qqhi.report.ListText;
import io.qqhi.report.Notes;
import io.qqhi.report.Numbers;
import io.qqhi.report.OutputSet;
import io.qqhi.report.PlaceLists;
import io.qqhi.report.records.RankingsWriter;
import io.qqhi.report.records.UnitPageWriter;
import io.qqhi.report.workbook.FeedbackForm;

/**
 * The Word documents that circulate (docs/formats.md, documents): the 通报 to the places and
 * departments, and a 点对点反馈 letter per place with its scores, its lists, last period's follow-up
 * and a reply form. Every sentence is built from the run's numbers and lists; nothing is computed here.
 */
public final class Documents {
    private Documents() {
    }

    static String numeral(int i) {
        String[] n = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        int k = i + 1;
        if (k <= 10) return n[i];
        if (k < 20) return "十" + n[k - 11];
        if (k < 100) return n[k / 10 - 1] + "十" + (k % 10 == 0 ? "" : n[k % 10 - 1]);
        return Integer.toString(k);
    }

    /** The feedback letter of unit {@code u} of pool {@code p} (see {@link FeedbackLetter}). */
    public static byte[] letter(IndexResult r, PoolResult p, int u, ComputeOutputs.RunLists lists, String period, String notice) {
        return FeedbackLetter.write(r, p, u, lists, period, notice);
    }

    /**
     * What a 通报 is issued as: the 文号's number {n} and the 成文日期 (YYYY-MM-DD); null leaves the
     * place open (【 】, 【成文日期】), so that an unchanged period makes the same bytes every day.
     */
    public record Issue(Integer number, String date) {
        public static final Issue NONE = new Issue(null, null);
    }

    /** The 通报 of the period (internal: every rank and both lists as annexes). */
    public static byte[] bulletin(IndexResult r, ComputeOutputs.RunLists lists, String period, String notice) {
        return bulletin(r, lists, period, notice, null, Issue.NONE);
    }

    public static byte[] bulletin(IndexResult r, ComputeOutputs.RunLists lists, String period, String notice, Publication pub) {
        return bulletin(r, lists, period, notice, pub, Issue.NONE);
    }

    /**
     * The 通报 of the period: the results per pool, the biggest moves, and — internal version
     * ({@code pub} null) — the two lists as annexes. The public version shows ranks, scores and
     * tiers only for the places the framework's {@code publication} allows, names no place outside
     * them in its summary, and gives the lists as counts only.
     */
    public static byte[] bulletin(IndexResult r, ComputeOutputs.RunLists lists, String period, String notice, Publication pub,
                                  Issue issue) {
        Framework fw = r.framework();
        String index = fw.root().displayName();
        String when = DataFolder.label(period);
        GovDocument d = new GovDocument();
        Issuer is = fw.issuer();
        String year = issue.date() != null ? issue.date().substring(0, 4) : period.substring(0, 4);
        d.masthead(is == null ? "【发文机关标志】" : is.mark(), is == null ? "【文号】" : is.number(year, issue.number()),
                is == null || is.redHeader());
        d.title("关于" + when + index + "评价结果的通报");
        if (notice != null && !notice.isBlank()) d.text("【" + notice + "】");
        d.addressee("各区（县、市）人民政府（管委会），市级有关单位：");
        d.text("为持续构建亲清政商关系、优化营商环境，根据" + index + "评价办法，对全市" + scope(r) + "开展了" + when
                + "评价" + (lists.reviewed() > 0 ? "，评价结果征求了各地意见，经复核更正" + lists.reviewed() + "项" : "")
                + "。现将评价结果通报如下。");
        int h = 0;
        for (PoolResult p : r.pools()) {
            d.heading(numeral(h++) + "、" + UnitPageWriter.poolName(p.pool()) + "评价结果");
            poolResults(d, fw, p, lists, pub);
        }
        PlaceLists two = lists.twoWay();
        if (two != null) {
            d.heading(numeral(h++) + "、问题整改和成绩推广");
            String progress = progress(lists, pub == null);
            if (progress != null) d.text(progress);
            d.text(listCounts(fw, two) + (pub != null ? "有关清单已分别反馈各地和市级指导单位。"
                    : "各地要对照问题整改清单（附件1）逐项整改，市级指导单位要加强业务指导；成绩推广清单（附件2）所列做法，"
                    + "请有关地方总结提炼，形成可复制可推广的经验。"));
        }
        String date = issue.date() == null ? "【成文日期】" : Dates.chinese(issue.date());
        d.signOff(two != null && pub == null ? List.of("", "附件：1．" + when + "问题整改清单", "　　　2．" + when + "成绩推广清单")
                : List.of(), is == null ? "【发文机关】" : is.name(), date);
        if (two != null && pub == null) listAnnexes(d, when, two);
        d.imprint("抄送：" + (is == null || is.cc().isEmpty() ? "【抄送机关】" : String.join("，", is.cc())) + "。",
                is == null ? "【印发机关】" : is.printer(), date);
        return d.bytes();
    }

    /**
     * 整改情况: 2025年下半年问题整改清单共N项，各地反馈已完成M项，整改完成率X%，已销号K项，销号率Y%；逾期未完成
     * Z项（江北区2项、…）；本期有W项连续两期列入问题整改清单。 Null without a previous list;
     * {@code named} false leaves the places out (the public version).
     */
    static String progress(ComputeOutputs.RunLists lists, boolean named) {
        RectificationProgress g = lists.progress();
        if (g == null || g.listed() == 0) return null;
        String previous = lists.comparison() == null ? "上期" : DataFolder.label(lists.comparison().previousLabel());
        StringBuilder s = new StringBuilder(previous + "问题整改清单共" + g.listed() + "项");
        if (g.ledger()) {
            s.append("，各地反馈已完成").append(g.done()).append("项，整改完成率").append(Numbers.fixed(100.0 * g.done() / g.listed(), 1))
                    .append("%");
        }
        s.append("，已销号").append(g.closed()).append("项，销号率").append(Numbers.fixed(100.0 * g.closed() / g.listed(), 1)).append("%");
        if (g.overdue() > 0) {
            s.append("；逾期未完成").append(g.overdue()).append("项");
            if (named) {
                List<String> by = new ArrayList<>();
                g.overdueByPlace().forEach((place, n) -> by.add(place + n + "项"));
                s.append("（").append(String.join("、", by)).append("）");
            }
        }
        if (g.repeated() > 0) s.append("；本期有").append(g.repeated()).append("项连续两期列入问题整改清单");
        return s.append("。").toString();
    }

    static String scope(IndexResult r) {
        StringBuilder scope = new StringBuilder();
        for (PoolResult p : r.pools()) {
            if (scope.length() > 0) scope.append("和");
            scope.append(p.unitCount()).append("个").append(UnitPageWriter.poolName(p.pool()));
        }
        return scope.toString();
    }

    static String listCounts(Framework fw, PlaceLists two) {
        long events = two.rectification().stream().filter(PlaceLists.Entry::negativeEvent).count();
        return "本期共列入问题整改事项" + two.rectification().size() + "项（其中发生负面事件" + events + "项），涉及"
                + two.byGuide(fw).size() + "个市级指导单位；列入成绩推广事项" + two.promotion().size() + "项。";
    }

    private static void listAnnexes(GovDocument d, String when, PlaceLists two) {
        d.annex("附件1", when + "问题整改清单");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("单位", "指标", "认定依据", "市级指导单位"));
        for (PlaceLists.Entry e : two.rectification()) {
            rows.add(List.of(e.unitName(), e.nodeName() + (e.repeated() ? "（连续上榜）" : ""), e.basis(),
                    e.guide().isEmpty() ? "—" : e.guide()));
        }
        d.table(rows, 5, 9, 16, 7);
        d.annex("附件2", when + "成绩推广清单");
        rows = new ArrayList<>();
        // the 典型案例 behind an entry are cited by title (the 评价报告 tells them)
        boolean cases = two.promotion().stream().anyMatch(e -> !e.practice().isEmpty());
        rows.add(cases ? List.of("单位", "指标", "认定依据", "典型案例") : List.of("单位", "指标", "认定依据"));
        for (PlaceLists.Entry e : two.promotion()) {
            rows.add(cases ? List.of(e.unitName(), e.nodeName(), e.basis(), e.practice().isEmpty() ? "—" : e.practice())
                    : List.of(e.unitName(), e.nodeName(), e.basis()));
        }
        if (cases) d.table(rows, 5, 9, 16, 9);
        else d.table(rows, 5, 10, 22);
    }

    /** A pool's summary paragraph, ranking table and notes; with {@code pub}, only what may be published. */
    static void poolResults(GovDocument d, Framework fw, PoolResult p, ComputeOutputs.RunLists lists, Publication pub) {
        String previous = lists.comparison() == null ? null : DataFolder.label(lists.comparison().previousLabel());
        Map<String, PeriodComparison.Row> idx = lists.comparison() == null ? Map.of() : lists.comparison().indexRows();
        Publication grouping = fw.publication();
        List<Bands.Band> bands = Bands.of(p, grouping);
        // the public version with bands names no one by rank, not even in the summary
        d.text(summary(p, idx, previous, pub != null && !bands.isEmpty() ? new Publication("none", 0) : pub));
        if (pub != null && !bands.isEmpty()) {
            publicBands(d, p, bands, grouping, pub);
            return;
        }
        Map<Integer, String> bandRank = new LinkedHashMap<>();
        for (Bands.Band b : bands) {
            for (int u : b.units()) bandRank.put(u, b.shared() ? b.firstRank() + "–" + b.lastRank() : null);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("排名", "单位", "指数"));
        for (int ch : fw.children(0)) if (p.active()[ch]) head.add(fw.node(ch).displayName());
        head.add("等次");
        if (previous != null) head.add("较上期");
        rows.add(head);
        List<String> others = new ArrayList<>();
        List<Integer> order = new ArrayList<>(bandRank.keySet());
        for (int u : RankingsWriter.order(p)) if (!bandRank.containsKey(u)) order.add(u);
        for (int u : order) {
            if (pub != null && !pub.shows(p.ranks()[u][0])) continue;
            List<String> row = new ArrayList<>();
            String banded = bandRank.get(u);
            row.add(banded != null ? banded : p.ranks()[u][0] == 0 ? "—" : UnitPageWriter.place(p, u, 0).replace("第", "").replace("位", ""));
            row.add(p.units().get(u).displayName());
            row.add(Numbers.fixed(p.scores()[u][0], 2));
            for (int ch : fw.children(0)) if (p.active()[ch]) row.add(Numbers.fixed(p.scores()[u][ch], 2));
            row.add(p.tiers()[u] == null ? "—" : p.tiers()[u]);
            if (previous != null) {
                PeriodComparison.Row c = idx.get(p.pool() + "/" + p.units().get(u).code());
                Integer rc = c == null ? null : c.rankChange();
                row.add(rc == null ? "—" : rc == 0 ? "持平" : ListText.move(rc));
            }
            rows.add(row);
        }
        if (pub != null) {
            // the places not shown, in the order of the unit register (not of their scores)
            for (int u = 0; u < p.unitCount(); u++) if (!pub.shows(p.ranks()[u][0])) others.add(p.units().get(u).displayName());
        }
        if (rows.size() > 1) {
            int[] widths = new int[head.size()];
            Arrays.fill(widths, 5);
            widths[0] = 4;
            widths[1] = 6;
            if (previous != null) widths[widths.length - 1] = 6;
            d.table(rows, widths);
        }
        if (!others.isEmpty()) {
            d.text((rows.size() > 1 ? "其余参评单位" : "参评单位") + "（按行政区划顺序，不公布名次）：" + String.join("、", others) + "。");
        }
        if (bands.stream().anyMatch(Bands.Band::shared)) d.text(bandNote(grouping));
        if (pub == null) notes(d, p);
    }

    /** Why some places share a rank range: the band rule in words. */
    private static String bandNote(Publication grouping) {
        return grouping.grouping().equals("tiers") ? "注：同一等次的单位为同一梯队，按行政区划顺序排列，不分先后。"
                : "注：指数得分相差不足" + Numbers.fixed(grouping.bandGap(), 1) + "分（逐位相接）的单位视为同一梯队，排名栏列其名次区间，"
                + "梯队内按行政区划顺序排列，不分先后。";
    }

    /**
     * The public 通报 with bands: each band's places in administrative order, no ranks or scores;
     * a band is shown when its best place may be published (ranks: top:N shows the bands that
     * reach into the first N), the other places follow in administrative order.
     */
    private static void publicBands(GovDocument d, PoolResult p, List<Bands.Band> bands, Publication grouping, Publication pub) {
        java.util.Set<Integer> shown = new java.util.HashSet<>();
        for (int k = 0; k < bands.size(); k++) {
            if (!pub.shows(bands.get(k).firstRank())) break;
            List<String> names = new ArrayList<>();
            for (int u : bands.get(k).units()) {
                names.add(p.units().get(u).displayName());
                shown.add(u);
            }
            d.text("第" + numeral(k) + "梯队（" + names.size() + "个）：" + String.join("、", names) + "。");
        }
        List<String> others = new ArrayList<>();
        for (int u = 0; u < p.unitCount(); u++) if (!shown.contains(u)) others.add(p.units().get(u).displayName());
        if (!others.isEmpty()) {
            d.text((shown.isEmpty() ? "参评单位" : "其余参评单位") + "（按行政区划顺序，不公布梯队）：" + String.join("、", others) + "。");
        }
        if (!shown.isEmpty()) d.text(bandNote(grouping).replace("，排名栏列其名次区间", ""));
    }

    /** The 专报 to the leaders, one A4 page (see {@link Brief}). */
    public static byte[] brief(IndexResult r, ComputeOutputs.RunLists lists, String period, String notice, Issue issue) {
        return Brief.write(r, lists, period, notice, issue);
    }

    /** The 评价报告 (see {@link EvaluationReport}). */
    public static byte[] report(IndexResult r, ComputeOutputs.RunLists lists, String period, String notice,
                                PeriodInputs inputs) {
        return EvaluationReport.write(r, lists, period, notice, inputs);
    }

    /** Pools larger than this get no 通报 (a table of thousands of places is no document). */
    public static final int MAX_UNITS_IN_BULLETIN = 200;

    /**
     * Every document of a release, by file name: the 通报, and a letter per place of every pool
     * small enough for unit pages (docs/formats.md, documents).
     */
    public static Map<String, byte[]> all(IndexResult r, ComputeOutputs.RunLists lists, String period, String notice,
                                          PeriodInputs inputs) {
        return all(r, lists, period, notice, inputs, Issue.NONE);
    }

    /** With the 通报's 文号 number and 成文日期. */
    public static Map<String, byte[]> all(IndexResult r, ComputeOutputs.RunLists lists, String period, String notice,
                                          PeriodInputs inputs, Issue issue) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        if (!lists.listed()) return out;
        if (r.pools().stream().allMatch(p -> p.unitCount() <= MAX_UNITS_IN_BULLETIN)) {
            out.put(bulletinName(r, period), bulletin(r, lists, period, notice, null, issue));
            Publication pub = r.framework().publication();
            if (pub != null) out.put(publicBulletinName(r, period), bulletin(r, lists, period, notice, pub, issue));
            out.put(reportName(r, period), report(r, lists, period, notice, inputs));
            // the 专报 has its own 期号, not the 通报's 文号 number: left open, with the same date
            out.put(briefName(r, period), brief(r, lists, period, notice, new Issue(null, issue.date())));
            String index = r.framework().root().displayName();
            lists.twoWay().byGuide(r.framework()).forEach((guide, entries) ->
                    out.put(GuideList.fileName(guide), GuideList.docx(index, period, guide, entries, notice)));
        }
        for (PoolResult p : r.pools()) {
            if (p.unitCount() > ComputeOutputs.MAX_UNIT_PAGES) continue;
            for (int u = 0; u < p.unitCount(); u++) {
                UnitRecord unit = p.units().get(u);
                out.put(letterName(unit), letter(r, p, u, lists, period, notice));
                // the form the place fills and returns, read back by the rectification ledger
                out.put(formName(unit), FeedbackForm.workbook(unit.displayName() + DataFolder.label(period) + "问题整改情况反馈表",
                        PlaceLists.of(lists.twoWay().rectification(), p.pool(), unit.code()), notice));
            }
        }
        return out;
    }

    /** 2026年上半年亲清健康指数评价结果通报.docx */
    public static String bulletinName(IndexResult r, String period) {
        return OutputSet.safe(DataFolder.label(period) + r.framework().root().displayName() + "评价结果通报") + ".docx";
    }

    /** 2026年上半年亲清健康指数评价结果通报-公开版.docx */
    public static String publicBulletinName(IndexResult r, String period) {
        return OutputSet.safe(DataFolder.label(period) + r.framework().root().displayName() + "评价结果通报-公开版") + ".docx";
    }

    /** 2026年上半年亲清健康指数评价报告.docx */
    public static String reportName(IndexResult r, String period) {
        return OutputSet.safe(DataFolder.label(period) + r.framework().root().displayName() + "评价报告") + ".docx";
    }

    /** 2026年上半年亲清健康指数专报.docx */
    public static String briefName(IndexResult r, String period) {
        return OutputSet.safe(DataFolder.label(period) + r.framework().root().displayName() + "专报") + ".docx";
    }

    /** letters/JB-江北区-点对点反馈.docx */
    public static String letterName(UnitRecord u) {
        return "letters/" + OutputSet.safe(u.code() + "-" + u.displayName()) + "-点对点反馈.docx";
    }

    /** letters/JB-江北区-问题整改情况反馈表.xlsx */
    public static String formName(UnitRecord u) {
        return "letters/" + OutputSet.safe(u.code() + "-" + u.displayName()) + "-问题整改情况反馈表.xlsx";
    }

    /** The pool's places with a note (不参与排名…, 缺失指标…), under its table. */
    private static void notes(GovDocument d, PoolResult p) {
        for (int u = 0; u < p.unitCount(); u++) {
            String note = Notes.forDocuments(p, u);
            if (!note.isEmpty()) d.text("注：" + p.units().get(u).displayName() + note + "。");
        }
    }

    /**
     * The change of the pool's mean over the places ranked and scored in both periods, so that a new
     * place does not move it; NaN when no place was scored in both.
     */
    static double meanChange(PoolResult p, Map<String, PeriodComparison.Row> idx) {
        double now = 0;
        double before = 0;
        int both = 0;
        for (int u = 0; u < p.unitCount(); u++) {
            PeriodComparison.Row c = idx.get(p.pool() + "/" + p.units().get(u).code());
            if (c == null || Double.isNaN(c.score()) || Double.isNaN(c.previousScore()) || !PoolStats.counted(p, u)) continue;
            now += c.score();
            before += c.previousScore();
            both++;
        }
        return both == 0 ? Double.NaN : (now - before) / both;
    }

    /** 平均X分，较上期提高Y分；最高…，最低…；等次…；位列前三…；进位较多的有…. */
    static String summary(PoolResult p, Map<String, PeriodComparison.Row> idx, String previous) {
        return summary(p, idx, previous, null);
    }

    /** The summary; with {@code pub}, places outside what may be published are not named. */
    static String summary(PoolResult p, Map<String, PeriodComparison.Row> idx, String previous, Publication pub) {
        IntPredicate named = u -> pub == null || pub.shows(p.ranks()[u][0]);
        double sum = 0;
        int n = 0;
        int hi = -1;
        int lo = -1;
        for (int u = 0; u < p.unitCount(); u++) {
            double v = p.scores()[u][0];
            if (Double.isNaN(v) || !PoolStats.counted(p, u)) continue;
            sum += v;
            n++;
            if (hi < 0 || v > p.scores()[hi][0]) hi = u;
            if (lo < 0 || v < p.scores()[lo][0]) lo = u;
        }
        StringBuilder s = new StringBuilder(UnitPageWriter.poolName(p.pool()) + "平均" + Numbers.fixed(sum / Math.max(1, n), 2) + "分");
        double diff = meanChange(p, idx);
        if (previous != null && !Double.isNaN(diff)) {
            String abs = Numbers.fixed(Math.abs(diff), 2);
            s.append(abs.equals("0.00") ? "，与" + previous + "持平" : "，较" + previous + (diff > 0 ? "提高" : "降低") + abs + "分");
        }
        if (hi >= 0) {
            s.append("；最高").append(Numbers.fixed(p.scores()[hi][0], 2)).append("分")
                    .append(named.test(hi) ? "（" + p.units().get(hi).displayName() + "）" : "")
                    .append("，最低").append(Numbers.fixed(p.scores()[lo][0], 2)).append("分")
                    .append(named.test(lo) ? "（" + p.units().get(lo).displayName() + "）" : "");
        }
        Map<String, Integer> tiers = new LinkedHashMap<>();
        List<String> top = new ArrayList<>();
        for (int u : RankingsWriter.order(p)) {
            if (p.tiers()[u] != null) tiers.merge(p.tiers()[u], 1, Integer::sum);
            if (p.ranks()[u][0] > 0 && p.ranks()[u][0] <= 3 && named.test(u)) top.add(p.units().get(u).displayName());
        }
        if (!tiers.isEmpty()) {
            s.append("。等次为");
            int i = 0;
            for (Map.Entry<String, Integer> t : tiers.entrySet()) s.append(i++ == 0 ? "" : "、").append(t.getKey()).append("的")
                    .append(t.getValue()).append("个");
        }
        if (!top.isEmpty()) s.append("；").append(String.join("、", top)).append("位列").append(top.size() == 1 ? "第一" : top.size() == 2 ? "前二" : "前三");
        List<int[]> ups = new ArrayList<>();
        for (int u = 0; u < p.unitCount(); u++) {
            PeriodComparison.Row c = idx.get(p.pool() + "/" + p.units().get(u).code());
            if (c != null && c.rankChange() != null && c.rankChange() >= 2 && named.test(u)) ups.add(new int[] {u, c.rankChange()});
        }
        ups.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(p.ranks()[a[0]][0], p.ranks()[b[0]][0]));
        if (!ups.isEmpty()) {
            s.append("；较上期进位较多的有");
            for (int i = 0; i < Math.min(3, ups.size()); i++) {
                s.append(i == 0 ? "" : "、").append(p.units().get(ups.get(i)[0]).displayName()).append("（进位").append(ups.get(i)[1])
                        .append("位）");
            }
        }
        return s.append("。").toString();
    }
}
