package io.qqhi.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.qqhi.compute.IndexResult;
import io.qqhi.framework.Framework;
import io.qqhi.framework.Names;
import io.qqhi.framework.Text;

/** The usage errors for a place or leaf named on the command line that the run does not have, with the nearest code or name. */
final class UnknownUnit {
    private UnknownUnit() {
    }

    static UsageException of(IndexResult result, String unit) {
        List<String> names = new ArrayList<>();
        result.pools().forEach(p -> p.units().forEach(u -> {
            names.add(u.code());
            names.add(u.displayName());
        }));
        return new UsageException(Text.of("unit.unknown", unit, suggestion(unit, names)));
    }

    static UsageException leaf(Framework fw, String leaf) {
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
