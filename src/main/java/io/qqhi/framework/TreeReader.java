package io.qqhi.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the framework's {@code tree:} (docs/formats.md): every node with its weight, direction, formula,
 * method, range and list terms, checking ids are unique and formulas name known items.
 */
final class TreeReader {
    private static final Set<String> NODE_KEYS = Set.of("id", "name", "name_zh", "name_en", "weight", "direction",
            "unit", "formula", "township", "target", "low", "high", "denominator", "range", "normalise", "aggregate",
            "departments", "children", "note", "description", "hard_negative", "responsible", "promote", "min_gap", "min_base", "lever");
    private static final int MAX_NODES = 100_000;

    private final Problems problems;
    private final YamlFields fields;
    private final String file;
    private final MethodSectionReader methods;
    private int nodeCount;

    TreeReader(Problems problems, YamlFields fields, String file, MethodSectionReader methods) {
        this.problems = problems;
        this.fields = fields;
        this.file = file;
        this.methods = methods;
    }

    // ---- tree -----------------------------------------------------------------------------

    Node readNode(YamlValue v, int depth, Map<String, SourcePosition> ids, Map<String, Item> items,
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
        double weight = readWeight(v.get("weight"), id);
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
        Direction direction = readDirection(v, id, leaf);
        Formula formula = readFormula(v, id, leaf, items, surveyItems);
        List<String> departments = leaf ? reportingDepartments(id, formula, items, surveyItems, surveyDepartment)
                : new ArrayList<>();
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
        ValueRange range = readRange(v, id, leaf, formula, items, surveyItems);
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
            else normalise = methods.readSpec(v.get("normalise"), MethodCatalog.Step.NORMALISE, null, id);
        }
        MethodSpec aggregate = null;
        if (v.get("aggregate") != null) {
            if (leaf) problems.warning(v.get("aggregate").at(), id, Text.of("fw.aggregate-on-leaf"));
            else aggregate = methods.readSpec(v.get("aggregate"), MethodCatalog.Step.AGGREGATE, null, id);
        }
        if (leaf && normalise != null) {
            checkNormaliseFits(v, id, normalise, direction, target, low, high);
        }
        return new Node(id, name, fields.text(v, "name_en", null), weight, direction, fields.text(v, "unit", null), formula, township,
                target, low, high, denominator, range, normalise, aggregate, departments, children, v.get("id").at());
    }

    /** A node's weight, 1 when not given; a negative one is an error. */
    private double readWeight(YamlValue w, String id) {
        double weight = 1.0;
        if (w != null) {
            Double d = fields.number(w, "weight", id);
            if (d != null) {
                if (d < 0) problems.error(w.at(), id, Text.of("fw.negative-weight", w.text()));
                weight = d;
            }
        }
        return weight;
    }

    /** A node's direction; a leaf must have one. */
    private Direction readDirection(YamlValue v, String id, boolean leaf) {
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
        return direction;
    }

    /** A leaf's formula over items and survey items, each name checked; null when absent or wrong. */
    private Formula readFormula(YamlValue v, String id, boolean leaf, Map<String, Item> items,
                                Map<String, SurveySpec.SurveyItem> surveyItems) {
        Formula formula = null;
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
                        Text.of("fw.formula", t, Text.of("formula." + e.code(), e.args())));
            }
        }
        return formula;
    }

    /** A leaf's range of valid values: as written, or what its formula's items allow. */
    private ValueRange readRange(YamlValue v, String id, boolean leaf, Formula formula, Map<String, Item> items,
                                 Map<String, SurveySpec.SurveyItem> surveyItems) {
        ValueRange range = null;
        if (v.get("range") != null) {
            if (!leaf) {
                problems.warning(v.get("range").at(), id, Text.of("fw.ignored-on-aggregate", "range"));
            } else {
                double[] ends = fields.interval(v.get("range"), "range", id, true);
                if (ends != null) range = new ValueRange(ends[0], ends[1]);
            }
        } else if (leaf) {
            range = defaultRange(formula, id, items, surveyItems);
        }
        return range;
    }

    /** The departments that report a leaf's numerator items (and the survey's, for survey items). */
    private static List<String> reportingDepartments(String id, Formula formula, Map<String, Item> items,
                                                     Map<String, SurveySpec.SurveyItem> surveyItems, String surveyDepartment) {
        List<String> departments = new ArrayList<>();
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
        return departments;
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
    final Map<String, Boolean> levers = new LinkedHashMap<>();

    /** Each node's list terms as written (inheritance is resolved by the framework). */
    final Map<String, ListTerms> listTerms = new LinkedHashMap<>();

    private ListTerms readListTerms(YamlValue v, String id) {
        YamlValue r = v.get("responsible");
        YamlValue pr = v.get("promote");
        YamlValue gap = v.get("min_gap");
        YamlValue base = v.get("min_base");
        if (r == null && pr == null && gap == null && base == null) return null;
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
        Double minBase = base == null ? null : fields.number(base, "min_base", id);
        if (minBase != null && minBase < 0) problems.error(base.at(), id, Text.of("fw.not-negative", "min_base"));
        if (minBase != null && isLeaf(v) && !isRate(v)) {
            problems.error(base.at(), id, Text.of("fw.min-base-not-rate", id));
        }
        return new ListTerms(lead, guide, support, promote, minGap, minBase, r != null ? r.at() : v.at());
    }

    private static boolean isLeaf(YamlValue v) {
        return v.get("children") == null;
    }

    /** A leaf whose formula divides once: a rate with a base to count (docs/formats.md, min_base). */
    private static boolean isRate(YamlValue v) {
        YamlValue f = v.get("formula");
        if (f == null || !f.isScalar()) return false;
        try {
            return Formula.parse(f.text()).base() != null;
        } catch (Formula.SyntaxException e) {
            return true; // the formula's own error is reported where it is read
        }
    }

    /** Departments named in responsible blocks must be data departments or declared guides. */
    void checkListTerms(List<Department> departments, List<Department> guides) {
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

    void claimId(Map<String, SourcePosition> ids, String id, SourcePosition at) {
        SourcePosition first = ids.putIfAbsent(id, at);
        if (first != null) {
            problems.error(at, id, Text.of("fw.duplicate-id", id, String.valueOf(first.line())));
        }
    }
}
