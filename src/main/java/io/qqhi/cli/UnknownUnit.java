package io.qqhi.cli;

import java.util.ArrayList;
import java.util.List;

import io.qqhi.compute.IndexResult;

/** The usage error for a place named on the command line that no pool has, with the nearest code or name. */
final class UnknownUnit {
    private UnknownUnit() {
    }

    static UsageException of(IndexResult result, String unit) {
        List<String> names = new ArrayList<>();
        result.pools().forEach(p -> p.units().forEach(u -> {
            names.add(u.code());
            names.add(u.displayName());
        }));
        return new UsageException("no unit '" + unit + "'" + io.qqhi.framework.Names.didYouMean(unit, names));
    }
}
