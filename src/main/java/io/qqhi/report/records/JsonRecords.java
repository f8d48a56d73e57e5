package io.qqhi.report.records;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * The analysis results of the commands' {@code --format json} (docs/formats.md, JSON output),
 * written from their records by jackson-databind: keys in snake_case in the records' own order,
 * a missing number (NaN) as null, two-space indent. The schema of each command is its records'.
 */
public final class JsonRecords {
    private static final ObjectMapper MAPPER = mapper();

    private JsonRecords() {
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
        return new ObjectMapper().registerModule(nan).setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value as a tree node, to be put into a {@link Json} object built by hand. */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }
}
