package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.qqhi.sample.SampleDataGenerator;

/**
 * The 专报 (issue 34, item 6): one A4 page with its 版头 and 版记, whose figures are the run's —
 * the district pool's mean and its first three, read back from rankings-district.csv — on the
 * sample and on generated data.
 */
class BriefTest {
    /** GB/T 9704's text area: 156 × 225 mm, in points. */
    private static final double TEXT_WIDTH = 156 / 25.4 * 72;
    private static final double TEXT_HEIGHT = 225 / 25.4 * 72;

    @ParameterizedTest
    @ValueSource(longs = {0, 7, 11})
    void theBriefHoldsOnOnePageAndQuotesTheRunsFigures(long seed, @TempDir Path dir) throws Exception {
        Path data = Path.of("sample-data");
        if (seed != 0) {
            data = dir.resolve("data");
            SampleDataGenerator.main(new String[] {"--framework", "indicators.yaml", "--out", data.toString(), "--seed", Long.toString(seed)});
        }
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("document", "brief", "--data", data.toString(), "--out", out.toString(), "--doc-number", "3",
                "--doc-date", "2026-07-20");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(0, CliRun.of("compute", "--data", data.toString(), "--out", dir.resolve("c").toString(), "--quiet").exitCode());
        Path docx = out.resolve("2026年上半年亲清健康指数专报.docx");
        String text = DocumentTextTest.text(docx).replace(" ", "");
        assertTrue(text.startsWith("亲清健康指数专报第3期宁波市亲清政商关系建设工作领导小组办公室2026年7月20日"), text);
        assertTrue(text.contains("报：市委、市政府领导。"), text);

        // the district pool's first three and mean, from the published rankings (2 decimals each)
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("c/rankings-district.csv"), StandardCharsets.UTF_8).subList(1, 13)) {
            rows.add(line.split(","));
        }
        assertEquals(rows.get(0)[2] + "、" + rows.get(1)[2] + "、" + rows.get(2)[2] + "居前三",
                find(text, "区（县、市）：([^，]+居前三)"));
        double mean = 0;
        int n = 0;
        for (String[] row : rows) {
            if (row[0].matches("[0-9]+")) {
                mean += Double.parseDouble(row[3]);
                n++;
            }
        }
        // the mean of values rounded to 0.01 differs from the printed one by at most 0.01
        assertEquals(mean / n, Double.parseDouble(find(text, "区（县、市）平均([0-9.]+)分")), 0.01);

        double height = height(docx);
        assertTrue(height <= TEXT_HEIGHT, "the 专报 needs " + Math.round(height) + " pt of " + Math.round(TEXT_HEIGHT));
        // and the measure measures: the page is more than two-thirds full
        assertTrue(height > TEXT_HEIGHT * 2 / 3, "measured " + Math.round(height) + " pt");
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex + " in " + text);
        return m.group(1);
    }

    /**
     * The height the document's text needs, in points: each paragraph's lines (characters at the
     * run's size, a Latin letter or digit at half of it, wrapped at the text width less indents)
     * times its exact line pitch; a table row, the longest of its cells' lines.
     */
    static double height(Path docx) throws Exception {
        double h = 0;
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            for (IBodyElement e : d.getBodyElements()) {
                if (e instanceof XWPFParagraph p) h += height(p, TEXT_WIDTH);
                if (e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        double most = 0;
                        for (var cell : row.getTableCells()) {
                            for (XWPFParagraph p : cell.getParagraphs()) most = Math.max(most, height(p, TEXT_WIDTH - 28));
                        }
                        h += most;
                    }
                }
            }
        }
        return h;
    }

    private static double height(XWPFParagraph p, double width) {
        double pitch = p.getSpacingBetween() > 0 ? p.getSpacingBetween() : 0;
        double size = 0;
        double line = 0;
        for (XWPFRun r : p.getRuns()) {
            size = r.getFontSizeAsDouble() == null ? 16 : r.getFontSizeAsDouble();
            for (char c : r.text().toCharArray()) line += c < 0x2000 ? size / 2 : size;
        }
        double indent = twips(p.getIndentationLeft()) + twips(p.getIndentationRight());
        double first = Math.max(0, twips(p.getIndentationFirstLine()));
        int lines = Math.max(1, (int) Math.ceil((line + first) / (width - indent)));
        return lines * Math.max(pitch, size);
    }

    private static double twips(int t) {
        return t < 0 ? 0 : BigInteger.valueOf(t).doubleValue() / 20;
    }
}
