package io.qqhi.report.word;

import java.util.ArrayList;
import java.util.List;

import io.qqhi.input.DataFolder;
import io.qqhi.report.PlaceLists;

/**
 * A guiding department's 对口指导清单 as a document (docs/formats.md, documents): the items on the
 * places' rectification lists it guides, place by place, with the facts and who leads the work.
 */
public final class GuideList {
    private GuideList() {
    }

    public static byte[] docx(String index, String period, String guide, List<PlaceLists.Entry> entries, String notice) {
        GovDocument d = new GovDocument();
        String when = DataFolder.label(period);
        d.title(when + index + "问题整改对口指导清单");
        if (notice != null && !notice.isBlank()) d.text("【" + notice + "】");
        d.addressee(guide + "：");
        long places = entries.stream().map(PlaceLists.Entry::unit).distinct().count();
        d.text("根据" + when + index + "评价结果，贵单位为下列" + places + "个单位" + entries.size()
                + "项问题整改事项的市级指导单位。请对照清单加强业务指导，推动各地按期整改到位。");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("单位", "指标", "认定依据", "牵头单位", "完成时限"));
        for (PlaceLists.Entry e : entries) {
            rows.add(List.of(e.unitName(), e.nodeName(), e.basis(), e.lead(), e.deadline().isEmpty() ? "—" : e.deadline()));
        }
        d.table(rows, 5, 8, 16, 7, 5);
        return d.bytes();
    }

    /** guides/市发展改革委-对口指导清单.docx */
    public static String fileName(String guide) {
        return "guides/" + io.qqhi.report.OutputSet.safe(guide) + "-对口指导清单.docx";
    }
}
