package io.qqhi.framework;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the framework's {@code lists:}, {@code publication:} and {@code pools:} sections (docs/formats.md):
 * the list rules, what the public bulletin may show, and the comparison pools.
 */
final class ListsSectionReader {
    private final Problems problems;
    private final YamlFields fields;

    ListsSectionReader(Problems problems, YamlFields fields) {
        this.problems = problems;
        this.fields = fields;
    }

    ListSpec readLists(YamlValue v) {
        ListSpec d = ListSpec.defaults();
        if (v == null || v.isNull()) return d;
        if (!v.isMap()) {
            problems.error(v.at(), null, Text.of("fw.mapping", "lists", "{max_items: 5, bottom_share: 0.3333, promote_top: 3}"));
            return d;
        }
        fields.warnUnknownKeys(v, Set.of("max_items", "bottom_share", "promote_top", "rise_places", "fall_places", "fall_points",
                "deadline", "improve_min", "min_base"), null);
        int max = intIn(v, "max_items", d.maxItems(), 1, 100);
        double bottom = d.bottomShare();
        if (v.get("bottom_share") != null) {
            Double b = fields.number(v.get("bottom_share"), "bottom_share", null);
            if (b != null && (b <= 0 || b > 1)) problems.error(v.get("bottom_share").at(), null, Text.of("fw.bottom-share"));
            else if (b != null) bottom = b;
        }
        double fallPoints = d.fallPoints();
        if (v.get("fall_points") != null) {
            Double f = fields.number(v.get("fall_points"), "fall_points", null);
            if (f != null && f < 0) problems.error(v.get("fall_points").at(), null, Text.of("fw.not-negative", "fall_points"));
            else if (f != null) fallPoints = f;
        }
        double improveMin = d.improveMin();
        if (v.get("improve_min") != null) {
            Double f = fields.number(v.get("improve_min"), "improve_min", null);
            if (f != null && f < 0) problems.error(v.get("improve_min").at(), null, Text.of("fw.not-negative", "improve_min"));
            else if (f != null) improveMin = f;
        }
        double minBase = d.minBase();
        if (v.get("min_base") != null) {
            Double f = fields.number(v.get("min_base"), "min_base", null);
            if (f != null && f < 0) problems.error(v.get("min_base").at(), null, Text.of("fw.not-negative", "min_base"));
            else if (f != null) minBase = f;
        }
        return new ListSpec(max, bottom, intIn(v, "promote_top", d.promoteTop(), 1, 1000), intIn(v, "rise_places", d.risePlaces(), 1, 1000),
                intIn(v, "fall_places", d.fallPlaces(), 1, 1000), fallPoints, fields.text(v, "deadline", d.deadline()), improveMin,
                minBase);
    }

    /** {@code issuer: {name, mark, number, cc: […], report_to: […], printer, red_header}}; null when the framework does not say. */
    Issuer readIssuer(YamlValue v) {
        if (v == null || v.isNull()) return null;
        if (!v.isMap()) {
            problems.error(v.at(), null, Text.of("fw.mapping", "issuer", "{name: …办公室, mark: …文件, number: \"甬亲清办〔{year}〕{n}号\"}"));
            return null;
        }
        fields.warnUnknownKeys(v, Set.of("name", "mark", "number", "cc", "report_to", "printer", "red_header"), null);
        String name = fields.text(v, "name", "");
        if (name.isBlank()) problems.error(v.at(), null, Text.of("fw.issuer-name"));
        List<String> cc = v.get("cc") == null ? List.of() : fields.stringList(v.get("cc"), "cc");
        List<String> to = v.get("report_to") == null ? List.of() : fields.stringList(v.get("report_to"), "report_to");
        boolean red = v.get("red_header") == null || Boolean.TRUE.equals(fields.bool(v.get("red_header"), "red_header", null));
        return new Issuer(name, fields.text(v, "mark", name + "文件"), fields.text(v, "number", "〔{year}〕{n}号"),
                cc == null ? List.of() : cc, to == null ? List.of() : to, fields.text(v, "printer", name), red);
    }

    /**
     * {@code publication: {ranks: all | top:N | none, grouping: none | tiers | robust, band_gap: 0.5}};
     * null when the framework does not say.
     */
    Publication readPublication(YamlValue v) {
        if (v == null || v.isNull()) return null;
        String hint = Text.of("fw.mapping", "publication", "{ranks: all}, {ranks: \"top:3\"} / {ranks: none}");
        if (!v.isMap() || v.get("ranks") == null || !v.get("ranks").isScalar()) {
            problems.error(v.at(), null, hint);
            return null;
        }
        fields.warnUnknownKeys(v, Set.of("ranks", "grouping", "band_gap"), null);
        String grouping = fields.text(v, "grouping", "none").strip();
        if (!Publication.GROUPINGS.contains(grouping)) {
            problems.error(v.get("grouping").at(), null, Text.of("fw.grouping", grouping, String.join(" | ", Publication.GROUPINGS)));
            grouping = "none";
        }
        double gap = Publication.DEFAULT_GAP;
        if (v.get("band_gap") != null) {
            Double g = fields.number(v.get("band_gap"), "band_gap", null);
            if (g != null && g < 0) problems.error(v.get("band_gap").at(), null, Text.of("fw.not-negative", "band_gap"));
            else if (g != null) gap = g;
        }
        String r = v.get("ranks").text().strip();
        if (r.equals("all") || r.equals("none")) return new Publication(r, 0, grouping, gap);
        Matcher m = Pattern.compile("top\\s*:\\s*([0-9]{1,6})").matcher(r);
        if (m.matches() && Integer.parseInt(m.group(1)) > 0) return new Publication("top", Integer.parseInt(m.group(1)), grouping, gap);
        problems.error(v.get("ranks").at(), null, hint + Text.of("fw.not-value", Problems.excerpt(r)));
        return null;
    }

    private int intIn(YamlValue map, String key, int def, int lo, int hi) {
        YamlValue x = map.get(key);
        if (x == null) return def;
        Integer i = fields.integer(x, key);
        if (i == null) return def;
        if (i < lo || i > hi) {
            problems.error(x.at(), null, Text.of("fw.int-range", key, String.valueOf(lo), String.valueOf(hi), String.valueOf(i)));
            return def;
        }
        return i;
    }

    /** The declared comparison pools ({@code pools: [{id: district, name: 区县市}, …]}), or the two defaults. */
    List<Pool> readPools(YamlValue v) {
        if (v == null || v.isNull()) return Pool.DEFAULTS;
        if (!v.isList() || v.items().isEmpty()) {
            problems.error(v.at(), null, Text.of("fw.list-of", "pools", "[{id: district, name: 区县市}, {id: township, name: 重点乡镇}]"));
            return Pool.DEFAULTS;
        }
        List<Pool> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlValue p : v.items()) {
            if (!p.isMap()) {
                problems.error(p.at(), null, Text.of("fw.entry-mapping", Text.of("fw.entity.pool"), "{id: district, name: 区县市}"));
                continue;
            }
            fields.warnUnknownKeys(p, Set.of("id", "name"), null);
            String id = fields.text(p, "id", null);
            if (id == null || id.isBlank()) {
                problems.error(p.at(), null, Text.of("fw.pool-id"));
                continue;
            }
            if (!seen.add(id)) problems.error(p.at(), null, Text.of("fw.pool-twice", id));
            out.add(new Pool(id, fields.text(p, "name", id)));
        }
        return out.isEmpty() ? Pool.DEFAULTS : List.copyOf(out);
    }
}
