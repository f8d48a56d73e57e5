package io.qqhi.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * The words qqhi accepts in input files besides its English ones — column headers, missing-figure
 * and no-answer markers, method names in Chinese — kept in {@code vocabulary.properties} beside
 * this class, so that the code names them by key (docs/formats.md).
 */
public final class Vocabulary {
    private static final Properties WORDS = load();

    private Vocabulary() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Vocabulary.class.getResourceAsStream("vocabulary.properties")) {
            if (in == null) throw new IllegalStateException("vocabulary.properties is missing from the jar");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The words of a key, in the file's order (a leading comma gives the empty word first). */
    public static List<String> words(String key) {
        String v = WORDS.getProperty(key);
        if (v == null) throw new IllegalArgumentException("no vocabulary key " + key);
        return List.of(v.split(",", -1));
    }

    /** The words of a key as an array, for column lookups by alias. */
    public static String[] array(String key) {
        return words(key).toArray(new String[0]);
    }
}
