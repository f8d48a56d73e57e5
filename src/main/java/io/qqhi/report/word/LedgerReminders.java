package io.qqhi.report.word;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qqhi.analysis.Ledger;
import io.qqhi.analysis.LedgerStatus;
import io.qqhi.input.DataFolder;
import io.qqhi.report.Dates;
import io.qqhi.report.OutputSet;
import io.qqhi.report.records.LedgerCsv;

/**
 * 督办 notices of the rectification ledger (docs/formats.md, ledger remind): one per place with
 * overdue items, each item with its deadline, the progress reported and who is responsible, as
 * the text of a notice and as a .docx in the 公文 fonts (the layout of the round's 催报 notices).
 */
public final class LedgerReminders {
    private LedgerReminders() {
    }

    /** The overdue rows per place (by name), in the status's order. */
    public static Map<String, List<LedgerStatus.Row>> overdueByPlace(LedgerStatus s) {
        Map<String, List<LedgerStatus.Row>> out = new LinkedHashMap<>();
        for (LedgerStatus.Row r : s.rows()) {
            if (r.state() == LedgerStatus.State.OVERDUE) out.computeIfAbsent(r.unit(), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    /** The notice's paragraphs: title, addressee, body, the items, closing, date. */
    public static List<String> paragraphs(String index, String period, LedgerStatus s, List<LedgerStatus.Row> rows) {
        String when = DataFolder.label(period);
        String today = Dates.chinese(s.today().toString());
        long all = s.rows().stream().filter(r -> r.unit().equals(rows.get(0).unit())).count();
        List<String> out = new ArrayList<>();
        out.add("关于督促落实" + when + index + "问题整改事项的函");
        out.add(rows.get(0).unitName() + "：");
        out.add("根据" + when + index + "评价结果，贵单位列入问题整改清单" + all + "项。截至" + today + "，以下" + rows.size()
                + "项已超过贵单位反馈的完成时限，尚未完成整改：");
        int k = 1;
        for (LedgerStatus.Row r : rows) {
            Ledger.Item i = r.item();
            out.add(k++ + ". " + r.nodeName() + "：完成时限" + Dates.chinese(i.deadline().toString()) + "，整改进度为“"
                    + LedgerCsv.PROGRESS.get(i.progress().ordinal()) + "”，责任单位" + i.owner() + "。");
        }
        out.add("请抓紧推进整改，在问题整改情况反馈表中更新整改进度和完成时限后重新报送；确需延期的，请说明理由。");
        out.add(today);
        return out;
    }

    /** 督办-JB-江北区 (without extension). */
    public static String fileName(LedgerStatus.Row r) {
        return OutputSet.safe("督办-" + r.unit() + "-" + r.unitName());
    }

    public static String text(List<String> paragraphs) {
        return Reminders.text(paragraphs);
    }

    public static byte[] docx(List<String> paragraphs) {
        return Reminders.docx(paragraphs);
    }
}
