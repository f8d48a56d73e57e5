package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** A typo on any command's line gets a usage error (64) in the messages' language, picocli's English included. */
class TypoTest {
    @Test
    void everyCommandAnswersATypoInChinese() throws Exception {
        // the command's own name is code (用法见 qqhi validate --help)
        Set<String> allowed = new java.util.HashSet<>(LanguageTest.allowed());
        allowed.addAll(Cli.SUBCOMMANDS.keySet());
        allowed.addAll(java.util.List.of("UNIT", "NODE", "KIND", "RELEASE", "RELEASES"));
        for (String command : Cli.SUBCOMMANDS.keySet()) {
            for (String[] line : new String[][] {{command, "--ouut", "x"}, {command, "--top", "x", "--ouut"}}) {
                CliRun r = CliRun.of(concat(line, "--lang", "zh"));
                assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
                Set<String> english = LanguageTest.englishWords(unquoted(r.out() + r.err()), allowed);
                assertTrue(english.isEmpty(), String.join(" ", line) + ": English words " + english + "\n" + r);
            }
        }
    }

    @Test
    void aMistypedCommandIsNamedWithTheNearestOnes() throws Exception {
        CliRun r = CliRun.of("explan", "HS", "--lang", "zh");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
        assertTrue(r.err().contains("无法识别的命令或参数：“explan”") && r.err().contains("qqhi explain"), r::toString);
        Set<String> allowed = new java.util.HashSet<>(LanguageTest.allowed());
        allowed.addAll(Cli.SUBCOMMANDS.keySet());
        allowed.addAll(java.util.List.of("UNIT", "NODE", "KIND", "RELEASE", "RELEASES"));
        assertTrue(LanguageTest.englishWords(unquoted(r.err()), allowed).isEmpty(), r::toString);
        CliRun missing = CliRun.of("document", "--lang", "zh");
        assertTrue(missing.err().contains("缺少必需的参数：KIND"), missing::toString);
        CliRun bad = CliRun.of("compute", "--top", "x", "--lang", "zh");
        assertTrue(bad.err().contains("--top的值“x”无效"), bad::toString);
        CliRun en = CliRun.of("compute", "--ouut", "--lang", "en");
        assertTrue(en.err().contains("unknown option '--ouut'") && en.err().contains("did you mean --out?"), en::toString);
    }

    /** What the user typed, quoted back (“explan”), is not the program's English. */
    private static String unquoted(String s) {
        return s.replaceAll("“[^”]*”", "");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
