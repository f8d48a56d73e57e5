package io.qqhi.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qqhi.framework.InputException;
import io.qqhi.framework.Names;
import io.qqhi.framework.Pool;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Text;
import io.qqhi.framework.UnitNames;

/**
 * The evaluated units ({@code units.csv}): code, name, name_en, pool, parent, and any further
 * attribute columns. Units are found by code or by Chinese name, so departments may write either.
 */
public final class UnitRegistry {
    public static final List<String> POOLS_IN_ORDER = List.of("district", "township");
    private final List<UnitRecord> units;
    private final Map<String, UnitRecord> byKey = new HashMap<>();

    public UnitRegistry(List<UnitRecord> units) {
        this.units = List.copyOf(units);
        for (UnitRecord u : units) {
            byKey.put(u.code(), u);
            if (u.name() != null && !u.name().isEmpty()) byKey.putIfAbsent(u.name(), u);
        }
    }

    public List<UnitRecord> units() {
        return units;
    }

    /** The longest code and name of a place (a place's name goes into file names; real ones are far shorter). */
    static final int MAX_CODE = 40;
    static final int MAX_NAME = 40;

    /** The unit with this code or name, or null. */
    public UnitRecord find(String codeOrName) {
        return codeOrName == null ? null : byKey.get(codeOrName.strip());
    }

    /** " (did you mean …)" for a near miss, e.g. a traditional character (海曙區 → 海曙区). */
    public String suggest(String wrong) {
        return Names.didYouMean(wrong, byKey.keySet());
    }

    /** The registry; a unit's pool must be one the framework declares, by id or name (区县市 reads as district). */
    public static UnitRegistry read(Path path, String encoding, List<Pool> pools, Problems problems) {
        String file = path.toString();
        Table t = Table.readCsv(path, encoding, problems);
        if (t == null) throw new InputException(InputException.DATA, problems.all());
        int code = t.column("code", "unit");
        int name = t.column("name");
        int nameEn = t.column("name_en");
        int pool = t.column("pool");
        int parent = t.column("parent");
        if (code < 0 || pool < 0) {
            problems.error(file, 1, 1, null, Text.of("units.header"));
            throw new InputException(InputException.DATA, problems.all());
        }
        List<UnitRecord> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Table.Row r : t.rows()) {
            String c = r.get(code).strip();
            if (c.isEmpty()) {
                problems.error(file, r.line(), code + 1, null, Text.of("units.no-code"));
                continue;
            }
            if (c.length() > MAX_CODE) {
                problems.error(file, r.line(), code + 1, null, Text.of("units.code-too-long", Problems.excerpt(c), String.valueOf(MAX_CODE)));
                continue;
            }
            if (name >= 0 && r.get(name).strip().length() > MAX_NAME) {
                // a place's name goes into file names (letters, pages): a long one would fail every release
                problems.error(file, r.line(), name + 1, c, Text.of("units.name-too-long", Problems.excerpt(r.get(name).strip()),
                        String.valueOf(r.get(name).strip().length()), String.valueOf(MAX_NAME)));
            }
            Integer first = seen.putIfAbsent(c, r.line());
            if (first != null) {
                problems.error(file, r.line(), code + 1, null, Text.of("units.twice", c, String.valueOf(first)));
                continue;
            }
            String p = r.get(pool).strip();
            List<String> ids = pools.stream().map(Pool::id).toList();
            for (Pool known : pools) if (known.name().equals(p)) p = known.id();
            if (p.isEmpty()) {
                problems.error(file, r.line(), pool + 1, null, Text.of("units.no-pool", c, String.join("、", ids)));
            } else if (!ids.contains(p)) {
                // a misspelt pool would make a pool of its own and take the unit out of its real ranking
                problems.error(file, r.line(), pool + 1, null, Text.of("units.unknown-pool", c, Problems.excerpt(p), Names.didYouMean(p, ids), String.join("、", ids)));
            }
            Map<String, String> attrs = new LinkedHashMap<>();
            for (int i = 0; i < t.header().size(); i++) {
                if (i != code && i != name && i != nameEn && i != pool && i != parent) attrs.put(t.header().get(i), r.get(i).strip());
            }
            out.add(new UnitRecord(c, name < 0 ? c : r.get(name).strip(), nameEn < 0 ? null : r.get(nameEn).strip(), p,
                    parent < 0 ? null : emptyToNull(r.get(parent).strip()), attrs));
        }
        UnitRegistry reg = new UnitRegistry(sortByPool(out));
        Map<String, String> names = new HashMap<>();
        for (UnitRecord u : out) names.put(u.code(), u.displayName());
        UnitNames.record(names);
        for (UnitRecord u : reg.units) {
            if (u.parent() != null && reg.find(u.parent()) == null) {
                problems.error(file, 0, 0, null, Text.of("units.parent", u.code(), u.parent(), reg.suggest(u.parent())));
            }
        }
        if (problems.hasErrors()) throw new InputException(InputException.DATA, problems.all());
        return reg;
    }

    /** Registry order within a pool; districts first, then townships, then any other pool. */
    private static List<UnitRecord> sortByPool(List<UnitRecord> units) {
        List<UnitRecord> sorted = new ArrayList<>(units);
        sorted.sort((a, b) -> Integer.compare(poolOrder(a.pool()), poolOrder(b.pool())));
        return sorted;
    }

    private static int poolOrder(String pool) {
        int i = POOLS_IN_ORDER.indexOf(pool);
        return i < 0 ? POOLS_IN_ORDER.size() : i;
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
