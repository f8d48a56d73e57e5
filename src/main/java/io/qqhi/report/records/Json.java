package io.qqhi.report.records;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * qqhi's one JSON writer, on jackson: trees built in order (keys in insertion order) for the output
 * files, written by the streaming generator — two-space indent, "\n" line ends, UTF-8 text as is,
 * NaN written as null, numbers as their shortest round-trip text — and the records of the
 * commands' {@code --format json} through jackson-databind ({@link #records}).
 */
public final class Json {
    private static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

    /** Records (the analysis results of {@code --format json}) through jackson-databind on the same factory. */
    private static final class Mapper {
        /** Made on first use only: files written by the streaming generator need none of jackson-databind. */
        static final ObjectMapper MAPPER = mapper();
    }

    private Json() {
    }

    private static ObjectMapper mapper() {
        SimpleModule nan = new SimpleModule();
        JsonSerializer<Double> number = new JsonSerializer<>() {
            @Override
            public void serialize(Double v, JsonGenerator g, SerializerProvider p) throws IOException {
                if (v == null || !Double.isFinite(v)) g.writeNull();
                else g.writeNumber(v);
            }
        };
        nan.addSerializer(Double.class, number);
        nan.addSerializer(double.class, number);
        nan.addSerializer(double[].class, new JsonSerializer<>() {
            @Override
            public void serialize(double[] a, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeStartArray();
                for (double v : a) {
                    if (Double.isFinite(v)) g.writeNumber(v);
                    else g.writeNull();
                }
                g.writeEndArray();
            }
        });
        return new ObjectMapper(FACTORY).registerModule(nan).setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    /**
     * An analysis result for {@code --format json} (docs/formats.md, JSON output), written from its
     * records: keys in snake_case in the records' own order, a missing number (NaN) as null,
     * two-space indent. The schema of each command is its records'.
     */
    public static String records(Object value) {
        try {
            return Mapper.MAPPER.writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A record as a tree node, to be put into an object built by hand. */
    public static JsonNode tree(Object value) {
        return Mapper.MAPPER.valueToTree(value);
    }

    /** A JSON object. */
    public static final class Obj {
        final Map<String, Object> m = new LinkedHashMap<>();

        public Obj put(String k, String v) {
            m.put(k, v);
            return this;
        }

        public Obj put(String k, int v) {
            m.put(k, v);
            return this;
        }

        public Obj put(String k, long v) {
            m.put(k, v);
            return this;
        }

        public Obj put(String k, double v) {
            m.put(k, Double.isFinite(v) ? (Object) v : null);
            return this;
        }

        public Obj put(String k, boolean v) {
            m.put(k, v);
            return this;
        }

        public Obj put(String k, Obj v) {
            m.put(k, v);
            return this;
        }

        public Obj put(String k, Arr v) {
            m.put(k, v);
            return this;
        }

        public Obj putNull(String k) {
            m.put(k, null);
            return this;
        }

        public Arr putArray(String k) {
            Arr a = new Arr();
            m.put(k, a);
            return a;
        }

        public Obj putObject(String k) {
            Obj o = new Obj();
            m.put(k, o);
            return o;
        }
    }

    /** A JSON array. */
    public static final class Arr {
        final List<Object> l = new ArrayList<>();

        public Obj addObject() {
            Obj o = new Obj();
            l.add(o);
            return o;
        }

        public Arr add(String v) {
            l.add(v);
            return this;
        }

        public Arr add(int v) {
            l.add(v);
            return this;
        }

        public Arr add(double v) {
            l.add(Double.isFinite(v) ? (Object) v : null);
            return this;
        }

        public Arr add(Obj v) {
            l.add(v);
            return this;
        }

        public Arr addNull() {
            l.add(null);
            return this;
        }
    }

    public static Obj object() {
        return new Obj();
    }

    public static Arr array() {
        return new Arr();
    }

    /** A double as JSON: null for NaN (missing). */
    public static void put(Obj o, String key, double v) {
        o.put(key, v);
    }

    /** The value, pretty-printed, with a final newline. */
    public static String write(Object value) {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        return generate(value, pretty) + "\n";
    }

    /** A value on one line, without spaces. */
    public static String writeCompact(Object value) {
        return generate(value, null);
    }

    /**
     * A generator for values written one after another into {@code out}, between text the caller
     * writes itself (call {@code flush()} after each value; closing leaves {@code out} open): one
     * generator for a whole file of lines, as jackson's streaming API is meant to be used, not a
     * string per line.
     */
    public static JsonGenerator lines(Writer out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.setRootValueSeparator(null);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
        return g;
    }

    /** A JSON string literal. */
    public static String quote(String s) {
        return generate(s, null);
    }

    private static String generate(Object value, DefaultPrettyPrinter pretty) {
        StringWriter w = new StringWriter(1024);
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            if (pretty != null) g.setPrettyPrinter(pretty);
            write(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /**
     * A tree of values through the generator: {@link Obj} and maps as objects, {@link Arr} and
     * collections as arrays, text, numbers, booleans and null as such (also settings.yaml's tree).
     */
    static void write(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String) {
            g.writeString((String) v);
        } else if (v instanceof Double) {
            g.writeNumber((Double) v);
        } else if (v instanceof Integer) {
            g.writeNumber((Integer) v);
        } else if (v instanceof Long) {
            g.writeNumber((Long) v);
        } else if (v instanceof Boolean) {
            g.writeBoolean((Boolean) v);
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof Collection<?> c) {
            g.writeStartArray();
            for (Object x : c) write(g, x);
            g.writeEndArray();
        } else if (v instanceof Obj) {
            g.writeStartObject();
            for (Map.Entry<String, Object> e : ((Obj) v).m.entrySet()) {
                g.writeFieldName(e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else {
            g.writeStartArray();
            for (Object x : ((Arr) v).l) write(g, x);
            g.writeEndArray();
        }
    }
}
