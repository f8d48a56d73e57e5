package io.qqhi.report;

import java.util.List;
import java.util.Locale;

import io.qqhi.analysis.PeriodComparison;
import io.qqhi.analysis.ShortboardEntry;
import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;

/** One Markdown page per unit: score, rank and change, tier, top strengths, top short boards with departments. */
public final class UnitPageWriter {
    static final int TOP = 5;

    private UnitPageWriter() {
    }

    /**
     * @param boards    this unit's short boards, largest points lost first
     * @param strengths this unit's strengths
     * @param idx       this unit's index row of the period comparison, or null
     */
    public static String page(IndexResult r, PoolResult p, int u, List<ShortboardEntry> boards, List<ShortboardEntry> strengths,
                              PeriodComparison.Row idx, String previousLabel) {
        Framework fw = r.framework();
        String code = p.units().get(u).code();
        StringBuilder b = new StringBuilder();
        b.append("# ").append(p.units().get(u).displayName()).append("（").append(code).append("）")
                .append(fw.root().displayName()).append("\n\n");
        b.append("| 项目 | 内容 |\n|---|---|\n");
        b.append("| 比较组 | ").append(poolName(p.pool())).append("（").append(p.unitCount()).append("个单位）|\n");
        b.append("| 指数得分 | ").append(Numbers.fixed(p.scores()[u][0], 2)).append(" |\n");
        b.append("| 排名 | ").append(p.ranks()[u][0] == 0 ? "—" : p.ranks()[u][0] + " / " + p.unitCount()).append(" |\n");
        if (idx != null) {
            Integer rc = idx.rankChange();
            b.append("| 较上期（").append(previousLabel).append("） | ")
                    .append(rc == null ? "—" : rc > 0 ? "进位 " + rc + " 位" : rc < 0 ? "退位 " + (-rc) + " 位" : "名次不变")
                    .append("，得分 ").append(ListsWriter.change(idx.scoreChange())).append(" |\n");
        }
        b.append("| 等次 | ").append(p.tiers()[u] == null ? "—" : p.tiers()[u]).append(" |\n");
        b.append("| 一级指标 | ");
        boolean first = true;
        for (int ch : fw.children(0)) {
            if (!p.active()[ch]) continue;
            if (!first) b.append("；");
            first = false;
            b.append(fw.node(ch).displayName()).append(" ").append(Numbers.fixed(p.scores()[u][ch], 2)).append("（第")
                    .append(p.ranks()[u][ch] == 0 ? "—" : p.ranks()[u][ch]).append("）");
        }
        b.append(" |\n\n");
        b.append("## 比较优势（成绩推广）\n\n");
        List<ShortboardEntry> mine = strengths.stream().sorted((x, y) -> Integer.compare(x.rank(), y.rank())).limit(TOP).toList();
        if (mine.isEmpty()) b.append("无。\n\n");
        else {
            b.append("| 指标 | 得分 | 排名 | 依据 |\n|---|---|---|---|\n");
            for (ShortboardEntry e : mine) {
                b.append("| ").append(e.nodeId()).append(" ").append(e.nodeName()).append(" | ").append(Numbers.fixed(e.score(), 2))
                        .append(" | ").append(e.rank()).append("/").append(e.poolSize()).append(" | ")
                        .append(chinese(e.rules())).append(" |\n");
            }
            b.append('\n');
        }
        b.append("## 短板（问题整改，按失分排序）\n\n");
        List<ShortboardEntry> bad = boards.stream().limit(TOP).toList();
        if (bad.isEmpty()) b.append("无。\n\n");
        else {
            b.append("| 指标 | 得分 | 组内最优 | 排名 | 失分 | 触发规则 | 责任部门 |\n|---|---|---|---|---|---|---|\n");
            for (ShortboardEntry e : bad) {
                b.append("| ").append(e.nodeId()).append(" ").append(e.nodeName()).append(" | ").append(Numbers.fixed(e.score(), 2))
                        .append(" | ").append(Numbers.fixed(e.best(), 2)).append(" | ").append(e.rank() == 0 ? "—" : e.rank() + "/" + e.poolSize())
                        .append(" | ").append(Numbers.fixed(e.pointsLost(), 2)).append(" | ").append(chinese(e.rules()))
                        .append(" | ").append(ListsWriter.departmentNames(fw, e.departments())).append(" |\n");
            }
            long more = boards.size() - bad.size();
            if (more > 0) b.append(String.format(Locale.ROOT, "\n另有 %d 项，见 shortboards-%s.csv。\n", more, OutputSet.safe(p.pool())));
            b.append('\n');
        }
        b.append("失分 = 该指标在本单位指数中的有效权重 × (组内最优 − 本单位得分)，即追平组内最优可增加的指数分值。\n");
        return b.toString();
    }

    /** The Chinese half of each rule label ("code: 说明"). */
    static String chinese(List<String> rules) {
        StringBuilder b = new StringBuilder();
        for (String r : rules) {
            if (b.length() > 0) b.append("；");
            int i = r.indexOf(": ");
            b.append(i < 0 ? r : r.substring(i + 2));
        }
        return b.toString();
    }

    static String poolName(String pool) {
        switch (pool) {
            case "district": return "区县市";
            case "township": return "重点乡镇";
            default: return pool;
        }
    }
}
