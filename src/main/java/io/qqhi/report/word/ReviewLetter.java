package io.qqhi.report.word;

import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.input.DataFolder;
import io.qqhi.report.Dates;
import io.qqhi.report.Numbers;
import io.qqhi.report.records.UnitPageWriter;

/**
 * The 征求意见稿 letter of the review round (docs/formats.md, round review-pack): the place's
 * provisional index and position, and how to object — in the 异议表 of the workbook sent with it,
 * with 依据 and 佐证材料, by the end of the review window.
 */
public final class ReviewLetter {
    private ReviewLetter() {
    }

    /** @param until the last day to object (YYYY-MM-DD), null when the round sets none */
    public static byte[] docx(Framework fw, PoolResult p, int u, String period, String until) {
        GovDocument d = new GovDocument();
        String index = fw.root().displayName();
        d.right("征求意见稿，不得外传");
        d.title("关于征求" + DataFolder.label(period) + index + "评价初步结果意见的函");
        d.addressee(p.units().get(u).displayName() + "：");
        String where = UnitPageWriter.poolName(p.pool());
        d.text("现将贵单位" + DataFolder.label(period) + index + "评价初步结果反馈如下：指数" + Numbers.fixed(p.scores()[u][0], 2) + "分，"
                + (p.ranks()[u][0] == 0 ? "不参与排名" : "居" + where + UnitPageWriter.place(p, u, 0)) + "（初步结果，以正式通报为准）。"
                + "各项数据、得分与位次见所附工作簿。");
        d.text("请对照所附工作簿“异议表”逐项核对贵单位的数据。如有异议，请在相应行填写“我方认为的数值”“依据”，并注明佐证材料，"
                + (until == null ? "在复核期内" : "于" + Dates.chinese(until) + "前") + "将工作簿反馈；逾期未反馈的视为无异议。"
                + "未填写“我方认为的数值”的行视为无异议，请勿改动其他各列。");
        d.blank();
        d.right(until == null ? "" : "复核截止：" + Dates.chinese(until));
        return d.bytes();
    }
}
