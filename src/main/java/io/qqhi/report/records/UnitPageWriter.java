package io.qqhi.report.records;

import java.util.List;

import io.qqhi.analysis.PeriodComparison;
import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.report.ListText;
import io.qqhi.report.Numbers;
import io.qqhi.report.PlaceLists;

/**
 * One Markdown page per place (点对点反馈): score, place and change, tier, level-1 scores, and the
 * place's own 成绩推广清单, 问题整改清单 and last period's follow-up, as in the lists' files.
 */
public final class UnitPageWriter {
    private UnitPageWriter() {
    }

    /**
     * @param lists         the run's two-way lists (this place's entries are picked out)
     * @param idx           this place's index row of the period comparison, or null
     * @param previousLabel the previous period in words (2025年下半年), or null
     */
    public static String page(IndexResult r, PoolResult p, int u, PlaceLists lists, PeriodComparison.Row idx,
                              String previousLabel) {
        Framework fw = r.framework();
        String code = p.units().get(u).code();
        StringBuilder b = new StringBuilder();
        b.append("# ").append(p.units().get(u).displayName()).append(fw.root().displayName()).append("情况\n\n");
        b.append("| 项目 | 内容 |\n|---|---|\n");
        b.append("| 比较组 | ").append(poolName(p.pool())).append("（共").append(p.unitCount()).append("个）|\n");
        b.append("| 指数得分 | ").append(Numbers.fixed(p.scores()[u][0], 2)).append(" |\n");
        b.append("| 排名 | ").append(place(p, u, 0)).append(" |\n");
        if (idx != null) {
            Integer rc = idx.rankChange();
            b.append("| 较").append(previousLabel).append(" | ")
                    .append(rc == null ? "—" : ListText.move(rc))
                    .append("，").append(scoreMove(idx.scoreChange())).append(" |\n");
        }
        b.append("| 等次 | ").append(p.tiers()[u] == null ? "—" : p.tiers()[u]).append(" |\n");
        b.append("| 一级指标 | ");
        boolean first = true;
        for (int ch : fw.children(0)) {
            if (!p.active()[ch]) continue;
            if (!first) b.append("；");
            first = false;
            b.append(fw.node(ch).displayName()).append(Numbers.fixed(p.scores()[u][ch], 2)).append("分（")
                    .append(place(p, u, ch)).append("）");
        }
        b.append(" |\n\n");
        b.append("## 成绩推广清单\n\n");
        List<PlaceLists.Entry> promo = lists == null ? List.of() : PlaceLists.of(lists.promotion(), p.pool(), code);
        if (promo.isEmpty()) b.append("无。\n\n");
        else {
            b.append("| 指标 | 认定依据 | 较上期 |\n|---|---|---|\n");
            for (PlaceLists.Entry e : promo) {
                b.append("| ").append(e.nodeName()).append(" | ").append(e.basis()).append(" | ").append(dash(e.change())).append(" |\n");
            }
            b.append('\n');
        }
        b.append("## 问题整改清单\n\n");
        List<PlaceLists.Entry> rect = lists == null ? List.of() : PlaceLists.of(lists.rectification(), p.pool(), code);
        if (rect.isEmpty()) b.append("无。\n\n");
        else {
            b.append("| 指标 | 认定依据 | 较上期 | 牵头单位 | 市级指导单位 | 销号标准 | 备注 |\n|---|---|---|---|---|---|---|\n");
            for (PlaceLists.Entry e : rect) {
                String note = (e.repeated() ? "连续上榜" : "") + (e.verification().isEmpty() ? "" : (e.repeated() ? "；" : "") + e.verification());
                b.append("| ").append(e.nodeName()).append(" | ").append(e.basis()).append(" | ").append(dash(e.change()))
                        .append(" | ").append(e.lead()).append(" | ").append(dash(e.guide())).append(" | ").append(e.criterion())
                        .append(" | ").append(note).append(" |\n");
            }
            b.append('\n');
        }
        if (lists != null && previousLabel != null) {
            List<PlaceLists.FollowUp> follow = lists.followUpOf(code);
            b.append("## ").append(previousLabel).append("问题整改清单销号情况\n\n");
            if (follow.isEmpty()) b.append("上期无整改事项。\n\n");
            else {
                b.append("| 指标 | 销号标准 | 本期值 | 销号情况 |\n|---|---|---|---|\n");
                for (PlaceLists.FollowUp f : follow) {
                    b.append("| ").append(f.nodeName()).append(" | ").append(f.standard()).append(" | ")
                            .append(f.now().isEmpty() ? "无数据" : f.now()).append(" | ")
                            .append(f.status()).append(" |\n");
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    /** 得分上升1.88分 / 得分下降2.02分 / 得分持平, at two decimals. */
    public static String scoreMove(double change) {
        String abs = Numbers.fixed(Math.abs(change), 2);
        if (Double.isNaN(change)) return "得分无可比";
        if (abs.equals("0") || abs.equals("0.00")) return "得分持平";
        return (change > 0 ? "得分上升" : "得分下降") + abs + "分";
    }

    private static String dash(String s) {
        return s == null || s.isEmpty() ? "—" : s;
    }

    /** 第3位 / 并列第3位 / — (not ranked). */
    public static String place(PoolResult p, int u, int node) {
        int rank = p.ranks()[u][node];
        if (rank == 0) return "不参与排名";
        for (int v = 0; v < p.unitCount(); v++) {
            if (v != u && p.ranks()[v][node] == rank) return "并列第" + rank + "位";
        }
        return "第" + rank + "位";
    }

    public static String poolName(String pool) {
        switch (pool) {
            case "district": return "区（县、市）";
            case "township": return "重点乡镇";
            default: return pool;
        }
    }
}
