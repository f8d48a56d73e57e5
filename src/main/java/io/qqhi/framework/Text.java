package io.qqhi.framework;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages for people, from the bundles {@code io/qqhi/text.properties} (Chinese, the default) and
 * {@code text_en.properties} (English, with {@code QQHI_LANG=en} or {@code -Dqqhi.lang=en}). A
 * message's key is its stable code; arguments are formatted by the caller (numbers included), so
 * the bundles hold plain {0}-style slots and no locale-dependent number formatting happens here
 * (numbers passed as such are refused: MessageFormat would group their digits).
 */
public final class Text {
    private static volatile ResourceBundle bundle;

    private Text() {
    }

    /** The language asked for on the command line ({@code --lang}), or null for the environment's. */
    private static volatile String asked;

    /**
     * The language of the messages: {@code --lang}, else {@code QQHI_LANG} (or {@code -Dqqhi.lang}),
     * else English for an English locale (LC_ALL, LC_MESSAGES, LANG starting with en), else Chinese —
     * cron's C or POSIX locale and servers without a zh_CN locale included.
     */
    public static Locale locale() {
        String lang = asked;
        if (lang == null) lang = System.getProperty("qqhi.lang");
        if (lang == null) lang = System.getenv("QQHI_LANG");
        if (lang == null) {
            // QQHI_LOCALE: the locale as the user had it, kept by the launcher before it may set C.UTF-8
            for (String v : new String[] {"QQHI_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
                String e = System.getenv(v);
                if (e != null && !e.isEmpty()) {
                    lang = e;
                    break;
                }
            }
        }
        return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.CHINESE;
    }

    /** Sets the language for this run ({@code zh}, {@code en}; null: the environment's). */
    public static void use(String lang) {
        asked = lang;
        bundle = null;
    }

    public static String of(String key, Object... args) {
        return format(bundle(), key, args);
    }

    private static String format(ResourceBundle b, String key, Object... args) {
        String pattern;
        try {
            pattern = b.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message '" + key + "' in the bundle", e);
        }
        for (Object a : args) {
            if (a instanceof Number) throw new IllegalArgumentException("message '" + key + "': pass numbers as text");
        }
        // formatted even without arguments, so that every message writes a quote as '' alike
        Formats f = FORMATS.get();
        if (args.length == 0) return f.constant.computeIfAbsent(pattern, p -> new MessageFormat(p, Locale.ROOT).format(args));
        MessageFormat mf = f.parsed.computeIfAbsent(pattern, p -> new MessageFormat(p, Locale.ROOT));
        f.text.setLength(0);
        return mf.format(args, f.text, null).toString();
    }

    /**
     * Each pattern parsed once per thread, a message without arguments formatted once, and one buffer
     * reused: a national run formats several list lines per place (190,000 entries), and parsing the
     * pattern anew each time was a third of its CPU (docs/performance.md). Per thread, because a
     * MessageFormat is not safe to share; keyed by the pattern, so a language switch needs no clearing.
     */
    private static final class Formats {
        final Map<String, MessageFormat> parsed = new HashMap<>();
        final Map<String, String> constant = new HashMap<>();
        final StringBuffer text = new StringBuffer(256);
    }

    private static final ThreadLocal<Formats> FORMATS = ThreadLocal.withInitial(Formats::new);

    private static volatile ResourceBundle content;

    /**
     * Words of what qqhi sends to places and departments — lists, documents, period names in them —
     * from {@code io/qqhi/content.properties}: Chinese whatever the language of the messages.
     */
    public static String content(String key, Object... args) {
        return format(contentBundle(), key, args);
    }

    private static ResourceBundle contentBundle() {
        ResourceBundle b = content;
        if (b == null) {
            b = ResourceBundle.getBundle("io.qqhi.content", Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            content = b;
        }
        return b;
    }

    /** Whether the messages' bundle has a key. */
    public static boolean has(String key) {
        return bundle().containsKey(key);
    }

    /** Whether the content bundle has words for a key (a plug-in method may have none). */
    public static boolean hasContent(String key) {
        return contentBundle().containsKey(key);
    }

    /** A number for a message: as a person writes it (106.97, 12, 0.889), at most ten significant digits. */
    public static String number(double v) {
        if (!Double.isFinite(v)) return Double.isNaN(v) ? "—" : (v > 0 ? "∞" : "−∞");
        return new BigDecimal(v).round(new MathContext(10)).stripTrailingZeros().toPlainString();
    }

    private static ResourceBundle bundle() {
        ResourceBundle b = bundle;
        if (b == null) {
            b = ResourceBundle.getBundle("io.qqhi.text", locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            bundle = b;
        }
        return b;
    }

    /** Forgets the loaded bundle, for tests that switch the language. */
    static void reset() {
        bundle = null;
    }
}
