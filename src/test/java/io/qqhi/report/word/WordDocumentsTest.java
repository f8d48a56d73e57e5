package io.qqhi.report.word;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Publication;
import io.qqhi.report.ComputeOutputs;
import io.qqhi.report.ReportFixture;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The Word documents, their text read back with POI, on the hand-worked fixture (ReportFixture). */
class WordDocumentsTest {
    private final IndexResult r = ReportFixture.result();
    private final PoolResult p = r.pools().get(0);
    private final ComputeOutputs.RunLists lists = ReportFixture.lists(r);

    private static String text(byte[] docx) throws IOException {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            return x.getText();
        }
    }

    @Test
    void letterStatesScorePlaceMoveAndTheRectificationList() throws IOException {
        String t = text(Documents.letter(r, p, 4, lists, "2026H1", null));
        assertTrue(t.contains("关于2026年上半年测试指数评价情况的反馈"), t);
        assertTrue(t.contains("戊区："), "addressed to the place");
        assertTrue(t.contains("得分0.00分"), t);
        assertTrue(t.contains("甲一率50%，低于全市平均20个百分点，居全市第5位"), t);
        String up = text(FeedbackLetter.write(r, p, 1, lists, "2026H1", null));
        assertTrue(up.contains("进位1位"), "乙区 rose one place: " + up);
    }

    @Test
    void bulletinRanksEveryPlaceAndThePublicOneOnlyTheTop() throws IOException {
        String internal = text(Documents.bulletin(r, lists, "2026H1", null));
        for (String n : ReportFixture.NAMES) assertTrue(internal.contains(n), n);
        // a framework without an issuer block: every part of the apparatus has its placeholder, none is left out
        for (String part : new String[] {"【发文机关标志】", "【文号】", "【发文机关】", "【成文日期】", "抄送：【抄送机关】", "【印发机关】"}) {
            assertTrue(internal.contains(part), part);
        }
        String pub = text(Documents.bulletin(r, lists, "2026H1", null, new Publication("top", 1)));
        assertTrue(pub.contains("甲区"), pub);
        assertTrue(pub.contains("不公布名次"), pub);
    }

    @Test
    void evaluationReportHasTheDimensionsSpread() throws IOException {
        String t = text(Documents.report(r, lists, "2026H1", null, null));
        assertTrue(t.contains("2026年上半年测试指数评价报告"), t);
        // each dimension: mean 50, highest 甲区 100, lowest 戊区 0, range 100
        assertTrue(t.contains("甲维度") && t.contains("100.00"), t);
        assertTrue(text(EvaluationReport.write(r, lists, "2026H1", null, null)).contains("评价方法"));
    }

    @Test
    void releaseMakesEveryDocumentByteIdenticalTwice() {
        Map<String, byte[]> a = Documents.all(r, lists, "2026H1", null, null);
        Map<String, byte[]> b = Documents.all(r, lists, "2026H1", null, null);
        assertEquals(a.keySet(), b.keySet());
        for (String k : a.keySet()) assertArrayEquals(a.get(k), b.get(k), k);
        assertTrue(a.containsKey(Documents.letterName(p.units().get(0))));
        assertTrue(a.containsKey(Documents.bulletinName(r, "2026H1")));
        GovDocument d = new GovDocument();
        d.title("标题");
        d.text("正文。");
        assertTrue(d.bytes().length > 0);
    }
}
