package io.qqhi.report.word;

import java.util.ArrayList;
import java.util.List;

import io.qqhi.analysis.PeriodComparison;
import io.qqhi.analysis.PoolStats;
import io.qqhi.analysis.Spread;
import io.qqhi.analysis.SurveySummary;
import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.framework.SurveySpec;
import io.qqhi.input.Case;
import io.qqhi.input.DataFolder;
import io.qqhi.input.PeriodInputs;
import io.qqhi.report.ComputeOutputs;
import io.qqhi.report.ListText;
import io.qqhi.report.MethodsText;
import io.qqhi.report.Numbers;
import io.qqhi.report.PlaceLists;
import io.qqhi.report.records.UnitPageWriter;

/**
 * The 评价报告 for leadership (docs/formats.md, documents): the scope and data received, the results
 * per pool with a 进步榜, per dimension the mean, highest, lowest, range and coefficient of variation
 * (差异系数), the survey, the lists in numbers, and the methods as an annex in prose and tables.
 */
final class EvaluationReport {
    /** Places whose index rose most since the previous period shown (进步榜), the first of qqhi history's improvers.csv. */
    static final int IMPROVERS = 5;

    private final IndexResult r;
    private final Framework fw;
    private final ComputeOutputs.RunLists lists;
    private final PeriodInputs inputs;
    private final GovDocument d = new GovDocument();
    private int h;

    private EvaluationReport(IndexResult r, ComputeOutputs.RunLists lists, PeriodInputs inputs) {
        this.r = r;
        this.fw = r.framework();
        this.lists = lists;
        this.inputs = inputs;
    }

    static byte[] write(IndexResult r, ComputeOutputs.RunLists lists, String period, String notice, PeriodInputs inputs) {
        EvaluationReport e = new EvaluationReport(r, lists, inputs);
        GovDocument d = e.d;
        d.title(DataFolder.label(period) + e.fw.root().displayName() + "评价报告");
        if (notice != null && !notice.isBlank()) d.text("【" + notice + "】");
        e.overview();
        e.results();
        e.dimensions();
        if (inputs != null && inputs.survey() != null) e.survey();
        if (lists.twoWay() != null) e.lists();
        if (lists.twoWay() != null && !lists.twoWay().cases().isEmpty()) e.cases();
        e.methodsAnnex();
        return d.bytes();
    }

    /** 评价概况: scope, tree, sources and the data received. */
    private void overview() {
        d.heading(Documents.numeral(h++) + "、评价概况");
        int[] shape = fw.shape();
        StringBuilder levels = new StringBuilder();
        for (int i = 0; i < shape.length; i++) {
            levels.append(i == 0 ? "" : "、").append(fw.levelName(i + 1)).append(shape[i]).append("项");
        }
        StringBuilder intro = new StringBuilder("本期评价覆盖全市" + Documents.scope(r) + "。指标体系设" + levels + "，");
        intro.append("数据来自").append(fw.departments().size()).append("个部门报送的").append(fw.items().size()).append("项数据");
        if (!fw.survey().items().isEmpty()) {
            intro.append("和企业满意度调查").append(fw.survey().items().size()).append("项");
            if (inputs != null && inputs.survey() != null) intro.append("（有效问卷").append(inputs.survey().kept()).append("份）");
        }
        d.text(intro.append("。").toString());
        if (inputs != null && inputs.coverage() != null && inputs.coverage().expectedTotal() > 0) {
            int expected = inputs.coverage().expectedTotal();
            int received = inputs.coverage().receivedTotal();
            d.text("各部门应报数据" + expected + "项，实报" + received + "项，报送率" + Numbers.fixed(100.0 * received / expected, 1)
                    + "%" + (received < expected ? "；未报数据对应的指标按缺失处理，不影响其他指标计分" : "") + "。");
        }
    }

    /** 总体结果: each pool's ranking and 进步榜. */
    private void results() {
        d.heading(Documents.numeral(h++) + "、总体结果");
        int sub = 0;
        for (PoolResult p : r.pools()) {
            d.subheading("（" + Documents.numeral(sub++) + "）" + UnitPageWriter.poolName(p.pool()));
            Documents.poolResults(d, fw, p, lists, null);
            improvers(d, fw, p, lists);
        }
    }

    /** 分项分析: per dimension the spread of scores. */
    private void dimensions() {
        d.heading(Documents.numeral(h++) + "、分项分析");
        int sub = 0;
        for (PoolResult p : r.pools()) {
            d.subheading("（" + Documents.numeral(sub++) + "）" + UnitPageWriter.poolName(p.pool()));
            PoolStats st = PoolStats.of(p);
            List<Spread> top = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("指标", "平均分", "最高分", "最高单位", "最低分", "最低单位", "极差", "差异系数"));
            for (int i = 1; i < fw.size(); i++) {
                if (!p.active()[i] || fw.depth(i) > 3 || fw.node(i).isLeaf()) continue;
                Spread sp = Spread.of(p, i, st);
                if (sp.count() == 0) continue;
                if (fw.depth(i) == 1) top.add(sp);
                rows.add(List.of("　".repeat(fw.depth(i) - 1) + fw.node(i).displayName(), Numbers.fixed(sp.mean(), 2),
                        Numbers.fixed(sp.max(), 2), p.units().get(sp.maxUnit()).displayName(),
                        Numbers.fixed(sp.min(), 2), p.units().get(sp.minUnit()).displayName(),
                        Numbers.fixed(sp.range(), 2), Numbers.fixed(sp.cv(), 3)));
            }
            d.text(dimensionSentence(fw, top));
            d.table(rows, 10, 4, 4, 6, 4, 6, 4, 4);
        }
    }

    /** 企业满意度调查: per item the answers, mean score, share satisfied, the lowest place. */
    private void survey() {
        d.heading(Documents.numeral(h++) + "、企业满意度调查");
        SurveySummary ss = SurveySummary.of(fw.survey(), inputs.survey(), inputs.registry());
        d.text("本期共回收有效问卷" + ss.respondents() + "份，各项按百分制折算（选项1至" + fw.survey().points() + "依次计"
                + mapping(fw.survey().map()) + "分），满意率为选择“" + satisfiedLabel(fw.survey()) + "”及以上的比例；有效样本不足"
                + fw.survey().minSample() + "份的单位不计入满意度指标。");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("调查项目", "有效答卷", "平均得分", "满意率", "得分最低的单位"));
        for (SurveySummary.Row row : ss.items()) {
            rows.add(List.of(row.name(), Integer.toString(row.answers()), Numbers.fixed(row.meanScore(), 2),
                    Numbers.fixed(row.satisfiedRate(), 1) + "%", row.lowestUnit() == null ? "—"
                            : row.lowestUnit() + "（" + Numbers.fixed(row.lowestScore(), 2) + "）"));
        }
        d.table(rows, 11, 4, 4, 4, 9);
    }

    /** 问题整改和成绩推广: the lists in numbers. */
    private void lists() {
        PlaceLists two = lists.twoWay();
        d.heading(Documents.numeral(h++) + "、问题整改和成绩推广");
        String progress = Documents.progress(lists, true);
        if (progress != null) d.text(progress);
        d.text(Documents.listCounts(fw, two) + "问题整改清单和成绩推广清单已随点对点反馈函送达各地，并抄送各市级指导单位。");
    }

    /** 典型经验: each 典型案例 behind a promotion (or on a theme) — place, title, text and contact. */
    private void cases() {
        d.heading(Documents.numeral(h++) + "、典型经验");
        int sub = 0;
        for (Case c : lists.twoWay().cases()) {
            String place = c.unit();
            for (PoolResult p : r.pools()) {
                for (var u : p.units()) if (u.code().equals(c.unit())) place = u.displayName();
            }
            d.subheading("（" + Documents.numeral(sub++) + "）" + place + "：" + c.title());
            d.text(c.text());
            if (!c.contact().isEmpty()) d.text("（联系人：" + c.contact() + "）");
        }
    }

    /** 附件 评价方法: the methods in prose and the weights of the first two levels. */
    private void methodsAnnex() {
        d.annex("附件", "评价方法");
        List<List<String>> methods = new ArrayList<>();
        methods.add(List.of("环节", "方法", "说明"));
        methods.addAll(MethodsText.rows(r.settings()));
        d.table(methods, 4, 6, 22);
        d.text("各级指标权重如下（本级权重为同级指标间的份额，全局权重为对总指数的份额）：");
        List<List<String>> weights = new ArrayList<>();
        weights.add(List.of("指标", "本级权重", "全局权重"));
        for (int i = 1; i < fw.size(); i++) {
            if (fw.depth(i) > 2) continue;
            weights.add(List.of("　".repeat(fw.depth(i) - 1) + fw.node(i).displayName(), Numbers.fixed(fw.localWeight(i), 4),
                    Numbers.fixed(fw.globalWeight(i), 4)));
        }
        d.table(weights, 16, 6, 6);
    }

    private static String satisfiedLabel(SurveySpec spec) {
        int k = spec.satisfiedFrom();
        return k >= 1 && k <= spec.labels().size() ? spec.labels().get(k - 1) : "第" + k + "档";
    }

    private static void improvers(GovDocument d, Framework fw, PoolResult p, ComputeOutputs.RunLists lists) {
        if (lists.comparison() == null) return;
        double min = fw.lists().improveMin();
        List<PeriodComparison.Row> rows = lists.comparison().risers(p.pool(), IMPROVERS, min);
        if (rows.isEmpty()) {
            d.text("进步榜：本期没有指数较上期提高" + Numbers.fixed(min, 1) + "分及以上的参与排名单位。");
            return;
        }
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("名次", "单位", "本期指数", "较上期", "位次变化"));
        for (int i = 0; i < rows.size(); i++) {
            PeriodComparison.Row c = rows.get(i);
            table.add(List.of(Integer.toString(i + 1), c.unitName(), Numbers.fixed(c.score(), 2),
                    "+" + Numbers.fixed(c.score() - c.previousScore(), 2), c.rankChange() == null ? "—" : ListText.move(c.rankChange())));
        }
        d.text("进步榜（参与排名、指数较上期提高" + Numbers.fixed(min, 1) + "分及以上的单位，按提高幅度排列，至多"
                + IMPROVERS + "个）：");
        d.table(table, 3, 6, 5, 5, 6);
    }

    private static String mapping(double[] map) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < map.length; i++) b.append(i == 0 ? "" : "、").append(Numbers.fixed(map[i], map[i] == Math.rint(map[i]) ? 0 : 1));
        return b.toString();
    }

    /** 从一级指标看，X平均分最高，Y最低；差异系数最大的是Z，各地在这一方面差距最为明显。 */
    private static String dimensionSentence(Framework fw, List<Spread> top) {
        if (top.isEmpty()) return "各指标得分如下表。";
        Spread hi = top.get(0);
        Spread lo = top.get(0);
        Spread wide = top.get(0);
        for (Spread s : top) {
            if (s.mean() > hi.mean()) hi = s;
            if (s.mean() < lo.mean()) lo = s;
            if (!(s.cv() <= wide.cv())) wide = s;
        }
        if (top.size() == 1) return "各指标得分如下表。";
        return "从一级指标看，" + fw.node(hi.node()).displayName() + "平均分最高（" + Numbers.fixed(hi.mean(), 2) + "分），"
                + fw.node(lo.node()).displayName() + "最低（" + Numbers.fixed(lo.mean(), 2) + "分）；差异系数最大的是"
                + fw.node(wide.node()).displayName() + "（" + Numbers.fixed(wide.cv(), 3) + "），各地在这一方面差距最为明显。";
    }
}
