package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language of what commands print (docs/formats.md, language): Chinese by default and with
 * --lang zh — no English word beyond codes, ids, file names and method names — and English with
 * --lang en. Exit codes do not depend on the language.
 */
class LanguageTest {
    /** ASCII words that may appear in Chinese output: the sample's codes and ids, method and file names. */
    static Set<String> allowed() throws Exception {
        Set<String> ok = new HashSet<>(List.of("qqhi", "QQHI", "Cronbach", "target", "tier", "csv", "lang"));
        for (String line : Files.readAllLines(Path.of("sample-data/units.csv")).subList(1, 28)) ok.add(line.split(",")[0].replace("\uFEFF", ""));
        return ok;
    }

    static Set<String> englishWords(String text, Set<String> allowed) {
        // file names and paths, however written, are not words of the message
        String t = text.replaceAll("[^\\s：:，（）“”]*\\.(csv|xlsx|yaml|json|html|md)", "")
                // options and setting keys are code: --set, missing.threshold
                .replaceAll("--[a-z-]+", "").replaceAll("[a-z_]+\\.[a-z_*]+", "");
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("[A-Za-z][A-Za-z]{2,}").matcher(t);
        while (m.find()) if (!allowed.contains(m.group())) out.add(m.group());
        return out;
    }

    @Test
    void chineseOnlyWithLangZh(@TempDir Path dir) throws Exception {
        Set<String> allowed = allowed();
        List<String[]> commands = List.of(new String[] {"compute", "--out", dir.resolve("o").toString()},
                new String[] {"validate", "--data", "sample-data"}, new String[] {"explain", "HS"},
                new String[] {"explain", "XX"}, new String[] {"compute", "--set", "missing.threshold=2"});
        for (String[] c : commands) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(c), java.util.stream.Stream.of("--lang", "zh"))
                    .toArray(String[]::new);
            CliRun r = CliRun.of(args);
            Set<String> english = englishWords(r.out() + r.err(), allowed);
            assertTrue(english.isEmpty(), String.join(" ", c) + ": English words " + english + "\n" + r);
        }
    }

    @Test
    void englishWithLangEnAndTheSameExitCodes(@TempDir Path dir) {
        CliRun compute = CliRun.of("compute", "--out", dir.resolve("o").toString(), "--lang", "en");
        assertEquals(0, compute.exitCode(), compute::toString);
        assertTrue(compute.err().contains("warning: 庵东镇 (andong)") && compute.err().contains("warning(s)"), compute::toString);
        assertTrue(compute.out().contains("rank  code") && compute.out().contains("wrote"), compute::toString);
        CliRun validate = CliRun.of("validate", "--data", "sample-data", "--lang", "en");
        assertTrue(validate.out().contains("coverage (figures received / expected") && validate.out().contains("OK: 0 error(s)"),
                validate::toString);
        CliRun explain = CliRun.of("explain", "HS", "--lang", "en");
        assertTrue(explain.out().contains("pool best") && explain.out().contains("where the points are lost"), explain::toString);
        CliRun error = CliRun.of("explain", "XX", "--lang", "en");
        assertEquals(64, error.exitCode());
        assertTrue(error.err().contains("no unit 'XX' (did you mean 'CX'?)"), error::toString);
        assertEquals(64, CliRun.of("explain", "XX").exitCode(), "the same exit code in Chinese");
    }
}
