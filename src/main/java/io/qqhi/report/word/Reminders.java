package io.qqhi.report.word;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qqhi.analysis.RoundStatus;
import io.qqhi.framework.Framework;
import io.qqhi.framework.Item;
import io.qqhi.framework.Problem;
import io.qqhi.input.DataFolder;
import io.qqhi.input.Round;

/**
 * 催报 notices (docs/formats.md, round remind): one per department that still owes anything,
 * saying exactly what is missing (each item with the places it is missing for), the errors in its
 * file to correct, the deadline and whether it has passed, and the template to use — as the text
 * of a notice and as a .docx in the 公文 fonts.
 */
public final class Reminders {
    private Reminders() {
    }

    /** The notice's paragraphs: title, addressee, body, the items, closing, date. */
    public static List<String> paragraphs(Framework fw, RoundStatus s, RoundStatus.Dept d, Round.Contact contact) {
        String period = DataFolder.label(s.period());
        List<String> out = new ArrayList<>();
        out.add("关于报送" + period + fw.root().displayName() + "评价数据的催报函");
        String who = contact == null || contact.name().isBlank() ? "" : "（联络员：" + contact.name()
                + (contact.phone().isBlank() ? "" : "，电话" + contact.phone()) + "）";
        out.add(d.name() + who + "：");
        String deadline = s.deadline() == null ? "" : io.qqhi.report.Dates.chinese(s.deadline().toString());
        StringBuilder body = new StringBuilder("根据" + fw.root().displayName() + "评价工作安排，");
        if (s.deadline() != null) body.append("请于").append(deadline).append("前报送").append(period).append("评价数据。");
        body.append("截至").append(io.qqhi.report.Dates.chinese(s.today().toString())).append("，");
        if (d.file() == null) body.append("尚未收到贵单位报送的数据");
        else if (!d.missing().isEmpty()) body.append("贵单位报送的数据尚缺").append(d.missing().size()).append("项");
        else body.append("贵单位报送的数据有").append(d.errors().size()).append("处错误需更正");
        if (s.pastDeadline()) body.append("，已超过报送时限").append(s.today().toEpochDay() - s.deadline().toEpochDay()).append("天");
        body.append("。具体如下：");
        out.add(body.toString());
        int k = 1;
        for (Map.Entry<String, List<String>> e : missingByItem(d).entrySet()) {
            Item it = fw.items().stream().filter(i -> i.id().equals(e.getKey())).findFirst().orElse(null);
            String name = it == null || it.name() == null ? e.getKey() : it.name() + (it.unit() == null ? "" : "（" + it.unit() + "）");
            List<String> places = e.getValue();
            out.add(k++ + ". " + name + "：" + String.join("、", places) + "（共" + places.size() + "个单位）未报送。");
        }
        for (Problem p : d.errors()) {
            out.add(k++ + ". " + (p.line() > 0 ? "第" + p.line() + "行" + (p.column() > 0 ? "第" + p.column() + "列" : "") + "：" : "")
                    + p.message());
        }
        out.add("请使用数据报送模板《" + d.id() + "-" + d.name() + "-" + s.period() + "》填报，"
                + (d.file() == null ? "尽快报送。" : !d.errors().isEmpty() ? "更正后整份重新报送，并附更正说明。" : "补齐后整份重新报送。"));
        out.add(io.qqhi.report.Dates.chinese(s.today().toString()));
        return out;
    }

    /** 催报-D12-市人力社保局 (without extension). */
    public static String fileName(RoundStatus.Dept d) {
        return io.qqhi.report.OutputSet.safe("催报-" + d.id() + "-" + d.name());
    }

    /** The notice as plain text, one paragraph a line. */
    public static String text(List<String> paragraphs) {
        return String.join("\n\n", paragraphs) + "\n";
    }

    /** The notice as a .docx: title, addressee, body, date on the right. */
    public static byte[] docx(List<String> paragraphs) {
        GovDocument d = new GovDocument();
        d.title(paragraphs.get(0));
        d.addressee(paragraphs.get(1));
        for (String p : paragraphs.subList(2, paragraphs.size() - 1)) d.text(p);
        d.blank();
        d.right(paragraphs.get(paragraphs.size() - 1));
        return d.bytes();
    }


    private static Map<String, List<String>> missingByItem(RoundStatus.Dept d) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (RoundStatus.Missing x : d.missing()) m.computeIfAbsent(x.item(), k -> new ArrayList<>()).add(x.unitName());
        return m;
    }
}
