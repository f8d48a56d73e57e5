package io.qqhi.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The layout rules of docs/architecture.md, read off the sources: packages depend only on those to
 * their left, the core names no words, methods and files stay short, classes are imported.
 */
class ArchitectureTest {
    private static final Path ROOT = Path.of("src/main/java/io/qqhi");
    private static final List<String> ORDER = List.of("framework", "input", "compute", "analysis", "report", "release", "app", "cli");
    private static final Pattern METHOD = Pattern.compile(
            "^\\s*(?:(?:public|private|protected|static|final|synchronized|abstract|default)\\s+)*(?:<[^>]+>\\s+)?"
                    + "[\\w<>\\[\\],.? ]+?\\s+\\w+\\s*\\([^;]*$|^\\s*(?:(?:public|private|protected)\\s+)?[A-Z]\\w*\\s*\\([^;]*$");
    private static final Pattern QUALIFIED = Pattern.compile("\\b(?:java|javax|io|org|com)\\.[a-z_]\\w*\\.(?:[\\w.]*\\.)?[A-Z]\\w*");

    /** A source file: its package (first folder under io/qqhi), raw text, and code without comments and strings. */
    private record Source(Path path, String pkg, String text, String code, List<String> literals) {
    }

    private static List<Source> sources() throws IOException {
        List<Source> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(ROOT)) {
            for (Path p : (Iterable<Path>) s.filter(f -> f.toString().endsWith(".java")).sorted()::iterator) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                List<String> literals = new ArrayList<>();
                out.add(new Source(p, ROOT.relativize(p).getName(0).toString(), text, strip(text, literals), literals));
            }
        }
        return out;
    }

    /** The code with comments blanked and string and char literals emptied (line breaks kept); the literals collected. */
    static String strip(String src, List<String> literals) {
        StringBuilder b = new StringBuilder(src.length());
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (src.startsWith("//", i)) {
                while (i < n && src.charAt(i) != '\n') i++;
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                for (int k = i; k < end; k++) if (src.charAt(k) == '\n') b.append('\n');
                i = end;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                literals.add(src.substring(i, end));
                b.append("\"\"");
                for (int k = i; k < end; k++) if (src.charAt(k) == '\n') b.append('\n');
                i = end;
            } else if (c == '"' || c == '\'') {
                int k = i + 1;
                while (k < n && src.charAt(k) != c) k += src.charAt(k) == '\\' ? 2 : 1;
                literals.add(src.substring(i, Math.min(n, k + 1)));
                b.append(c).append(c);
                i = k + 1;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    @Test
    void packagesDependOnlyOnThoseToTheirLeft() throws IOException {
        List<String> wrong = new ArrayList<>();
        Pattern imp = Pattern.compile("(?m)^import (?:static )?io\\.qqhi\\.(\\w+)\\.");
        for (Source s : sources()) {
            int mine = ORDER.indexOf(s.pkg());
            if (mine < 0) continue; // tools (sample data generator) may use any package
            Matcher m = imp.matcher(s.text());
            while (m.find()) if (ORDER.indexOf(m.group(1)) > mine) wrong.add(s.path() + " imports " + m.group(1));
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theCoreAndTheApplicationLayerHoldNoChineseWords() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Source s : sources()) {
            if (!List.of("input", "compute", "analysis", "app").contains(s.pkg())) continue;
            for (String l : s.literals()) if (l.codePoints().anyMatch(cp -> cp >= 0x4E00 && cp <= 0x9FFF)) wrong.add(s.path() + ": " + l);
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theCommandLineNeverNamesThePipeline() throws IOException {
        for (Source s : sources()) if (s.pkg().equals("cli")) assertTrue(!s.text().contains("Pipeline"), s.path().toString());
    }

    @Test
    void filesAndMethodsStayShort() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Source s : sources()) {
            long lines = s.text().lines().count();
            if (lines > 500) wrong.add(s.path() + ": " + lines + " lines");
            int limit = s.pkg().equals("compute") ? 60 : 80;
            for (Map.Entry<Integer, Integer> e : methodLengths(s.code()).entrySet()) {
                if (e.getValue() > limit) wrong.add(s.path() + ":" + e.getKey() + ": a method of " + e.getValue() + " lines");
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** Method (and constructor) lengths by their first line, header to closing brace, in class bodies. */
    static Map<Integer, Integer> methodLengths(String code) {
        Map<Integer, Integer> out = new TreeMap<>();
        String[] lines = code.split("\n", -1);
        int depth = 0;
        int start = -1;
        int startDepth = -1;
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].strip();
            boolean header = start < 0 && depth >= 1 && depth <= 2 && !t.isEmpty()
                    && !t.matches("^(return|new|if|for|while|switch|else|try|catch|throw|do|case)\\b.*")
                    && !t.matches(".*\\b(class|record|interface|enum)\\s+\\w+.*") && !t.matches("^\\w+\\s*=.*")
                    && METHOD.matcher(t).find();
            if (header) {
                start = i;
                startDepth = depth;
            }
            for (char c : lines[i].toCharArray()) {
                if (c == '{') depth++;
                else if (c == '}') {
                    depth--;
                    if (start >= 0 && depth == startDepth) {
                        out.put(start + 1, i - start + 1);
                        start = -1;
                    }
                }
            }
            if (start >= 0 && depth == startDepth && t.endsWith(";")) start = -1; // an abstract or interface method
        }
        return out;
    }

    @Test
    void classesAreImportedNotSpelledOut() throws IOException {
        int count = 0;
        List<String> seen = new ArrayList<>();
        for (Source s : sources()) {
            for (String line : s.code().split("\n")) {
                String t = line.strip();
                if (t.startsWith("import ") || t.startsWith("package ")) continue;
                if (QUALIFIED.matcher(line).find()) {
                    count++;
                    seen.add(s.path() + ": " + t);
                }
            }
        }
        assertTrue(count < 60, count + " lines name a class by its package path: " + seen);
    }

    /** The checks above see what they should: a long method, a Chinese literal and a qualified name are found. */
    @Test
    void theChecksFindWhatTheyLookFor() {
        List<String> lits = new ArrayList<>();
        String code = strip("class A {\n  void m() {\n" + "    int x = 1;\n".repeat(70) + "  }\n  String s = \"中文\"; // 注释\n}\n", lits);
        assertEquals(72, methodLengths(code).get(2), "header, 70 lines, closing brace");
        assertTrue(lits.contains("\"中文\""));
        assertTrue(QUALIFIED.matcher("java.util.List<String> x;").find());
    }
}
