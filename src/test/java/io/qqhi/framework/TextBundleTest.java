package io.qqhi.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The message bundles (docs/formats.md, language): Chinese and English have the same keys, and
 * every message is a valid MessageFormat pattern with the same arguments in both languages (an
 * unescaped brace or apostrophe would break a message only when it is first printed).
 */
class TextBundleTest {
    static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = Text.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndValidPatternsWithTheSameArguments() throws Exception {
        Properties zh = load("/io/qqhi/text.properties");
        Properties en = load("/io/qqhi/text_en.properties");
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()), "the same keys");
        assertTrue(zh.size() > 300, "the runtime messages are in the bundle: " + zh.size());
        for (String key : zh.stringPropertyNames()) {
            MessageFormat a = new MessageFormat(zh.getProperty(key), Locale.ROOT);
            MessageFormat b = new MessageFormat(en.getProperty(key), Locale.ROOT);
            assertEquals(a.getFormatsByArgumentIndex().length, b.getFormatsByArgumentIndex().length, key + ": the same arguments");
            String filled = a.format(new Object[] {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"});
            assertFalse(filled.matches("(?s).*\\{[0-9].*"), key + ": an argument left unfilled: " + filled);
            assertFalse(b.format(new Object[10]).contains("''"), key + ": a doubled apostrophe would be printed");
            // an apostrophe on its own starts a quoted stretch and vanishes: every one must be doubled
            for (String v : new String[] {zh.getProperty(key), en.getProperty(key)}) {
                String rest = v.replace("''", "").replace("'{'", "").replace("'}'", "");
                assertFalse(rest.contains("'"), key + ": a single apostrophe would vanish: " + v);
            }
        }
    }
}
