package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import io.qqhi.sample.SampleDataGenerator;

/**
 * Text that reads as a 公文 (issue 34, item 2), scanned in every Word document a release makes,
 * tables included, on the sample data and on generated data: no indicator or item code (A1.3.1,
 * Q13), no ASCII double quote, no Latin word of three or more letters, no blank last page, and the
 * bundled pool named 区（县、市）; in report.html, history.html and the list CSVs' text cells no ASCII
 * quote, no Latin word and no mention of the program.
 */
class DocumentTextTest {
    private static final Pattern CODE = Pattern.compile("(?<![A-Za-z0-9])([ABC][0-9](\\.[0-9]){1,2}|Q[0-9]{2})(?![0-9])");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]{3,}");

    @ParameterizedTest
    @ValueSource(longs = {0, 7})
    void everyWordDocumentReadsAsAGovernmentDocument(long seed, @TempDir Path dir) throws Exception {
        Path data = Path.of("sample-data");
        if (seed != 0) {
            data = dir.resolve("data");
            SampleDataGenerator.main(new String[] {"--framework", "indicators.yaml", "--out", data.toString(), "--seed", Long.toString(seed)});
        }
        Path rel = dir.resolve("rel");
        assertEquals(0, CliRun.of("release", "--data", data.toString(), "--out", rel.toString(), "--quiet").exitCode());
        List<Path> docs;
        try (Stream<Path> s = Files.walk(rel.resolve("2026H1").toRealPath())) {
            docs = s.filter(p -> p.toString().endsWith(".docx")).sorted().toList();
        }
        assertTrue(docs.size() >= 30, "通报 (2), 评价报告 and 27 letters: " + docs.size());
        List<String> found = new ArrayList<>();
        boolean poolNamed = false;
        for (Path d : docs) {
            String text = text(d);
            // the sample banner is the data's own words, not the program's
            Matcher m = CODE.matcher(text);
            if (m.find()) found.add(d.getFileName() + ": code " + m.group());
            if (text.indexOf('"') >= 0) found.add(d.getFileName() + ": ASCII quote");
            Matcher l = LATIN.matcher(text);
            if (l.find()) found.add(d.getFileName() + ": Latin word " + l.group());
            poolNamed |= text.contains("区（县、市）");
        }
        for (Path d : docs) {
            if (!endsWithoutABlankPage(d)) found.add(d.getFileName() + ": ends on an empty full-height paragraph");
        }
        Path hist = dir.resolve("hist");
        assertEquals(0, CliRun.of("history", "--data", data.toString(), "--out", hist.toString(), "--quiet").exitCode());
        for (Path html : List.of(rel.resolve("2026H1/report.html"), hist.resolve("history.html"))) {
            String text = htmlText(html);
            if (text.indexOf('"') >= 0) found.add(html.getFileName() + ": ASCII quote");
            Matcher l = LATIN.matcher(text);
            if (l.find()) found.add(html.getFileName() + ": Latin word " + l.group());
            if (text.contains("qqhi")) found.add(html.getFileName() + ": names the program");
        }
        List<Path> lists;
        try (Stream<Path> s = Files.walk(rel.resolve("2026H1").toRealPath())) {
            lists = s.filter(p -> p.toString().endsWith(".csv") && (p.getParent().getFileName().toString().matches("lists|guides")
                    || p.getFileName().toString().matches("(rectification|promotion|watchlist).*\\.csv"))).sorted().toList();
        }
        assertTrue(lists.size() >= 30, "list CSVs: " + lists.size());
        for (Path csv : lists) found.addAll(csvText(csv));
        assertTrue(found.isEmpty(), String.join("\n", found));
        assertTrue(poolNamed, "the pool is named 区（县、市）");
    }

    /**
     * A document's last body element is not an empty paragraph at full line height: such a
     * paragraph after a table that fills the last page starts a blank page (seen in LibreOffice).
     */
    static boolean endsWithoutABlankPage(Path docx) throws Exception {
        try (var in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            List<IBodyElement> body = d.getBodyElements();
            if (!(body.get(body.size() - 1) instanceof XWPFParagraph p) || !p.getText().isEmpty()) return true;
            return p.getSpacingBetween() > 0 && p.getSpacingBetween() <= 1;
        }
    }

    /** The text a reader sees in an HTML page: no scripts, styles, tags or attributes. */
    static String htmlText(Path html) throws Exception {
        String s = Files.readString(html, StandardCharsets.UTF_8);
        s = s.replaceAll("(?s)<script.*?</script>|<style.*?</style>", " ").replaceAll("<[^>]*>", " ");
        return s.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** The text cells of a list CSV (codes excluded: 单位代码, 指标代码) with an ASCII quote or a Latin word. */
    static List<String> csvText(Path csv) throws Exception {
        List<String> found = new ArrayList<>();
        try (var reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<String> head = p.getHeaderNames();
            for (CSVRecord r : p) {
                for (int i = 0; i < r.size() && i < head.size(); i++) {
                    if (head.get(i).endsWith("代码")) continue;
                    String v = r.get(i);
                    // the 销号 standard says when it will be judged: the next period (2026H1's lists → 2026年下半年)
                    if (head.get(i).equals("销号标准") && !csv.toString().contains("followup") && !v.startsWith("2026年下半年")) found.add(csv.getFileName() + ":"
                            + r.getRecordNumber() + ": 销号标准 names no period: " + v);
                    if (v.indexOf('"') >= 0) found.add(csv.getFileName() + ":" + r.getRecordNumber() + ": ASCII quote in " + head.get(i));
                    Matcher l = LATIN.matcher(v);
                    if (l.find()) found.add(csv.getFileName() + ":" + r.getRecordNumber() + ": Latin word " + l.group());
                }
            }
        }
        return found;
    }

    /** The visible text of a .docx: the runs of word/document.xml, paragraphs and table cells alike. */
    static String text(Path docx) throws Exception {
        try (ZipFile z = new ZipFile(docx.toFile())) {
            String xml = new String(z.getInputStream(z.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
            StringBuilder out = new StringBuilder();
            Matcher m = Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>").matcher(xml);
            while (m.find()) out.append(m.group(1).replace("&quot;", "\"").replace("&amp;", "&")).append(' ');
            return out.toString();
        }
    }
}
