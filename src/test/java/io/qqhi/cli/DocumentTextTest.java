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

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import io.qqhi.sample.SampleDataGenerator;

/**
 * Text that reads as a 公文 (issue 34, item 2), scanned in every Word document a release makes,
 * tables included, on the sample data and on generated data: no indicator or item code (A1.3.1,
 * Q13), no ASCII double quote, no Latin word of three or more letters, and the bundled pool named
 * 区（县、市）.
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
        assertTrue(found.isEmpty(), String.join("\n", found));
        assertTrue(poolNamed, "the pool is named 区（县、市）");
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
