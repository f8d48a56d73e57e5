package io.qqhi.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

/**
 * The HTML pages' Mustache templates, from resources beside this class; {@code {{> style}}}
 * pulls in the shared style sheet so every page looks like the release report.
 */
final class Templates {
    private Templates() {
    }

    static Template load(String name) {
        Mustache.Compiler c = Mustache.compiler().defaultValue("").withLoader(partial -> reader(partial));
        try (Reader r = reader(name)) {
            return c.compile(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader reader(String name) {
        InputStream in = Templates.class.getResourceAsStream(name + ".mustache");
        if (in == null) throw new IllegalStateException("template " + name + ".mustache is missing from the jar");
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
