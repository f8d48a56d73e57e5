package io.qqhi.report.word;

import java.util.ArrayList;
import java.util.List;

import io.qqhi.analysis.PeriodComparison;
import io.qqhi.analysis.PoolStats;
import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.input.DataFolder;
import io.qqhi.report.ComputeOutputs;
import io.qqhi.report.ListText;
import io.qqhi.report.Notes;
import io.qqhi.report.Numbers;
import io.qqhi.report.PlaceLists;
import io.qqhi.report.records.UnitPageWriter;

/**
 * A place's 点对点反馈 letter (docs/formats.md, documents): its scores against the pool, its
 * 成绩推广清单 and 问题整改清单, last period's follow-up and the reply form.
 */
final class FeedbackLetter {
    private final IndexResult r;
    private final Framework fw;
    private final PoolResult p;
    private final int u;
    private final ComputeOutputs.RunLists lists;
    private final String index;
    private final String code;
    private final String name;
    private final String previous;
    private final PlaceLists two;
    private final GovDocument d = new GovDocument();
    private int h;

    private FeedbackLetter(IndexResult r, PoolResult p, int u, ComputeOutputs.RunLists lists) {
        this.r = r;
        this.fw = r.framework();
        this.p = p;
        this.u = u;
        this.lists = lists;
        this.index = fw.root().displayName();
        this.code = p.units().get(u).code();
        this.name = p.units().get(u).displayName();
        this.previous = lists.comparison() == null ? null : DataFolder.label(lists.comparison().previousLabel());
        this.two = lists.twoWay();
    }

    static byte[] write(IndexResult r, PoolResult p, int u, ComputeOutputs.RunLists lists, String period, String notice) {
        FeedbackLetter l = new FeedbackLetter(r, p, u, lists);
        String when = DataFolder.label(period);
        GovDocument d = l.d;
        d.title("关于" + when + l.index + "评价情况的反馈");
        if (notice != null && !notice.isBlank()) d.text("【" + notice + "】");
        d.addressee(l.name + "：");
        d.text("根据" + when + l.index + "评价结果，现将你单位评价情况反馈如下，请对照问题整改清单抓好整改，并按附件格式反馈整改情况。");
        l.overall();
        List<PlaceLists.Entry> rect = l.lists();
        l.followUp();
        l.form(rect);
        return d.bytes();
    }

    /** 总体情况: the index score and place, the move since the previous period, the dimensions' scores. */
    private void overall() {
        PeriodComparison.Row idx = lists.comparison() == null ? null : lists.comparison().indexRows().get(p.pool() + "/" + code);
        d.heading(Documents.numeral(h++) + "、总体情况");
        d.subheading("（一）指数得分与位次");
        StringBuilder s = new StringBuilder("你单位" + index + "得分" + Numbers.fixed(p.scores()[u][0], 2) + "分，");
        if (p.ranks()[u][0] == 0) {
            // the reason once: 本期不参与排名（数据不足：缺失指标权重合计32.5%）, not the note's own 不参与排名 inside it
            s.append("本期不参与排名（").append(Notes.unrankedReason(p.note(u))).append("）");
        } else {
            s.append("在").append(UnitPageWriter.poolName(p.pool())).append(p.unitCount()).append("个单位中居")
                    .append(UnitPageWriter.place(p, u, 0));
            if (p.tiers()[u] != null) s.append("，等次为").append(p.tiers()[u]);
        }
        if (idx != null && idx.rankChange() != null) {
            int rc = idx.rankChange();
            s.append("；较").append(previous).append(ListText.move(rc))
                    .append("，").append(UnitPageWriter.scoreMove(idx.scoreChange()));
        }
        d.text(s.append("。").toString());
        PoolStats st = PoolStats.of(p);
        d.subheading("（二）分项得分");
        // a place 不参与排名 has no 位次 on any node: the column is left out, the reason having been said above
        boolean ranked = PoolStats.counted(p, u);
        List<List<String>> dims = new ArrayList<>();
        dims.add(ranked ? List.of("指标", "得分", "平均分", "位次") : List.of("指标", "得分", "平均分"));
        for (int i = 1; i < fw.size(); i++) {
            if (!p.active()[i] || fw.depth(i) > 2) continue;
            List<String> row = new ArrayList<>(List.of((fw.depth(i) == 2 ? "　" : "") + fw.node(i).displayName(),
                    Numbers.fixed(p.scores()[u][i], 2), Numbers.fixed(st.mean()[i], 2)));
            if (ranked) row.add(UnitPageWriter.place(p, u, i));
            dims.add(row);
        }
        if (ranked) d.table(dims, 16, 5, 5, 7);
        else d.table(dims, 16, 6, 6);
    }

    /** 成绩推广清单 and 问题整改清单; the rectification entries, for the form. */
    private List<PlaceLists.Entry> lists() {
        List<PlaceLists.Entry> promo = two == null ? List.of() : PlaceLists.of(two.promotion(), p.pool(), code);
        d.heading(Documents.numeral(h++) + "、成绩推广清单");
        if (promo.isEmpty()) d.text("本期无。");
        for (int i = 0; i < promo.size(); i++) {
            PlaceLists.Entry e = promo.get(i);
            d.text((i + 1) + "．" + e.nodeName() + "。" + e.basis() + (e.change().isEmpty() ? "" : "，较上期" + e.change()) + "。");
        }
        List<PlaceLists.Entry> rect = two == null ? List.of() : PlaceLists.of(two.rectification(), p.pool(), code);
        d.heading(Documents.numeral(h++) + "、问题整改清单");
        if (rect.isEmpty()) d.text("本期无。");
        else {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("序号", "指标", "认定依据", "市级指导单位", "销号标准"));
            for (int i = 0; i < rect.size(); i++) {
                PlaceLists.Entry e = rect.get(i);
                rows.add(List.of(Integer.toString(i + 1), e.nodeName() + (e.repeated() ? "（连续上榜）" : ""), e.basis(),
                        e.guide().isEmpty() ? "—" : e.guide(), e.criterion()));
            }
            d.table(rows, 3, 8, 14, 7, 7);
            // the entries carry the framework's deadline rule as a date (ListText.deadline)
            String deadline = rect.isEmpty() ? "" : rect.get(0).deadline();
            d.text("请对照清单逐项制定整改措施，明确责任和时限" + (deadline.isEmpty() ? "" : "，于" + deadline + "前完成")
                    + "，整改情况按附件格式反馈。");
        }
        return rect;
    }

    /** Last period's items and whether they are closed. */
    private void followUp() {
        if (previous != null && two != null) {
            d.heading(Documents.numeral(h++) + "、" + previous + "问题整改清单销号情况");
            List<PlaceLists.FollowUp> follow = two.followUpOf(code);
            if (follow.isEmpty()) d.text("上期无整改事项。");
            else {
                List<List<String>> rows = new ArrayList<>();
                // with a ledger, what the place itself reported stands beside what the figures say
                boolean ledger = follow.stream().anyMatch(f -> !f.progress().isEmpty());
                rows.add(ledger ? List.of("指标", "销号标准", "本期值", "整改进度", "销号情况") : List.of("指标", "销号标准", "本期值", "销号情况"));
                for (PlaceLists.FollowUp f : follow) {
                    String now = f.now().isEmpty() ? "无数据" : f.now();
                    rows.add(ledger ? List.of(f.nodeName(), f.standard(), now, f.progress(), f.status())
                            : List.of(f.nodeName(), f.standard(), now, f.status()));
                }
                if (ledger) d.table(rows, 10, 9, 5, 5, 5);
                else d.table(rows, 11, 9, 5, 5);
            }
        }
    }

    /** The reply form: one row per rectification item. */
    private void form(List<PlaceLists.Entry> rect) {
        d.annex("附件", name + "问题整改情况反馈表");
        d.text("请在随本函发送的电子表格《" + name + "问题整改情况反馈表》中逐项填写整改措施、责任单位、配合单位、完成时限和整改进度后反馈，"
                + "勿改动表格结构；下表供核对。");
        List<List<String>> form = new ArrayList<>();
        form.add(List.of("序号", "问题（指标）", "整改措施", "牵头单位", "完成时限"));
        for (int i = 0; i < rect.size(); i++) {
            form.add(List.of(Integer.toString(i + 1), rect.get(i).nodeName(), "", rect.get(i).lead(), rect.get(i).deadline()));
        }
        if (rect.isEmpty()) form.add(List.of("", "", "", "", ""));
        d.table(form, 3, 9, 14, 7, 6);
    }
}
