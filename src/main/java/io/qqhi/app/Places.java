package io.qqhi.app;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.framework.Names;
import io.qqhi.framework.Text;

/** A place or node named in a request, found in a run; a usage error with the nearest code or name when there is none. */
public final class Places {
    private Places() {
    }

    /** A place of a run: its pool's results and its index in them. */
    public record Place(PoolResult pool, int index) {
        public String code() {
            return pool.units().get(index).code();
        }
    }

    /** The place a request names by code or name; a usage error with the nearest name when there is none. */
    public static Place find(IndexResult result, String unit) {
        for (PoolResult p : result.pools()) {
            for (int i = 0; i < p.unitCount(); i++) {
                if (p.units().get(i).code().equals(unit) || p.units().get(i).displayName().equals(unit)) return new Place(p, i);
            }
        }
        throw unknown(result, unit);
    }

    static UsageException unknown(IndexResult result, String unit) {
        List<String> names = new ArrayList<>();
        result.pools().forEach(p -> p.units().forEach(u -> {
            names.add(u.code());
            names.add(u.displayName());
        }));
        return new UsageException(Text.of("unit.unknown", unit, suggestion(unit, names)));
    }

    /** The node a request names by id or name; a usage error with the nearest one when there is none. */
    public static int node(Framework fw, String idOrName) {
        String s = idOrName.strip();
        int found = fw.indexOf(s);
        for (int i = 0; i < fw.size() && found < 0; i++) if (s.equals(fw.node(i).name())) found = i;
        if (found < 0) throw unknownNode(fw, s);
        return found;
    }

    private static UsageException unknownNode(Framework fw, String leaf) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < fw.size(); i++) {
            names.add(fw.node(i).id());
            if (fw.node(i).name() != null) names.add(fw.node(i).name());
        }
        return new UsageException(Text.of("leaf.unknown", leaf, suggestion(leaf, names)));
    }

    private static String suggestion(String wrong, Collection<String> candidates) {
        return Names.didYouMean(wrong, candidates);
    }
}
