package io.qqhi.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Two runs (settings, weights or methods) side by side: per pool and unit the index score and rank
 * in each, the shifts, and Spearman's rank correlation of the index scores (tied scores share their average rank).
 */
public record RunComparison(List<PoolRows> pools) {
    public record Row(String unit, String name, double scoreA, double scoreB, int rankA, int rankB) {
        /** Places gained from A to B (positive = up). */
        public int shift() {
            return rankA == 0 || rankB == 0 ? 0 : rankA - rankB;
        }
    }

    public record PoolRows(String pool, String index, List<Row> rows, double spearman, List<String> onlyInOne) {
        /** Units sorted by the size of their rank shift, largest first. */
        public List<Row> movers(int n) {
            List<Row> r = new ArrayList<>(rows);
            r.sort((x, y) -> Integer.compare(Math.abs(y.shift()), Math.abs(x.shift())));
            return r.subList(0, Math.min(n, r.size()));
        }
    }

    public static RunComparison of(PreviousScores a, PreviousScores b, String indexId) {
        List<PoolRows> out = new ArrayList<>();
        Set<String> pools = new LinkedHashSet<>(a.pools());
        pools.addAll(b.pools());
        for (String pool : pools) {
            List<Row> rows = new ArrayList<>();
            List<String> only = new ArrayList<>();
            Set<String> units = new LinkedHashSet<>(a.units(pool));
            units.addAll(b.units(pool));
            for (String u : units) {
                PreviousScores.Entry x = a.get(pool, u, indexId);
                PreviousScores.Entry y = b.get(pool, u, indexId);
                if (x == null || y == null) {
                    only.add(u);
                    continue;
                }
                rows.add(new Row(u, y.unitName(), x.score(), y.score(), x.rank(), y.rank()));
            }
            double[] sa = new double[rows.size()];
            double[] sb = new double[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                sa[i] = rows.get(i).scoreA();
                sb[i] = rows.get(i).scoreB();
            }
            out.add(new PoolRows(pool, indexId, rows, AuditStats.spearman(sa, sb), only));
        }
        return new RunComparison(out);
    }
}
