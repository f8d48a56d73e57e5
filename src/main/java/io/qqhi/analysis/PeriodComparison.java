package io.qqhi.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Severity;
import io.qqhi.framework.Text;

/**
 * This period against the previous one: per pool, unit and node present in both, the score and
 * rank changes (进位 positive); units and nodes present in only one period are reported, never
 * matched by name; a unit whose name changed is matched by code and the rename is reported.
 * {@code onCurrentYardstick}: the previous scores are that period's recomputed on this period's
 * benchmarks (docs/methods.md, change over periods); the ranks are always the published ones.
 */
public record PeriodComparison(String previousLabel, boolean onCurrentYardstick, List<Row> rows, List<Problem> notes) {

    public record Row(String pool, String unit, String unitName, int node, String nodeId, String nodeName, int level,
                      double score, double previousScore, int rank, int previousRank) {
        public Integer rankChange() {
            return rank == 0 || previousRank == 0 ? null : previousRank - rank;
        }

        public double scoreChange() {
            return score - previousScore;
        }
    }

    /** The places of a pool whose index rose since the previous period, largest rise first, at most {@code n}. */
    public List<Row> risers(String pool, int n, double min) {
        List<Row> out = new ArrayList<>();
        for (Row c : indexRows().values()) {
            if (c.pool().equals(pool) && Improvement.listed(c.rank(), c.score() - c.previousScore(), min)) out.add(c);
        }
        out.sort((a, b) -> Double.compare(b.score() - b.previousScore(), a.score() - a.previousScore()));
        return out.subList(0, Math.min(n, out.size()));
    }

    public static PeriodComparison of(IndexResult r, PreviousScores prev) {
        Framework fw = r.framework();
        List<Row> rows = new ArrayList<>();
        List<Problem> notes = new ArrayList<>();
        for (PoolResult p : r.pools()) {
            Set<String> before = new LinkedHashSet<>(prev.units(p.pool()));
            Set<String> prevNodes = prev.nodes(p.pool());
            Set<String> nowNodes = new LinkedHashSet<>();
            for (int i = 0; i < fw.size(); i++) if (p.active()[i]) nowNodes.add(fw.node(i).id());
            if (!before.isEmpty() && !prevNodes.equals(nowNodes)) {
                Set<String> added = new LinkedHashSet<>(nowNodes);
                added.removeAll(prevNodes);
                Set<String> removed = new LinkedHashSet<>(prevNodes);
                removed.removeAll(nowNodes);
                notes.add(note(p.pool(), null, null, Text.of("comparison.framework", prev.label(),
                        added.isEmpty() ? "—" : String.join("、", added), removed.isEmpty() ? "—" : String.join("、", removed))));
            }
            for (int u = 0; u < p.unitCount(); u++) {
                String code = p.units().get(u).code();
                if (!before.remove(code)) {
                    notes.add(note(p.pool(), code, null, Text.of("comparison.new", code + " " + p.units().get(u).displayName(), prev.label())));
                    continue;
                }
                for (int i = 0; i < fw.size(); i++) {
                    if (!p.active()[i]) continue;
                    PreviousScores.Entry e = prev.get(p.pool(), code, fw.node(i).id());
                    if (e == null) continue;
                    if (i == 0 && e.unitName() != null && !e.unitName().equals(p.units().get(u).displayName())) {
                        notes.add(note(p.pool(), code, null, Text.of("comparison.renamed", code, e.unitName(), prev.label(),
                                p.units().get(u).displayName())));
                    }
                    rows.add(new Row(p.pool(), code, p.units().get(u).displayName(), i, fw.node(i).id(),
                            fw.node(i).displayName(), fw.depth(i), p.scores()[u][i], e.score(), p.ranks()[u][i], e.rank()));
                }
            }
            for (String gone : before) {
                notes.add(note(p.pool(), gone, null, Text.of("comparison.gone", gone, prev.label())));
            }
        }
        return new PeriodComparison(prev.label(), prev.onCurrentYardstick(), List.copyOf(rows), List.copyOf(notes));
    }

    private static Problem note(String pool, String unit, String node, String message) {
        return new Problem(Severity.INFO, null, 0, 0, unit, node, Text.of("comparison.pool", pool, message));
    }

    /** The index rows by pool and unit code ({@code pool + "/" + unit}). */
    public Map<String, Row> indexRows() {
        Map<String, Row> m = new HashMap<>();
        for (Row r : rows) if (r.node() == 0) m.put(r.pool() + "/" + r.unit(), r);
        return m;
    }
}
