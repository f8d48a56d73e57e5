package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every command that prints a result accepts --format json, and what it prints parses and carries the text's content. */
class JsonOutputTest {
    static JsonNode json(String... args) throws Exception {
        CliRun r = CliRun.of(args);
        assertEquals(0, r.exitCode(), r::toString);
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void everyResultCommandPrintsParsableJson(@TempDir Path dir) throws Exception {
        JsonNode compute = json("compute", "--out", dir.resolve("a").toString(), "--format", "json");
        assertEquals("FH", compute.get("pools").get(0).get("ranking").get(0).get("unit").asText());
        assertTrue(compute.get("problems").size() > 0 && compute.get("files").size() > 10);
        JsonNode problem = compute.get("problems").get(0);
        for (String key : new String[] {"severity", "file", "line", "column", "unit", "node", "message", "code"}) {
            assertTrue(problem.has(key), "every problem has " + key + ": " + problem);
        }
        JsonNode validate = json("validate", "--data", "sample-data", "--format", "json");
        assertTrue(validate.get("coverage").size() == 26 && validate.get("survey").get("kept").asInt() > 0, validate::toString);
        JsonNode explain = json("explain", "JB", "--format", "json");
        assertTrue(explain.get("lists").get("rectification").size() > 0, "explain's JSON carries the lists");
        JsonNode lists = json("shortboards", "JB", "--format", "json");
        assertEquals(explain.get("lists").get("rectification"), lists.get("units").get(0).get("rectification"));
        json("compute", "--set", "normalise.method=minmax", "--out", dir.resolve("b").toString(), "--quiet");
        JsonNode compare = json("compare", dir.resolve("a").toString(), dir.resolve("b").toString(), "--format", "json");
        assertTrue(compare.get("settings_differences").toString().contains("minmax"), compare::toString);
        assertEquals(12, compare.get("pools").get(0).get("rows").size());
        assertTrue(json("audit", "--out", dir.resolve("audit").toString(), "--format", "json").get("audit").has("leaves"));
        assertTrue(json("weights", "-m", "entropy", "-o", dir.resolve("w.yaml").toString(), "--format", "json").get("rows").size() > 0);
        assertEquals(27, json("sensitivity", "--runs", "50", "--out", dir.resolve("s").toString(), "--format", "json")
                .get("units").size());
        assertTrue(json("tree", "--format", "json").has("children"));
        assertTrue(json("target", "HS", "--rank", "1", "--format", "json").has("reachable"));
        assertTrue(json("trace", "HS", "C2.1.1", "--format", "json").has("sources"));
    }
}
