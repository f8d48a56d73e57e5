package io.qqhi.framework;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** YAML nested deeper than 64 levels is refused, with its line, before it can take minutes (docs/formats.md, limits). */
class YamlLimitsTest {
    @Test
    void aMillionNestedFlowBracketsAreRefusedAtOnce() {
        Problems p = new Problems();
        String text = "a: " + "[".repeat(1_000_000) + "]".repeat(1_000_000) + "\n";
        assertNull(new YamlDocumentReader(p).parse("deep.yaml", text));
        assertTrue(p.all().get(0).message().contains("超过64层"), p.all()::toString);
        assertTrue(p.all().get(0).line() == 1 && p.all().get(0).column() == 68, p.all()::toString);
    }

    @Test
    void blockNestingBeyond64IsRefusedWithItsLine() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 100; i++) b.append("  ".repeat(i)).append("k").append(i).append(":\n");
        Problems p = new Problems();
        assertNull(new YamlDocumentReader(p).parse("deep.yaml", b.toString()));
        assertTrue(p.all().get(0).message().contains("超过64层") && p.all().get(0).line() == 65, p.all()::toString);
    }

    @Test
    void bracketsInsideQuotesAndCommentsDoNotCount() {
        Problems p = new Problems();
        String text = "a: \"" + "[".repeat(100) + "\"  # " + "{".repeat(100) + "\nb: [1, [2, [3]]]\n";
        assertTrue(new YamlDocumentReader(p).parse("ok.yaml", text) != null, p.all()::toString);
    }
}
