package io.qqhi.framework;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads {@code indicators.yaml} (docs/formats.md) into a typed {@link Framework}, reporting every
 * problem at once with its position. Structural checks (types, references, formulas, methods)
 * happen here; whole-framework checks (weights, expect, unused items) in {@link FrameworkValidator}.
 */
public final class FrameworkLoader {
    private static final Set<String> TOP_KEYS = Set.of("index", "levels", "expect", "method", "departments", "pools", "guides",
            "lists", "publication",
            "items", "survey", "tree", "shortboards", "sensitivity", "ahp", "strengths");
    private static final Set<String> NODE_KEYS = Set.of("id", "name", "name_zh", "name_en", "weight", "direction",
            "unit", "formula", "township", "target", "low", "high", "denominator", "range", "normalise", "aggregate",
            "departments", "children", "note", "description", "hard_negative", "responsible", "promote", "min_gap", "lever");
    private static final Set<String> ITEM_KEYS = Set.of("id", "name", "name_zh", "name_en", "unit", "department",
            "type", "frequency", "max", "note");
    private static final Set<String> ITEM_TYPES = Set.of("rate", "count", "value");
    private static final int MAX_NODES = 100_000;

    private final Problems problems;
    private final YamlFields fields;
    private String file;
    private int nodeCount;

    public FrameworkLoader(Problems problems) {
        this.problems = problems;
        this.fields = new YamlFields(problems);
    }

    /**
     * Loads and validates a framework file. Returns the framework, or null when errors make it
     * unusable (they are in the problem list either way). Throws {@link InputException} (66) when
     * the file is missing.
     */
    public Framework load(Path path) {
        this.file = path.toString();
        YamlValue root = new YamlDocumentReader(problems).read(path);
        if (root == null) return null;
        return build(root);
    }

    /** Loads from text (tests, stdin). */
    public Framework loadText(String fileName, String text) {
        this.file = fileName;
        YamlValue root = new YamlDocumentReader(problems).parse(fileName, text);
        if (root == null) return null;
        return build(root);
    }

    private Framework build(YamlValue root) {
        if (!root.isMap()) {
            problems.error(root.at(), null, Text.of("fw.root", root.describeKind()));
            return null;
        }
        int errorsBefore = (int) problems.errorCount();
        fields.warnUnknownKeys(root, TOP_KEYS, null);

        YamlValue index = root.get("index");
        String indexId = "INDEX";
        String indexName = null;
        String indexNameEn = null;
        if (index == null) {
            problems.warning(root.at(), null, Text.of("fw.no-index"));
        } else if (!index.isMap()) {
            problems.error(index.at(), null, Text.of("fw.mapping", "index", "{id: QQHI, name: 亲清健康指数}"));
        } else {
            fields.warnUnknownKeys(index, Set.of("id", "name", "name_zh", "name_en", "version"), null);
            String id = fields.text(index, "id", null);
            if (id != null) indexId = id;
            indexName = fields.firstText(index, "name", "name_zh");
            indexNameEn = fields.text(index, "name_en", null);
        }

        List<String> levels = fields.stringList(root.get("levels"), "levels");
        List<Integer> expect = null;
        YamlValue ex = root.get("expect");
        if (ex != null && !ex.isNull()) {
            expect = new ArrayList<>();
            if (!ex.isList()) {
                problems.error(ex.at(), null, Text.of("fw.list-of", "expect", "[3, 6, 14, 37]"));
            } else {
                for (YamlValue v : ex.items()) {
                    Integer n = fields.integer(v, "expect");
                    if (n != null) expect.add(n);
                }
            }
        }

        Settings settings = readMethod(root.get("method"));
        List<Department> departments = readDepartments(root.get("departments"));
        List<Item> items = readItems(root.get("items"), departments);
        SurveySpec survey = readSurvey(root.get("survey"), departments);

        Map<String, SourcePosition> ids = new HashMap<>();
        for (Item it : items) claimId(ids, it.id(), it.at());
        for (SurveySpec.SurveyItem s : survey.items()) claimId(ids, s.id(), s.at());
        claimId(ids, indexId, index == null ? root.at() : index.at());

        Map<String, Item> itemById = new LinkedHashMap<>();
        for (Item it : items) itemById.putIfAbsent(it.id(), it);
        Map<String, SurveySpec.SurveyItem> surveyById = new LinkedHashMap<>();
        for (SurveySpec.SurveyItem s : survey.items()) surveyById.putIfAbsent(s.id(), s);
        String surveyDepartment = null;
        YamlValue sv = root.get("survey");
        if (sv != null && sv.isMap()) surveyDepartment = fields.text(sv, "department", null);

        YamlValue tree = root.get("tree");
        List<Node> top = new ArrayList<>();
        if (tree == null || tree.isNull()) {
            problems.error(root.at(), null, Text.of("fw.no-tree"));
        } else if (!tree.isList()) {
            problems.error(tree.at(), null, Text.of("fw.tree-list"));
        } else {
            for (YamlValue v : tree.items()) {
                Node n = readNode(v, 1, ids, itemById, surveyById, surveyDepartment);
                if (n != null) top.add(n);
            }
            if (tree.items().isEmpty()) problems.error(tree.at(), null, Text.of("fw.tree-empty"));
        }

        Map<String, Object> extra = new LinkedHashMap<>();
        if (root.get("ahp") != null) extra.put("ahp", root.get("ahp"));
        extra.put("sensitivity", new SensitivitySpecReader(problems).read(root.get("sensitivity"), depth(top)));
        for (String old : List.of("shortboards", "strengths")) {
            // the sections of the earlier short-board lists: a framework written for them still loads
            if (root.get(old) != null) {
                problems.warning(root.get(old).at(), null, Text.of("fw.old-section", old));
            }
        }
        extra.put("pools", readPools(root.get("pools")));
        List<Department> guides = readGuides(root.get("guides"), departments);
        extra.put("guides", guides);
        extra.put("lists", readLists(root.get("lists")));
        Publication publication = readPublication(root.get("publication"));
        if (publication != null) extra.put("publication", publication);
        checkListTerms(departments, guides);
        extra.put("listTerms", Map.copyOf(listTerms));
        extra.put("levers", Map.copyOf(levers));

        Node rootNode = new Node(indexId, indexName, indexNameEn, 1.0, Direction.HIGHER, null, null, true, null,
                null, null, null, null, null, readAggregateOverride(index), List.of(), top,
                index == null ? root.at() : index.at());
        Framework fw = new Framework(file, rootNode, levels, expect, settings, departments, items, survey, extra);
        // whole-tree checks run even after structural errors, so that every problem is reported at once
        if (!top.isEmpty()) new FrameworkValidator(problems).check(fw);
        return problems.errorCount() > errorsBefore ? null : fw;
    }

    private static int depth(List<Node> nodes) {
        int d = 0;
        for (Node n : nodes) d = Math.max(d, 1 + depth(n.children()));
        return d;
    }

    private MethodSpec readAggregateOverride(YamlValue index) {
        if (index == null || !index.isMap() || index.get("aggregate") == null) return null;
        return readSpec(index.get("aggregate"), MethodCatalog.Step.AGGREGATE, null, indexIdOf(index));
    }

    private String indexIdOf(YamlValue index) {
        return index.get("id") != null && index.get("id").isScalar() ? index.get("id").text() : "INDEX";
    }

    // ---- method section -------------------------------------------------------------------

    private Settings readMethod(YamlValue m) {
        Settings s = Settings.defaults();
        if (m == null || m.isNull()) return s;
        if (!m.isMap()) {
            problems.error(m.at(), null, Text.of("fw.method-map"));
            return s;
        }
        fields.warnUnknownKeys(m, Set.of("normalise", "aggregate", "missing", "impute", "outliers", "tiers", "screen"), null);
        for (MethodCatalog.Step step : MethodCatalog.Step.values()) {
            YamlValue v = m.get(step.key);
            if (v == null) continue;
            MethodSpec spec = readSpec(v, step, s.spec(step), null);
            if (spec != null) s = s.withSpec(spec);
        }
        YamlValue missing = m.get("missing");
        if (missing != null) {
            if (!missing.isMap()) {
                problems.error(missing.at(), null, Text.of("fw.mapping", "missing", "{threshold: 0.5}"));
            } else {
                fields.warnUnknownKeys(missing, Set.of("threshold"), null);
                YamlValue t = missing.get("threshold");
                if (t != null) {
                    try {
                        s = s.withMissingThreshold(Settings.parseThreshold(fields.scalarText(t)));
                    } catch (IllegalArgumentException e) {
                        problems.error(t.at(), null, e.getMessage());
                    }
                }
            }
        }
        YamlValue tiers = m.get("tiers");
        if (tiers != null) {
            TierSpec t = readTiers(tiers);
            if (t != null) s = s.withTiers(t);
        }
        YamlValue screen = m.get("screen");
        if (screen != null) {
            if (!screen.isMap()) {
                problems.error(screen.at(), null, Text.of("fw.mapping", "screen", "{min_share: 0.75, action: unranked}"));
            } else {
                fields.warnUnknownKeys(screen, Set.of("min_share", "action", "unit_screen"), null);
                String action = fields.text(screen, "action", "unranked");
                if (!action.equals("unranked")) {
                    problems.error(screen.get("action").at(), null, Text.of("fw.screen-action", action));
                }
                String by = fields.text(screen, "unit_screen", "byweight");
                if (!by.equals("byweight")) {
                    problems.error(screen.get("unit_screen").at(), null, Text.of("fw.unit-screen", by));
                }
                YamlValue share = screen.get("min_share");
                if (share != null) {
                    try {
                        s = s.withMinShare(Settings.parseShare(fields.scalarText(share)));
                    } catch (IllegalArgumentException e) {
                        problems.error(share.at(), null, e.getMessage());
                    }
                }
            }
        }
        return s;
    }

    private TierSpec readTiers(YamlValue v) {
        if (!v.isMap()) {
            problems.error(v.at(), null, Text.of("fw.mapping", "tiers", "{method: cutoffs, bands: [...]}"));
            return null;
        }
        fields.warnUnknownKeys(v, Set.of("method", "bands", "scale"), null);
        String method = fields.text(v, "method", "cutoffs");
        double[] ends = v.get("scale") == null ? null : interval(v.get("scale"), "scale", null, false);
        ScoreScale scale = ends == null ? null : new ScoreScale(ends[0], ends[1]);
        if (!Set.of("none", "cutoffs", "quantiles").contains(method)) {
            problems.error(v.get("method").at(), null, Text.of("set.tiers", method));
            return null;
        }
        List<TierSpec.Band> bands = new ArrayList<>();
        YamlValue b = v.get("bands");
        if (b != null && b.isList()) {
            Double prev = null;
            for (YamlValue band : b.items()) {
                if (!band.isMap()) {
                    problems.error(band.at(), null, Text.of("fw.entry-mapping", Text.of("fw.entity.tier-band"), "{name: 优秀, min: 90}"));
                    continue;
                }
                fields.warnUnknownKeys(band, Set.of("name", "min"), null);
                String name = fields.text(band, "name", null);
                if (name == null) {
                    problems.error(band.at(), null, Text.of("fw.band-name"));
                    continue;
                }
                Double min = band.get("min") == null ? null : fields.number(band.get("min"), "min", null);
                if (method.equals("cutoffs") && min != null && prev != null && min >= prev) {
                    problems.error(band.get("min").at(), null, Text.of("fw.tier-order", String.valueOf(min), String.valueOf(prev)));
                }
                if (min != null) prev = min;
                bands.add(new TierSpec.Band(name, min));
            }
        } else if (b != null) {
            problems.error(b.at(), null, Text.of("yaml.list", "bands"));
        }
        if (bands.isEmpty() && !method.equals("none")) return new TierSpec(method, TierSpec.defaultCutoffs().bands(), scale);
        return new TierSpec(method, bands, scale);
    }

    private MethodSpec readSpec(YamlValue v, MethodCatalog.Step step, MethodSpec base, String node) {
        Map<String, String> params = new LinkedHashMap<>();
        if (v.isScalar()) {
            params.put("method", v.text());
        } else if (v.isMap()) {
            for (Map.Entry<String, YamlValue> e : v.entries().entrySet()) {
                if (!e.getValue().isScalar()) {
                    problems.error(e.getValue().at(), node, Text.of("yaml.single", step.key + "." + e.getKey(), Text.of("yaml.kind.map")));
                    return null;
                }
                params.put(e.getKey(), e.getValue().text());
            }
        } else {
            problems.error(v.at(), node, Text.of("fw.method-spec", step.key));
            return null;
        }
        try {
            if (base != null) return base.with(params);
            if (!params.containsKey("method")) {
                problems.error(v.at(), node, Text.of("fw.method-needed", step.key, MethodCatalog.methods(step).keySet().iterator().next()));
                return null;
            }
            String method = params.remove("method");
            return MethodSpec.of(step, method, params);
        } catch (IllegalArgumentException e) {
            problems.error(v.at(), node, e.getMessage());
            return null;
        }
    }

    // ---- departments, items, survey -------------------------------------------------------

    private List<Department> readDepartments(YamlValue v) {
        List<Department> out = new ArrayList<>();
        if (v == null || v.isNull()) return out;
        if (!v.isList()) {
            problems.error(v.at(), null, Text.of("fw.list-of", "departments", "{id, name}"));
            return out;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (YamlValue d : v.items()) {
            if (!d.isMap()) {
                problems.error(d.at(), null, Text.of("fw.entry-mapping", Text.of("fw.entity.department"), "{id: D01, name: 市纪委市监委}"));
                continue;
            }
            fields.warnUnknownKeys(d, Set.of("id", "name", "name_zh", "name_en", "note"), null);
            String id = fields.text(d, "id", null);
            if (id == null) {
                problems.error(d.at(), null, Text.of("fw.department-no-id"));
                continue;
            }
            if (!seen.add(id)) problems.error(d.at(), id, Text.of("fw.duplicate-department", id));
            out.add(new Department(id, fields.firstText(d, "name", "name_zh"), fields.text(d, "name_en", null), d.at()));
        }
        return out;
    }

    private List<Item> readItems(YamlValue v, List<Department> departments) {
        List<Item> out = new ArrayList<>();
        if (v == null || v.isNull()) return out;
        if (!v.isList()) {
            problems.error(v.at(), null, Text.of("fw.list-of", "items", "{id, name, unit, department}"));
            return out;
        }
        List<String> depIds = departments.stream().map(Department::id).toList();
        for (YamlValue d : v.items()) {
            if (!d.isMap()) {
                problems.error(d.at(), null, Text.of("fw.entry-mapping", Text.of("fw.entity.item"), "{id: Q19, name: 涉企诉求受理件数, unit: 件, department: D05}"));
                continue;
            }
            String id = fields.text(d, "id", null);
            fields.warnUnknownKeys(d, ITEM_KEYS, id);
            if (id == null) {
                problems.error(d.at(), null, Text.of("fw.item-no-id"));
                continue;
            }
            String dep = fields.text(d, "department", null);
            if (dep == null) {
                problems.error(d.at(), id, Text.of("fw.item-no-department"));
            } else if (!depIds.contains(dep)) {
                problems.error(d.get("department").at(), id, Text.of("fw.unknown-department", dep) + Names.didYouMean(dep, depIds));
            }
            String type = fields.text(d, "type", "value");
            if (!ITEM_TYPES.contains(type)) {
                problems.error(d.get("type").at(), id, Text.of("fw.item-type", type));
            }
            String frequency = fields.text(d, "frequency", "stock");
            if (!frequency.equals("flow") && !frequency.equals("stock")) {
                problems.error(d.get("frequency").at(), id, Text.of("fw.item-frequency", frequency));
            }
            String max = fields.text(d, "max", null);
            if (max != null && !max.equals("months")) {
                problems.error(d.get("max").at(), id, Text.of("fw.item-max", max));
            }
            out.add(new Item(id, fields.firstText(d, "name", "name_zh"), fields.text(d, "name_en", null), fields.text(d, "unit", null), dep,
                    type, frequency, "months".equals(max), d.at()));
        }
        return out;
    }

    private SurveySpec readSurvey(YamlValue v, List<Department> departments) {
        SurveySpec none = SurveySpec.none();
        if (v == null || v.isNull()) return none;
        if (!v.isMap()) {
            problems.error(v.at(), null, Text.of("fw.survey-map"));
            return none;
        }
        fields.warnUnknownKeys(v, Set.of("items", "scale", "min_sample", "weight_cap", "satisfied_from", "department", "weighting",
                "screen"), null);
        String dep = fields.text(v, "department", null);
        if (dep != null && departments.stream().noneMatch(d -> d.id().equals(dep))) {
            problems.error(v.get("department").at(), null, Text.of("fw.unknown-department", dep));
        }
        List<SurveySpec.SurveyItem> items = new ArrayList<>();
        YamlValue its = v.get("items");
        if (its != null && its.isList()) {
            for (YamlValue d : its.items()) {
                if (!d.isMap() || fields.text(d, "id", null) == null) {
                    problems.error(d.at(), null, Text.of("fw.entry-mapping", Text.of("fw.entity.survey-item"), "{id: S01, name: 政务服务满意度}"));
                    continue;
                }
                fields.warnUnknownKeys(d, Set.of("id", "name", "name_zh", "name_en", "note"), null);
                items.add(new SurveySpec.SurveyItem(fields.text(d, "id", null), fields.firstText(d, "name", "name_zh"),
                        fields.text(d, "name_en", null), d.at()));
            }
        } else if (its != null) {
            problems.error(its.at(), null, Text.of("yaml.list", "survey.items"));
        }
        int points = 5;
        double[] map = {20, 40, 60, 80, 100};
        List<String> labels = List.of();
        YamlValue scale = v.get("scale");
        if (scale != null) {
            if (!scale.isMap()) {
                problems.error(scale.at(), null, Text.of("fw.mapping", "survey.scale", "{points: 5, map: [20, 40, 60, 80, 100]}"));
            } else {
                fields.warnUnknownKeys(scale, Set.of("points", "map", "labels"), null);
                if (scale.get("points") != null) {
                    Integer p = fields.integer(scale.get("points"), "points");
                    if (p != null && (p < 2 || p > 11)) {
                        problems.error(scale.get("points").at(), null, Text.of("fw.scale-points"));
                    } else if (p != null) {
                        points = p;
                    }
                }
                YamlValue mv = scale.get("map");
                if (mv != null) {
                    if (!mv.isList()) {
                        problems.error(mv.at(), null, Text.of("fw.scale-map"));
                    } else {
                        double[] m = new double[mv.items().size()];
                        for (int i = 0; i < m.length; i++) {
                            Double d = fields.number(mv.items().get(i), "map", null);
                            m[i] = d == null ? Double.NaN : d;
                        }
                        map = m;
                    }
                }
                if (scale.get("labels") != null) labels = fields.stringList(scale.get("labels"), "labels");
                if (map.length != points) {
                    problems.error(scale.at(), null, Text.of("fw.scale-size", String.valueOf(points), String.valueOf(map.length)));
                }
            }
        }
        int minSample = v.get("min_sample") == null ? 30 : orDefault(fields.integer(v.get("min_sample"), "min_sample"), 30);
        double cap = v.get("weight_cap") == null ? 5.0 : orDefault(fields.number(v.get("weight_cap"), "weight_cap", null), 5.0);
        int satisfied = v.get("satisfied_from") == null ? points - 1
                : orDefault(fields.integer(v.get("satisfied_from"), "satisfied_from"), points - 1);
        String weighting = fields.text(v, "weighting", "none");
        if (!weighting.equals("none") && !weighting.equals("size")) {
            problems.error(v.get("weighting").at(), null, Text.of("fw.weighting", weighting));
            weighting = "none";
        }
        boolean drop = false;
        int minSeconds = 0;
        YamlValue screen = v.get("screen");
        if (screen != null) {
            if (!screen.isMap()) {
                problems.error(screen.at(), null, Text.of("fw.mapping", "survey.screen", "{straightline: flag, min_seconds: 60}"));
            } else {
                fields.warnUnknownKeys(screen, Set.of("straightline", "min_seconds"), null);
                String sl = fields.text(screen, "straightline", "flag");
                if (!sl.equals("flag") && !sl.equals("drop")) {
                    problems.error(screen.get("straightline").at(), null, Text.of("fw.straightline", sl));
                }
                drop = sl.equals("drop");
                if (screen.get("min_seconds") != null) {
                    Integer ms = fields.integer(screen.get("min_seconds"), "min_seconds");
                    if (ms != null && ms < 0) problems.error(screen.get("min_seconds").at(), null, Text.of("fw.not-negative", "min_seconds"));
                    if (ms != null && ms >= 0) minSeconds = ms;
                }
            }
        }
        return new SurveySpec(items, points, map, labels, minSample, cap, satisfied, weighting, drop, minSeconds);
    }

    private static <T> T orDefault(T v, T d) {
        return v == null ? d : v;
    }

    // ---- tree -----------------------------------------------------------------------------

    private Node readNode(YamlValue v, int depth, Map<String, SourcePosition> ids, Map<String, Item> items,
                          Map<String, SurveySpec.SurveyItem> surveyItems, String surveyDepartment) {
        if (++nodeCount > MAX_NODES) {
            if (nodeCount == MAX_NODES + 1) problems.error(v.at(), null, Text.of("fw.too-many-nodes", String.valueOf(MAX_NODES)));
            return null;
        }
        if (!v.isMap()) {
            problems.error(v.at(), null, Text.of("fw.node-map", v.describeKind()));
            return null;
        }
        String id = fields.text(v, "id", null);
        fields.warnUnknownKeys(v, NODE_KEYS, id);
        if (id == null) {
            problems.error(v.at(), null, Text.of("fw.node-no-id"));
            return null;
        }
        claimId(ids, id, v.get("id").at());
        String name = fields.firstText(v, "name", "name_zh");
        double weight = 1.0;
        YamlValue w = v.get("weight");
        if (w != null) {
            Double d = fields.number(w, "weight", id);
            if (d != null) {
                if (d < 0) problems.error(w.at(), id, Text.of("fw.negative-weight", w.text()));
                weight = d;
            }
        }
        YamlValue ch = v.get("children");
        List<Node> children = new ArrayList<>();
        if (ch != null && !ch.isNull()) {
            if (!ch.isList()) {
                problems.error(ch.at(), id, Text.of("fw.children-list"));
            } else {
                for (YamlValue c : ch.items()) {
                    Node n = readNode(c, depth + 1, ids, items, surveyItems, surveyDepartment);
                    if (n != null) children.add(n);
                }
                if (ch.items().isEmpty()) problems.error(ch.at(), id, Text.of("fw.children-empty"));
            }
        }
        boolean leaf = ch == null || ch.isNull();
        Direction direction = Direction.HIGHER;
        YamlValue dv = v.get("direction");
        if (dv != null) {
            String t = fields.scalarText(dv);
            Direction d = t == null ? null : Direction.parse(t);
            if (d == null) {
                problems.error(dv.at(), id, Text.of("fw.direction", dv.describeKind()));
            } else {
                direction = d;
            }
        } else if (leaf) {
            problems.error(v.at(), id, Text.of("fw.no-direction"));
        }
        Formula formula = null;
        List<String> departments = new ArrayList<>();
        YamlValue fv = v.get("formula");
        if (fv != null && !leaf) problems.warning(fv.at(), id, Text.of("fw.ignored-on-aggregate", "formula"));
        if (fv != null && leaf) {
            String t = fields.scalarText(fv);
            try {
                formula = Formula.parse(t == null ? "" : t);
                for (String var : formula.variables()) {
                    if (!items.containsKey(var) && !surveyItems.containsKey(var) && !Formula.PERIOD_VARIABLES.contains(var)) {
                        Set<String> known = new LinkedHashSet<>(items.keySet());
                        known.addAll(surveyItems.keySet());
                        problems.error(fv.at(), id, Text.of("fw.formula-unknown-item", var) + Names.didYouMean(var, known));
                    }
                }
            } catch (Formula.SyntaxException e) {
                problems.error(new SourcePosition(file, fv.at().line(), fv.at().column() + e.offset()), id,
                        Text.of("fw.formula", t, e.getMessage()));
            }
        }
        if (leaf) {
            Set<String> vars = formula != null ? formula.numeratorVariables()
                    : (items.containsKey(id) || surveyItems.containsKey(id) ? Set.of(id) : Set.of());
            for (String var : vars) {
                Item it = items.get(var);
                if (it != null && it.department() != null && !departments.contains(it.department())) {
                    departments.add(it.department());
                }
                if (surveyItems.containsKey(var) && surveyDepartment != null && !departments.contains(surveyDepartment)) {
                    departments.add(surveyDepartment);
                }
            }
        }
        YamlValue deps = v.get("departments");
        if (deps != null) departments = fields.stringList(deps, "departments");
        boolean township = false;
        YamlValue tw = v.get("township");
        if (tw != null) {
            Boolean b = fields.bool(tw, "township", id);
            if (b != null) township = b;
        }
        Double target = v.get("target") == null ? null : fields.number(v.get("target"), "target", id);
        Double low = v.get("low") == null ? null : fields.number(v.get("low"), "low", id);
        Double high = v.get("high") == null ? null : fields.number(v.get("high"), "high", id);
        String denominator = fields.text(v, "denominator", null);
        ValueRange range = null;
        if (v.get("range") != null) {
            if (!leaf) {
                problems.warning(v.get("range").at(), id, Text.of("fw.ignored-on-aggregate", "range"));
            } else {
                double[] ends = interval(v.get("range"), "range", id, true);
                if (ends != null) range = new ValueRange(ends[0], ends[1]);
            }
        } else if (leaf) {
            range = defaultRange(formula, id, items, surveyItems);
        }
        ListTerms terms = readListTerms(v, id);
        if (terms != null) listTerms.put(id, terms);
        if (v.get("lever") != null) {
            if (!leaf) problems.warning(v.get("lever").at(), id, Text.of("fw.ignored-on-aggregate", "lever"));
            Boolean b = fields.bool(v.get("lever"), "lever", id);
            if (leaf && b != null) levers.put(id, b);
        }
        MethodSpec normalise = null;
        if (v.get("normalise") != null) {
            if (!leaf) problems.warning(v.get("normalise").at(), id, Text.of("fw.ignored-on-aggregate", "normalise"));
            else normalise = readSpec(v.get("normalise"), MethodCatalog.Step.NORMALISE, null, id);
        }
        MethodSpec aggregate = null;
        if (v.get("aggregate") != null) {
            if (leaf) problems.warning(v.get("aggregate").at(), id, Text.of("fw.aggregate-on-leaf"));
            else aggregate = readSpec(v.get("aggregate"), MethodCatalog.Step.AGGREGATE, null, id);
        }
        if (leaf && normalise != null) {
            checkNormaliseFits(v, id, normalise, direction, target, low, high);
        }
        return new Node(id, name, fields.text(v, "name_en", null), weight, direction, fields.text(v, "unit", null), formula, township,
                target, low, high, denominator, range, normalise, aggregate, departments, children, v.get("id").at());
    }

    private void checkNormaliseFits(YamlValue v, String id, MethodSpec n, Direction dir, Double target, Double low,
                                    Double high) {
        SourcePosition at = v.get("normalise").at();
        if (n.method().equals("dist2target") && target == null) {
            problems.error(at, id, Text.of("fw.dist2target"));
        }
        if (n.method().equals("efficacy") && n.text("benchmarks").equals("targets") && (low == null || high == null)) {
            problems.error(at, id, Text.of("fw.efficacy-targets"));
        }
        if (n.method().equals("deduction") && dir == Direction.HIGHER) {
            problems.warning(at, id, Text.of("fw.deduction-direction"));
        }
    }

    /** Leaves that say whether target plans may change them ({@code lever: true|false}). */
    private final Map<String, Boolean> levers = new LinkedHashMap<>();

    /** Each node's list terms as written (inheritance is resolved by the framework). */
    private final Map<String, ListTerms> listTerms = new LinkedHashMap<>();

    private ListTerms readListTerms(YamlValue v, String id) {
        YamlValue r = v.get("responsible");
        YamlValue pr = v.get("promote");
        YamlValue gap = v.get("min_gap");
        if (r == null && pr == null && gap == null) return null;
        String lead = null;
        List<String> guide = null;
        List<String> support = null;
        if (r != null) {
            if (!r.isMap()) {
                problems.error(r.at(), id, Text.of("fw.mapping", "responsible", "{lead: 属地, guide: [D05], support: [D20]}"));
            } else {
                fields.warnUnknownKeys(r, Set.of("lead", "guide", "support"), id);
                lead = fields.text(r, "lead", null);
                if (r.get("guide") != null) guide = fields.stringList(r.get("guide"), "guide");
                if (r.get("support") != null) support = fields.stringList(r.get("support"), "support");
            }
        }
        Boolean promote = pr == null ? null : fields.bool(pr, "promote", id);
        Double minGap = gap == null ? null : fields.number(gap, "min_gap", id);
        if (minGap != null && minGap < 0) problems.error(gap.at(), id, Text.of("fw.min-gap"));
        return new ListTerms(lead, guide, support, promote, minGap, r != null ? r.at() : v.at());
    }

    /** Departments named in responsible blocks must be data departments or declared guides. */
    private void checkListTerms(List<Department> departments, List<Department> guides) {
        Set<String> known = new LinkedHashSet<>();
        departments.forEach(d -> known.add(d.id()));
        guides.forEach(d -> known.add(d.id()));
        listTerms.forEach((id, t) -> {
            List<String> named = new ArrayList<>();
            if (t.guide() != null) named.addAll(t.guide());
            if (t.support() != null) named.addAll(t.support());
            if (t.lead() != null && !t.lead().equals(ListTerms.LOCAL)) named.add(t.lead());
            for (String d : named) {
                if (!known.contains(d)) {
                    problems.error(t.at(), id, Text.of("fw.responsible-unknown", d, Names.didYouMean(d, known)));
                }
            }
        });
    }

    /** Departments that guide the work without supplying data ({@code guides: [{id: G01, name: 市政府办公厅}]}). */
    private List<Department> readGuides(YamlValue v, List<Department> departments) {
        if (v == null || v.isNull()) return List.of();
        if (!v.isList()) {
            problems.error(v.at(), null, Text.of("fw.list-of", "guides", "{id, name}"));
            return List.of();
        }
        List<Department> out = new ArrayList<>();
        for (YamlValue d : v.items()) {
            String id = d.isMap() ? fields.text(d, "id", null) : null;
            if (id == null) {
                problems.error(d.at(), null, Text.of("fw.entry-mapping", Text.of("fw.entity.guide"), "{id: G01, name: 市政府办公厅}"));
                continue;
            }
            if (departments.stream().anyMatch(x -> x.id().equals(id))) problems.error(d.at(), id, Text.of("fw.guide-department", id));
            out.add(new Department(id, fields.text(d, "name", id), fields.text(d, "name_en", null), d.at()));
        }
        return List.copyOf(out);
    }

    private ListSpec readLists(YamlValue v) {
        ListSpec d = ListSpec.defaults();
        if (v == null || v.isNull()) return d;
        if (!v.isMap()) {
            problems.error(v.at(), null, Text.of("fw.mapping", "lists", "{max_items: 5, bottom_share: 0.3333, promote_top: 3}"));
            return d;
        }
        fields.warnUnknownKeys(v, Set.of("max_items", "bottom_share", "promote_top", "rise_places", "fall_places", "fall_points",
                "deadline"), null);
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
        return new ListSpec(max, bottom, intIn(v, "promote_top", d.promoteTop(), 1, 1000), intIn(v, "rise_places", d.risePlaces(), 1, 1000),
                intIn(v, "fall_places", d.fallPlaces(), 1, 1000), fallPoints, fields.text(v, "deadline", d.deadline()));
    }

    /** {@code publication: {ranks: all | top:N | none}}; null when the framework does not say. */
    private Publication readPublication(YamlValue v) {
        if (v == null || v.isNull()) return null;
        String hint = Text.of("fw.mapping", "publication", "{ranks: all}, {ranks: \"top:3\"} / {ranks: none}");
        if (!v.isMap() || v.get("ranks") == null || !v.get("ranks").isScalar()) {
            problems.error(v.at(), null, hint);
            return null;
        }
        fields.warnUnknownKeys(v, Set.of("ranks"), null);
        String r = v.get("ranks").text().strip();
        if (r.equals("all") || r.equals("none")) return new Publication(r, 0);
        Matcher m = Pattern.compile("top\\s*:\\s*([0-9]{1,6})").matcher(r);
        if (m.matches() && Integer.parseInt(m.group(1)) > 0) return new Publication("top", Integer.parseInt(m.group(1)));
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
    private List<Pool> readPools(YamlValue v) {
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

    // ---- helpers --------------------------------------------------------------------------

    /**
     * A leaf's range when it declares none (docs/formats.md, leaf range): what its formula can give
     * when each rate (percent) and survey score lies in 0–100 and each count is ≥ 0, e.g. 0–100 for a
     * rate or a weighted mean of rates, ≥ 0 for a ratio of counts, none for a net growth rate
     * (Q02 − Q03)/Q03 or anything made of a plain value.
     */
    private static ValueRange defaultRange(Formula formula, String id, Map<String, Item> items,
                                           Map<String, SurveySpec.SurveyItem> surveyItems) {
        Formula f = formula != null ? formula : Formula.variable(id);
        double[] b = f.bounds(var -> {
            if (var.equals("months")) return new double[] {1, 12};
            if (var.equals("years")) return new double[] {1.0 / 12, 1};
            Item it = items.get(var);
            if (surveyItems.containsKey(var) || it != null && it.isRate()) return new double[] {0, 100};
            if (it != null && it.isCount()) return new double[] {0, Double.POSITIVE_INFINITY};
            return null;
        });
        return Double.isInfinite(b[0]) && Double.isInfinite(b[1]) ? null : new ValueRange(b[0], b[1]);
    }

    /**
     * A two-number list {@code [lo, hi]} with lo < hi; with {@code open}, either end may be null or
     * ~ for no bound. Null after reporting what is wrong.
     */
    private double[] interval(YamlValue v, String key, String node, boolean open) {
        List<YamlValue> ends = v.isList() ? v.items() : List.of();
        if (ends.size() != 2) {
            problems.error(v.at(), node, Text.of(open ? "fw.interval-open" : "fw.interval", key));
            return null;
        }
        double[] d = new double[2];
        for (int i = 0; i < 2; i++) {
            YamlValue e = ends.get(i);
            if (open && (e.isNull() || (e.isScalar() && e.text().trim().equals("~")))) {
                d[i] = i == 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                continue;
            }
            Double x = fields.number(e, key, node);
            if (x == null) return null;
            d[i] = x;
        }
        if (!(d[0] < d[1])) {
            problems.error(v.at(), node, Text.of("fw.interval-order", key));
            return null;
        }
        return d;
    }

    private void claimId(Map<String, SourcePosition> ids, String id, SourcePosition at) {
        SourcePosition first = ids.putIfAbsent(id, at);
        if (first != null) {
            problems.error(at, id, Text.of("fw.duplicate-id", id, String.valueOf(first.line())));
        }
    }

}
