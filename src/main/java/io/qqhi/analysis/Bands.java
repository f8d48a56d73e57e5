package io.qqhi.analysis;

import java.util.ArrayList;
import java.util.List;

import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Publication;

/**
 * Bands (梯队) where ranks would claim more than the data carry (docs/methods.md, bands): the
 * ranked places of a pool in bands from the best down, each listed in administrative order (the
 * unit register's), so that places the data cannot tell apart are printed without a rank between
 * them. {@code robust}: walking down the ranking, a place joins the band of the place above when
 * its index score is less than {@code band_gap} points lower (chained, so a band ends only at a gap
 * of at least band_gap); {@code tiers}: one band per tier (等次). Places 不参与排名 are in none.
 */
public final class Bands {
    private Bands() {
    }

    /** One band: its places (unit indexes, administrative order) and the ranks they span. */
    public record Band(List<Integer> units, int firstRank, int lastRank) {
        public boolean shared() {
            return units.size() > 1;
        }
    }

    /** The pool's bands, best first; empty when the grouping is none. */
    public static List<Band> of(PoolResult p, Publication pub) {
        List<Band> out = new ArrayList<>();
        if (pub == null || !pub.grouped()) return out;
        List<Integer> ranked = ranked(p);
        List<Integer> current = new ArrayList<>();
        for (int k = 0; k < ranked.size(); k++) {
            int u = ranked.get(k);
            if (!current.isEmpty() && !together(p, pub, current.get(current.size() - 1), u)) {
                out.add(band(p, current));
                current = new ArrayList<>();
            }
            current.add(u);
        }
        if (!current.isEmpty()) out.add(band(p, current));
        return out;
    }

    /** Whether u, next below {@code above} in the ranking, is in its band. */
    private static boolean together(PoolResult p, Publication pub, int above, int u) {
        if (pub.grouping().equals("tiers")) {
            String a = p.tiers()[above];
            return a != null && a.equals(p.tiers()[u]);
        }
        return p.scores()[above][0] - p.scores()[u][0] < pub.bandGap();
    }

    private static Band band(PoolResult p, List<Integer> byRank) {
        int first = p.ranks()[byRank.get(0)][0];
        int last = p.ranks()[byRank.get(byRank.size() - 1)][0];
        List<Integer> admin = new ArrayList<>(byRank);
        admin.sort(Integer::compare);
        return new Band(List.copyOf(admin), first, last);
    }

    /** The ranked places, best first (rank, then register order). */
    private static List<Integer> ranked(PoolResult p) {
        List<Integer> r = new ArrayList<>();
        for (int u = 0; u < p.unitCount(); u++) if (p.ranks()[u][0] > 0) r.add(u);
        r.sort((a, b) -> p.ranks()[a][0] != p.ranks()[b][0] ? Integer.compare(p.ranks()[a][0], p.ranks()[b][0]) : Integer.compare(a, b));
        return r;
    }
}
