package io.qqhi.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.qqhi.framework.InputException;
import io.qqhi.framework.MethodCatalog;
import io.qqhi.framework.MethodSpec;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Problems;
import io.qqhi.framework.RunRecord;
import io.qqhi.framework.ScoreScale;
import io.qqhi.framework.Text;
import io.qqhi.input.DataFolder;
import io.qqhi.input.Table;
import io.qqhi.input.Vocabulary;

/**
 * Reads the published releases of a RELEASES folder back as snapshots (docs/formats.md, history):
 * each period folder's scores.csv (levels 0 to 2 only), its rankings files for the tiers, and its
 * settings.yaml for the framework's SHA-256 and the method. Nothing is recomputed.
 */
public final class ReleaseSnapshots {
    private ReleaseSnapshots() {
    }

    /** Every release of the folder, oldest first; exit 66 when there is none. */
    public static List<Snapshot> read(Path releases) {
        return read(releases, done -> { });
    }

    /** With {@code progress} told the number of releases read so far. */
    public static List<Snapshot> read(Path releases, IntConsumer progress) {
        List<Path> dirs = folders(releases);
        List<Snapshot> out = new ArrayList<>();
        Map<String, Path> byPeriod = new HashMap<>();
        List<Problem> twice = new ArrayList<>();
        for (Path d : dirs) {
            Snapshot s = one(d);
            // a copied release claims a period another folder has: merging them would mix two runs
            Path first = byPeriod.putIfAbsent(s.period(), d);
            if (first != null) {
                twice.add(Problem.error(d.toString(), 0, 0, null, Text.of("history.period-twice", DataFolder.labelFor(s.period()),
                        first.toString(), d.toString())));
            }
            out.add(s);
            progress.accept(out.size());
        }
        if (!twice.isEmpty()) throw new InputException(InputException.DATA, twice);
        return out;
    }

    /** The releases of the folder (period folders with scores.csv), oldest first; exit 66 when there is none. */
    public static List<Path> folders(Path releases) {
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> s = Files.list(releases)) {
            s.filter(p -> DataFolder.PERIOD.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isRegularFile(p.resolve("scores.csv"))).forEach(dirs::add);
        } catch (IOException e) {
            throw InputException.missingFile(releases.toString(), Text.of("history.cannot-list", String.valueOf(e.getMessage())));
        }
        if (dirs.isEmpty()) {
            throw InputException.missingFile(releases.toString(), Text.of("history.no-releases"));
        }
        dirs.sort((a, b) -> DataFolder.comparePeriods(a.getFileName().toString(), b.getFileName().toString()));
        return dirs;
    }

    static Snapshot one(Path dir) {
        RunInfo info = runInfo(dir);
        Problems problems = new Problems();
        Path file = dir.resolve("scores.csv");
        ScoresReader scores = new ScoresReader(file.toString(), problems, info.bound());
        List<String> header = Table.scanCsv(file, "auto", problems, scores);
        if (header == null || problems.hasErrors()) throw new InputException(InputException.DATA, problems.all());
        Map<String, List<Snapshot.Place>> pools = new LinkedHashMap<>();
        String previous = null;
        for (Map.Entry<String, Map<String, double[]>> pe : scores.scores.entrySet()) {
            String pool = pe.getKey();
            Map<String, String> tiers = tiers(dir.resolve("rankings-" + pool + ".csv"));
            Changes changes = changes(dir.resolve("comparison-" + pool + ".csv"), scores.nodeIndex);
            if (changes != null) previous = changes.previous;
            List<Snapshot.Place> places = new ArrayList<>();
            for (Map.Entry<String, double[]> ue : pe.getValue().entrySet()) {
                double[] s = Arrays.copyOf(ue.getValue(), scores.nodes.size());
                String u = ue.getKey();
                places.add(new Snapshot.Place(u, scores.names.getOrDefault(pool, Map.of()).getOrDefault(u, u), s,
                        scores.ranks.getOrDefault(pool, Map.of()).getOrDefault(u, 0), tiers.get(u),
                        changes == null ? null : changes.byUnit.get(u)));
            }
            pools.put(pool, places);
        }
        return new Snapshot(info.period(), info.framework(), info.method(), List.copyOf(scores.nodes), pools, previous);
    }

    /** A release's changes since its previous period on its own yardstick, per unit aligned with the nodes. */
    private record Changes(String previous, Map<String, double[]> byUnit) {
    }

    /**
     * The changes a release published (comparison-POOL.csv, docs/formats.md) when they were
     * measured on one yardstick; null when the release has none (no previous period, an older
     * release, or changes on two yardsticks), and history then says so.
     */
    private static Changes changes(Path file, Map<String, Integer> nodes) {
        if (!Files.isRegularFile(file)) return null;
        Problems problems = new Problems();
        Table t = Table.readCsv(file, "auto", problems);
        if (t == null || problems.hasErrors()) return null;
        int unit = t.header().indexOf("unit");
        int node = t.header().indexOf("node");
        int change = t.header().indexOf("score_change");
        int period = t.header().indexOf("previous_period");
        int yardstick = t.header().indexOf("yardstick");
        if (unit < 0 || node < 0 || change < 0 || period < 0 || yardstick < 0 || t.rows().isEmpty()) return null;
        Map<String, double[]> out = new HashMap<>();
        String previous = null;
        for (Table.Row r : t.rows()) {
            if (!r.get(yardstick).equals("current")) return null;
            previous = r.get(period);
            Integer k = nodes.get(r.get(node));
            if (k == null) continue;
            double[] c = out.computeIfAbsent(r.get(unit), x -> blank(nodes.size()));
            try {
                c[k] = r.get(change).isEmpty() ? Double.NaN : Double.parseDouble(r.get(change));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return previous == null || previous.isBlank() ? null : new Changes(previous, out);
    }

    /**
     * What a release's settings.yaml says of its run: the period, the framework's SHA-256, the
     * method in short, and the interval every score must lie in (null: none known).
     */
    private record RunInfo(String period, String framework, String method, ScoreScale bound) {
    }

    private static RunInfo runInfo(Path dir) {
        String period = dir.getFileName().toString();
        String framework = "";
        String method = "";
        ScoreScale bound = null;
        Path record = dir.resolve("settings.yaml");
        JsonNode r = RunRecord.requiredTree(record);
        if (r != null) {
            framework = r.path("framework").path("sha256").asText("");
            JsonNode n = r.path("method").path("normalise");
            StringBuilder m = new StringBuilder(n.path("method").asText(""));
            if (n.has("benchmarks")) m.append('/').append(n.path("benchmarks").asText());
            if (!n.path("base_period").asText("").isEmpty()) m.append(':').append(n.path("base_period").asText());
            method = m.append(' ').append(r.path("method").path("aggregate").path("method").asText("")).toString();
            String p = r.path("data").path("period").asText("");
            if (!p.isBlank()) period = p;
            bound = bound(n, r.path("method").path("aggregate").path("method").asText(""));
        }
        return new RunInfo(period, framework, method, bound);
    }

    /**
     * The interval the run's scores lie in: its normaliser's scale when the aggregator is a mean
     * (a mean of scores on [a, b] stays on [a, b]); null when the method has no fixed scale or the
     * record names a method this build does not know (docs/formats.md, history).
     */
    private static ScoreScale bound(JsonNode normalise, String aggregate) {
        MethodCatalog.MethodDef agg = MethodCatalog.def(MethodCatalog.Step.AGGREGATE, aggregate);
        if (agg == null || !agg.mean()) return null;
        Map<String, String> params = new LinkedHashMap<>();
        normalise.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("method") && e.getValue().isValueNode()) params.put(e.getKey(), e.getValue().asText());
        });
        params.remove("base_period");
        try {
            return MethodSpec.of(MethodCatalog.Step.NORMALISE, normalise.path("method").asText(""), params).scale();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** scores.csv read row by row into scores per pool and unit (node order as first met), names and index ranks. */
    private static final class ScoresReader implements Table.RowHandler {
        /** Scores read back beyond this are not a run's (docs/formats.md, history): a tampered or broken file. */
        static final double MAX_SCORE = 1e6;

        final String file;
        final Problems problems;
        final Map<String, Integer> nodeIndex = new LinkedHashMap<>();
        final List<Snapshot.NodeRef> nodes = new ArrayList<>();
        final Map<String, Map<String, double[]>> scores = new LinkedHashMap<>();
        final Map<String, Map<String, String>> names = new HashMap<>();
        final Map<String, Map<String, Integer>> ranks = new HashMap<>();
        int pool = -1;
        int unit;
        int unitName;

        /** The run's scale, or null: then only ±{@link #MAX_SCORE} holds. */
        final ScoreScale bound;
        /** Rounding room at the scale's ends: scores.csv keeps a few decimals. */
        final double slack;

        ScoresReader(String file, Problems problems, ScoreScale bound) {
            this.file = file;
            this.problems = problems;
            this.bound = bound;
            this.slack = bound == null ? 0 : 1e-6 * (bound.high() - bound.low());
        }
        int node;
        int nodeName;
        int level;
        int score;
        int rank;

        @Override
        public void header(List<String> h) {
            pool = h.indexOf("pool");
            unit = h.indexOf("unit");
            unitName = h.indexOf("unit_name");
            node = h.indexOf("node");
            nodeName = h.indexOf("node_name");
            level = h.indexOf("level");
            score = h.indexOf("score");
            rank = h.indexOf("rank");
        }

        @Override
        public void row(Table.Row r) {
            if (pool < 0 || level < 0) return;
            String lv = r.get(level);
            if (lv.length() != 1 || lv.charAt(0) - '0' > Snapshot.LEVELS) return;
            String id = r.get(node);
            Integer k = nodeIndex.get(id);
            if (k == null) {
                k = nodeIndex.size();
                nodeIndex.put(id, k);
                nodes.add(new Snapshot.NodeRef(id, r.get(nodeName), lv.charAt(0) - '0'));
            }
            String p = r.get(pool);
            String u = r.get(unit);
            double[] s = scores.computeIfAbsent(p, x -> new LinkedHashMap<>()).computeIfAbsent(u, x -> blank());
            if (k >= s.length) {
                int old = s.length;
                s = Arrays.copyOf(s, Math.max(k + 1, old * 2));
                Arrays.fill(s, old, s.length, Double.NaN);
                scores.get(p).put(u, s);
            }
            s[k] = score(r, r.get(score));
            if (lv.equals("0")) {
                names.computeIfAbsent(p, x -> new HashMap<>()).put(u, r.get(unitName));
                ranks.computeIfAbsent(p, x -> new HashMap<>()).put(u, rank(r, r.get(rank)));
            }
        }

        /**
         * A score as written (empty: missing); anything else than a number on the run's scale
         * (within ±1e6 when the run has none) is an error at its cell.
         */
        private double score(Table.Row r, String v) {
            if (v.isEmpty()) return Double.NaN;
            try {
                double x = Double.parseDouble(v);
                if (bound == null ? Double.isFinite(x) && Math.abs(x) <= MAX_SCORE
                        : x >= bound.low() - slack && x <= bound.high() + slack) {
                    return x;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.error(file, r.line(), score + 1, null, bound == null ? Text.of("history.bad-score", v)
                    : Text.of("history.off-scale", v, bound.label()));
            return Double.NaN;
        }

        private int rank(Table.Row r, String v) {
            if (v.isEmpty()) return 0;
            try {
                int k = Integer.parseInt(v);
                if (k >= 0) return k;
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.error(file, r.line(), rank + 1, null, Text.of("history.bad-rank", v));
            return 0;
        }
    }

    private static double[] blank() {
        return blank(16);
    }

    private static double[] blank(int n) {
        double[] s = new double[n];
        Arrays.fill(s, Double.NaN);
        return s;
    }

    /** The tier of each place from a rankings file (columns 代码 and 等次); empty when there is none. */
    private static Map<String, String> tiers(Path rankings) {
        Map<String, String> out = new HashMap<>();
        if (!Files.isRegularFile(rankings)) return out;
        Problems problems = new Problems();
        Table t = Table.readCsv(rankings, "auto", problems);
        if (t == null) return out;
        int code = t.column(Vocabulary.array("rankings.unit"));
        int tier = t.column(Vocabulary.array("rankings.tier"));
        if (code < 0 || tier < 0) return out;
        for (Table.Row r : t.rows()) if (!r.get(tier).isBlank()) out.put(r.get(code), r.get(tier));
        return out;
    }
}
