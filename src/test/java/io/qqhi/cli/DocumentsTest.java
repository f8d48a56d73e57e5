package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Word documents a release makes (docs/formats.md, documents): complete, in the 公文 fonts, reproducible. */
class DocumentsTest {
    static String text(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            return x.getText();
        }
    }

    @Test
    void aReleaseWritesTheBulletinAndALetterPerPlaceTheSameEachTime(@TempDir Path dir) throws Exception {
        Path rel = dir.resolve("rel");
        assertEquals(0, CliRun.of("release", "--out", rel.toString(), "--quiet").exitCode());
        Path bulletin = rel.resolve("2026H1/2026年上半年亲清健康指数评价结果通报.docx");
        String b = text(bulletin);
        assertTrue(b.contains("关于2026年上半年亲清健康指数评价结果的通报") && b.contains("一、区（县、市）评价结果") && b.contains("附件1"), b);
        // the 公文 apparatus from the bundled issuer block; number and date left open without --doc-number/--doc-date
        assertTrue(b.startsWith("宁波市亲清政商关系建设工作领导小组办公室文件") && b.contains("甬亲清办〔2026〕【 】号")
                && b.contains("附件：1．2026年上半年问题整改清单") && b.contains("【成文日期】")
                && b.contains("抄送：市委办公室，市人大常委会办公室，市政府办公室，市政协办公室。"), b);
        Path dated = dir.resolve("dated");
        assertEquals(0, CliRun.of("document", "bulletin", "--doc-number", "12", "--doc-date", "2026-07-30", "--out", dated.toString(),
                "--quiet").exitCode());
        String d = text(dated.resolve("2026年上半年亲清健康指数评价结果通报.docx"));
        assertTrue(d.contains("甬亲清办〔2026〕12号") && d.contains("2026年7月30日") && d.contains("2026年7月30日印发"), d);
        List<String> rankings = Files.readAllLines(rel.resolve("2026H1/rankings-district.csv"));
        List<String> townships = Files.readAllLines(rel.resolve("2026H1/rankings-township.csv"));
        int places = 0;
        for (List<String> file : List.of(rankings, townships)) {
            for (String line : file.subList(1, file.size())) {
                String name = line.split(",")[2];
                assertTrue(b.contains(name), name);
                places++;
            }
        }
        List<Path> letters;
        try (Stream<Path> s = Files.list(rel.resolve("2026H1/letters"))) {
            letters = s.filter(p -> p.toString().endsWith(".docx")).sorted().toList();
        }
        assertEquals(places, letters.size());
        try (Stream<Path> s = Files.list(rel.resolve("2026H1/letters"))) {
            assertEquals(places, s.filter(p -> p.toString().endsWith("-问题整改情况反馈表.xlsx")).count(), "a form beside each letter");
        }
        // a 对口指导清单 per guiding department: as many rows as rectification entries naming it, and its .docx
        List<org.apache.commons.csv.CSVRecord> rect = PeriodComparisonTest.csv(rel.resolve("2026H1/rectification.csv"));
        int guides = 0;
        try (Stream<Path> s = Files.list(rel.resolve("2026H1/guides"))) {
            for (Path g : s.filter(p -> p.toString().endsWith("-对口指导清单.csv")).toList()) {
                String dept = g.getFileName().toString().replace("-对口指导清单.csv", "");
                long expected = rect.stream().filter(x -> List.of(x.get("市级指导单位").split("、")).contains(dept)).count();
                assertEquals(expected, PeriodComparisonTest.csv(g).size(), dept);
                assertTrue(Files.exists(g.resolveSibling(dept + "-对口指导清单.docx")), dept);
                guides++;
            }
        }
        assertTrue(guides > 10, "guiding departments: " + guides);
        String jb = text(rel.resolve("2026H1/letters/JB-江北区-点对点反馈.docx"));
        assertTrue(jb.startsWith("关于2026年上半年亲清健康指数评价情况的反馈") && jb.contains("江北区：") && jb.contains("三、问题整改清单")
                && jb.contains("2025年下半年问题整改清单销号情况") && jb.contains("问题整改情况反馈表"), jb);
        // every rectification entry of 江北区 is in its letter with its 认定依据
        for (String line : Files.readAllLines(rel.resolve("2026H1/lists/JB-江北区-问题整改清单.csv")).subList(1, 2)) {
            assertTrue(jb.contains(line.split(",")[3]), line);
        }
        String xml;
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(bulletin.toFile())) {
            xml = new String(z.getInputStream(z.getEntry("word/document.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (String font : List.of("仿宋", "黑体", "方正小标宋简体")) assertTrue(xml.contains("w:eastAsia=\"" + font + "\""), font);
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(letters.get(0).toFile())) {
            String letterXml = new String(z.getInputStream(z.getEntry("word/document.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(letterXml.contains("w:eastAsia=\"楷体\""), "level-2 headings in 楷体");
        }
        assertTrue(xml.contains("w:w=\"11906\"") && xml.contains("w:h=\"16838\""), "A4 page");
        // the report people print: A4, the methods in Chinese (no YAML), no paths, codes explained beside the charts
        String html = Files.readString(rel.resolve("2026H1/report.html"));
        assertTrue(html.contains("@page { size: A4"), "A4 print");
        assertTrue(!html.contains("<pre>") && !html.contains("normalise:") && !html.contains("sample-data"), "no YAML, no paths");
        assertTrue(html.contains("功效系数法") && html.contains("A1.1 市场活力") && html.contains("颜色越深得分越高"), "methods and keys");
        assertTrue(!java.util.regex.Pattern.compile("\\b[a-z]+ [a-z]+ [a-z]+ [a-z]+\\b").matcher(html.replaceAll("(?s)<style>.*?</style>", "")
                .replaceAll("<[^>]*>", " ")).find(), "no English sentence");
        // qqhi document makes the same letter on its own; an unknown place is a usage error with a suggestion
        assertEquals(0, CliRun.of("document", "letter", "江北区", "--out", dir.resolve("one").toString()).exitCode());
        assertArrayEquals(Files.readAllBytes(rel.resolve("2026H1/letters/JB-江北区-点对点反馈.docx")),
                Files.readAllBytes(dir.resolve("one/letters/JB-江北区-点对点反馈.docx")));
        CliRun wrong = CliRun.of("document", "letter", "江北", "--out", dir.resolve("one").toString());
        assertEquals(64, wrong.exitCode());
        assertTrue(wrong.err().contains("江北区"), wrong::toString);
        byte[] first = Files.readAllBytes(bulletin);
        byte[] letter = Files.readAllBytes(letters.get(0));
        assertEquals(0, CliRun.of("release", "--out", rel.toString(), "--force", "--quiet").exitCode());
        assertArrayEquals(first, Files.readAllBytes(bulletin));
        assertArrayEquals(letter, Files.readAllBytes(letters.get(0)));
    }

    @Test
    void theEvaluationReportAnalysesEachDimensionAndThePublicBulletinNamesOnlyTheTopPlaces(@TempDir Path dir) throws Exception {
        Path rel = dir.resolve("rel");
        assertEquals(0, CliRun.of("release", "--out", rel.toString(), "--quiet").exitCode());
        String report = text(rel.resolve("2026H1/2026年上半年亲清健康指数评价报告.docx"));
        for (String part : List.of("一、评价概况", "二、总体结果", "三、分项分析", "四、企业满意度调查", "差异系数", "评价方法", "有效问卷")) {
            assertTrue(report.contains(part), part);
        }
        // the 分项分析 figures of a level-1 node are those of scores.csv: mean and coefficient of variation
        List<Double> a = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(rel.resolve("2026H1/scores.csv"))) {
            String[] f = line.split(",");
            if (f[0].equals("district") && f[3].equals("A")) a.add(Double.parseDouble(f[6]));
        }
        double mean = a.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double ss = a.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
        double cv = Math.sqrt(ss / (a.size() - 1)) / mean;
        String row = report.lines().filter(l -> l.startsWith("亲清健康\t")).findFirst().orElseThrow();
        assertTrue(row.contains(String.format(java.util.Locale.ROOT, "%.2f", mean)) && row.contains(String.format(java.util.Locale.ROOT, "%.3f", cv)), row);
        // publication: {ranks: top:3, grouping: robust, band_gap: 0.5} — the public bulletin names the bands
        // reaching into the first three, no ranks, the others in administrative order without a band
        String pub = text(rel.resolve("2026H1/2026年上半年亲清健康指数评价结果通报-公开版.docx"));
        List<String> ranking = Files.readAllLines(rel.resolve("2026H1/rankings-district.csv"));
        String first = ranking.get(1).split(",")[2];
        String last = ranking.get(ranking.size() - 1).split(",")[2];
        assertTrue(pub.contains("第一梯队（1个）：" + first), pub);
        assertTrue(pub.contains("不公布梯队") && pub.contains(last) && !pub.contains("排名\t单位"), "no ranking table: " + pub);
        // the internal bulletin: districts less than 0.5 points below the one above (by the rankings file,
        // chained) share a band: each reads its band's rank range, in administrative order (units.csv)
        String internal = text(rel.resolve("2026H1/2026年上半年亲清健康指数评价结果通报.docx"));
        List<String> register = Files.readAllLines(Path.of("sample-data/units.csv")).stream().map(l -> l.split(",")[1]).toList();
        List<List<String[]>> bands = new java.util.ArrayList<>();
        for (String line : ranking.subList(1, ranking.size())) {
            String[] f = line.split(",");
            List<String[]> above = bands.isEmpty() ? null : bands.get(bands.size() - 1);
            if (above != null && Double.parseDouble(above.get(above.size() - 1)[3]) - Double.parseDouble(f[3]) < 0.5) {
                above.add(f);
            } else {
                List<String[]> band = new java.util.ArrayList<>();
                band.add(f);
                bands.add(band);
            }
        }
        int shared = 0;
        for (List<String[]> band : bands) {
            if (band.size() < 2) continue;
            String range = band.get(0)[0] + "–" + band.get(band.size() - 1)[0] + "\t";
            List<String> names = band.stream().map(f -> f[2]).sorted(java.util.Comparator.comparingInt(register::indexOf)).toList();
            for (int k = 0; k < names.size(); k++) {
                assertTrue(internal.contains(range + names.get(k)), range + names.get(k) + " in " + internal);
                if (k > 0) assertTrue(internal.indexOf(range + names.get(k - 1)) < internal.indexOf(range + names.get(k)), "register order");
            }
            shared++;
        }
        assertTrue(shared > 0, "the sample has a shared band, else this proves nothing");
        assertTrue(internal.contains("不足0.5分（逐位相接）的单位视为同一梯队"), internal);
        assertTrue(!pub.contains("附件1") && !pub.contains("（" + last + "）"), "no lists and no lowest place named: " + pub);
        assertEquals(0, CliRun.of("document", "report", "--out", dir.resolve("one").toString()).exitCode());
        assertArrayEquals(Files.readAllBytes(rel.resolve("2026H1/2026年上半年亲清健康指数评价报告.docx")),
                Files.readAllBytes(dir.resolve("one/2026年上半年亲清健康指数评价报告.docx")), "document report = release's");
    }
}
