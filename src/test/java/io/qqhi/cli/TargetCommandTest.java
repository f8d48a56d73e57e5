package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code qqhi target} as a user runs it: the plan, applied by hand to the leaves, reaches the target in compute. */
class TargetCommandTest {
    @Test
    void aPlanAppliedToTheLeavesFileReachesTheTargetInCompute(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("target", "江北区", "--tier", "良好", "--format", "json");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode plan = new ObjectMapper().readTree(r.out());
        assertTrue(plan.get("reachable").asBoolean());
        assertTrue(plan.get("index_before").asDouble() < 80 && plan.get("index_after").asDouble() >= 80);
        // the official's way: qqhi leaves → edit the plan's values in → compute --indicator-data
        Path leaves = dir.resolve("leaves.csv");
        assertEquals(0, CliRun.of("leaves", "-o", leaves.toString()).exitCode());
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(leaves, StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') in.reset();
            rows = CSVFormat.DEFAULT.parse(in).getRecords();
        }
        List<String> header = rows.get(0).toList();
        List<List<String>> edited = new ArrayList<>();
        for (CSVRecord row : rows) {
            List<String> cells = new ArrayList<>(row.toList());
            if (cells.get(0).equals("JB")) {
                for (JsonNode c : plan.get("changes")) cells.set(header.indexOf(c.get("leaf").asText()), c.get("to").asText());
            }
            edited.add(cells);
        }
        Path changed = dir.resolve("changed.csv");
        try (Writer w = Files.newBufferedWriter(changed, StandardCharsets.UTF_8); CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            for (List<String> cells : edited) p.printRecord(cells);
        }
        Path out = dir.resolve("out");
        CliRun c = CliRun.of("compute", "--indicator-data", changed.toString(), "--no-lists", "--out", out.toString());
        assertEquals(0, c.exitCode(), c::toString);
        String ranking = Files.readString(out.resolve("rankings-district.csv"));
        String jb = ranking.lines().filter(l -> l.contains(",JB,")).findFirst().orElseThrow();
        assertTrue(jb.contains("良好"), jb);
    }

    @Test
    void textNamesTheLeavesInTheirOwnUnitsAndTheSingleLeafAnswers() {
        CliRun r = CliRun.of("target", "GX", "--rank", "1");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("排名第1的最少改进方案") && r.out().contains("结论：可以达到"), r::toString);
        assertTrue(r.out().contains("单项测算"), r::toString);
        assertFalse(r.out().contains("Exception"), r::toString);
    }

    @Test
    void anUnreachableTargetExitsZeroAndSaysSo() throws Exception {
        CliRun r = CliRun.of("target", "NH", "--tier", "优秀", "--leaves", "C2.1.1", "--format", "json");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode plan = new ObjectMapper().readTree(r.out());
        assertFalse(plan.get("reachable").asBoolean());
        assertEquals("closest", plan.get("reason").asText());
        assertTrue(plan.get("index_after").asDouble() > plan.get("index_before").asDouble());
        CliRun t = CliRun.of("target", "NH", "--tier", "优秀", "--leaves", "C2.1.1");
        assertTrue(t.out().contains("结论：无法达到") && t.out().contains("距目标还差"), t::toString);
    }

    @Test
    void unknownPlacesLeavesAndTiersAreUsageErrorsWithASuggestion() {
        CliRun unit = CliRun.of("target", "鄞州", "--tier", "良好");
        assertEquals(64, unit.exitCode(), unit::toString);
        assertTrue(unit.err().contains("鄞州区"), unit::toString);
        CliRun leaf = CliRun.of("target", "HS", "--score", "95", "--leaves", "C2.1.X");
        assertEquals(64, leaf.exitCode(), leaf::toString);
        assertTrue(leaf.err().contains("C2.1.1") || leaf.err().contains("C2.1.2"), leaf::toString);
        CliRun tier = CliRun.of("target", "HS", "--tier", "良");
        assertEquals(64, tier.exitCode(), tier::toString);
        assertTrue(tier.err().contains("优秀、良好、一般、较差"), tier::toString);
        assertEquals(64, CliRun.of("target", "HS").exitCode(), "a target is required");
        assertEquals(64, CliRun.of("target", "HS", "--rank", "1", "--score", "90").exitCode(), "one target at a time");
    }
}
