package io.qqhi.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.framework.InputException;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Problems;
import io.qqhi.framework.RunRecord;
import io.qqhi.framework.Text;
import io.qqhi.input.Table;
import io.qqhi.input.Vocabulary;

/**
 * Scores and ranks of an earlier period, keyed by pool, unit code and node id, and the
 * rectification list it sent: either computed in this run (the data folder's previous period) or
 * read from an earlier run's output folder ({@code scores.csv}, {@code rectification.csv}).
 */
public final class PreviousScores {
    public record Entry(double score, int rank, String unitName, String nodeName) {
    }

    private final String label;
    private final Map<String, Map<String, Map<String, Entry>>> byPool = new LinkedHashMap<>();
    /** The previous period's rectification items (TwoWayLists.key) with their 销号 standard, as sent; null when unknown. */
    private Map<String, Double> rectified;
    private String indexNode;
    /** Whether the scores were put on the current period's yardstick (docs/methods.md, change over periods). */
    private boolean onCurrentYardstick;

    private PreviousScores(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Entry get(String pool, String unit, String node) {
        Map<String, Map<String, Entry>> p = byPool.get(pool);
        Map<String, Entry> u = p == null ? null : p.get(unit);
        return u == null ? null : u.get(node);
    }

    public Set<String> pools() {
        return byPool.keySet();
    }

    /** The index id: the level-0 node (read back from scores.csv), or null. */
    public String indexNode() {
        return indexNode;
    }

    public Set<String> units(String pool) {
        Map<String, Map<String, Entry>> p = byPool.get(pool);
        return p == null ? Set.of() : p.keySet();
    }

    /** Node ids present in the pool. */
    public Set<String> nodes(String pool) {
        Set<String> s = new LinkedHashSet<>();
        Map<String, Map<String, Entry>> p = byPool.get(pool);
        if (p != null) p.values().forEach(m -> s.addAll(m.keySet()));
        return s;
    }

    /**
     * The previous period's rectification list (TwoWayLists keys) with each item's standard (the
     * pool mean printed on it; NaN: an event, or not printed): read as sent, or recomputed; null when unknown.
     */
    public Map<String, Double> rectified() {
        return rectified;
    }

    /** Whether the scores are the earlier period's recomputed on this period's benchmarks, not its own. */
    public boolean onCurrentYardstick() {
        return onCurrentYardstick;
    }

    /**
     * These ranks and lists (as published) with the scores of {@code comparable}: the same period
     * recomputed on the current period's yardstick. A place or node the recomputation lacks keeps
     * no score (NaN), so that no change is ever measured on two yardsticks.
     */
    public PreviousScores onYardstick(IndexResult comparable) {
        PreviousScores c = new PreviousScores(label);
        c.rectified = rectified;
        c.indexNode = indexNode;
        c.onCurrentYardstick = true;
        Map<String, Map<String, Double>> now = new HashMap<>();
        Framework fw = comparable.framework();
        for (PoolResult pool : comparable.pools()) {
            for (int u = 0; u < pool.unitCount(); u++) {
                Map<String, Double> m = now.computeIfAbsent(pool.pool() + "/" + pool.units().get(u).code(), k -> new HashMap<>());
                for (int i = 0; i < fw.size(); i++) if (pool.active()[i]) m.put(fw.node(i).id(), pool.scores()[u][i]);
            }
        }
        byPool.forEach((pool, units) -> units.forEach((unit, nodes) -> nodes.forEach((node, e) -> {
            Map<String, Double> m = now.get(pool + "/" + unit);
            Double v = m == null ? null : m.get(node);
            c.put(pool, unit, node, new Entry(v == null ? Double.NaN : v, e.rank(), e.unitName(), e.nodeName()));
        })));
        return c;
    }

    private void put(String pool, String unit, String node, Entry e) {
        byPool.computeIfAbsent(pool, k -> new LinkedHashMap<>()).computeIfAbsent(unit, k -> new HashMap<>()).put(node, e);
    }

    public static PreviousScores of(IndexResult r, String label) {
        return of(r, label, ListEvidence.NONE);
    }

    /** With the evidence the period's own lists were built on (its survey intervals and rate bases). */
    public static PreviousScores of(IndexResult r, String label, ListEvidence evidence) {
        PreviousScores p = new PreviousScores(label);
        // the list that period would have sent, recomputed: no file of it is at hand
        p.rectified = TwoWayLists.build(r, null, Set.of(), null, evidence).rectificationStandards();
        Framework fw = r.framework();
        for (PoolResult pool : r.pools()) {
            for (int u = 0; u < pool.unitCount(); u++) {
                for (int i = 0; i < fw.size(); i++) {
                    if (!pool.active()[i]) continue;
                    p.put(pool.pool(), pool.units().get(u).code(), fw.node(i).id(), new Entry(pool.scores()[u][i],
                            pool.ranks()[u][i], pool.units().get(u).displayName(), fw.node(i).displayName()));
                }
            }
        }
        return p;
    }

    /** Reads an earlier run's output folder (a compute output or a release). */
    public static PreviousScores read(Path dir) {
        Path scores = dir.resolve("scores.csv");
        if (!Files.isRegularFile(scores)) {
            throw InputException.missingFile(scores.toString(), Text.of("previous.no-scores"));
        }
        try {
            PreviousScores p = new PreviousScores(periodOf(dir));
            Path sent = dir.resolve("rectification.csv");
            if (Files.isRegularFile(sent)) {
                // what was actually sent out is what is followed up
                p.rectified = new HashMap<>();
                for (Map<String, String> rec : records(sent)) {
                    p.rectified.put(TwoWayLists.key(rec.get(Vocabulary.words("lists.unit").get(0)), rec.get(Vocabulary.words("lists.leaf").get(0))),
                            standard(rec.get(Vocabulary.words("lists.mean").get(0))));
                }
            }
            for (Map<String, String> rec : records(scores)) {
                String s = rec.get("score");
                String rank = rec.get("rank");
                p.put(rec.get("pool"), rec.get("unit"), rec.get("node"), new Entry(s.isEmpty() ? Double.NaN : Double.parseDouble(s),
                        rank.isEmpty() ? 0 : Integer.parseInt(rank), rec.get("unit_name"), rec.get("node_name")));
                if (rec.get("level").equals("0")) p.indexNode = rec.get("node");
            }
            return p;
        } catch (RuntimeException e) {
            throw InputException.of(InputException.DATA, Problem.error(scores.toString(), 0, 0, null,
                    Text.of("previous.unreadable", String.valueOf(e.getMessage()))));
        }
    }

    /** The pool mean as the list printed it; NaN when absent (an older list) or not a number. */
    private static double standard(String cell) {
        if (cell == null || cell.isBlank()) return Double.NaN;
        try {
            return Double.parseDouble(cell.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * The period an earlier run computed, from its run record (settings.yaml, data.period), for the
     * people-facing label (较2025年下半年); the folder's own name when the record is missing or says none.
     */
    static String periodOf(Path dir) {
        // an unreadable record only costs the label
        JsonNode record = RunRecord.tree(dir.resolve("settings.yaml"));
        JsonNode period = record == null ? null : record.path("data").path("period");
        if (period != null && period.isTextual() && !period.asText().isBlank()) return period.asText();
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return name == null ? dir.toString() : name.toString();
    }

    /** A file of qqhi's own output as rows by column name, read by the one CSV reader (its Excel neutralising undone). */
    private static List<Map<String, String>> records(Path f) {
        Problems problems = new Problems();
        Table t = Table.readCsv(f, "auto", problems);
        if (t == null || problems.hasErrors()) throw new InputException(InputException.DATA, problems.all());
        List<Map<String, String>> out = new ArrayList<>(t.rows().size());
        for (Table.Row r : t.rows()) {
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < t.header().size(); i++) m.put(t.header().get(i), Table.ownOutputCell(r.get(i)));
            out.add(m);
        }
        return out;
    }
}
