package io.qqhi.framework;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads {@code indicators.yaml} (docs/formats.md) into a typed {@link Framework}, reporting every
 * problem at once with its position. Structural checks (types, references, formulas, methods)
 * happen here; whole-framework checks (weights, expect, unused items) in {@link FrameworkValidator}.
 */
public final class FrameworkLoader {
    private static final Set<String> TOP_KEYS = Set.of("index", "levels", "expect", "method", "departments", "pools", "guides",
            "lists", "publication", "issuer",
            "items", "survey", "tree", "shortboards", "sensitivity", "ahp", "strengths");

    private final Problems problems;

    private final YamlFields fields;

    private String file;

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
        MethodSectionReader methodReader = new MethodSectionReader(problems, fields);
        ItemsReader itemReader = new ItemsReader(problems, fields);
        TreeReader treeReader = new TreeReader(problems, fields, file, methodReader);
        ListsSectionReader listReader = new ListsSectionReader(problems, fields);
        fields.warnUnknownKeys(root, TOP_KEYS, null);

        YamlValue index = root.get("index");
        IndexHeader head = readIndex(root, index);
        String indexId = head.id();

        List<String> levels = fields.stringList(root.get("levels"), "levels");
        List<Integer> expect = readExpect(root.get("expect"));

        Settings settings = methodReader.readMethod(root.get("method"));
        List<Department> departments = itemReader.readDepartments(root.get("departments"));
        List<Item> items = itemReader.readItems(root.get("items"), departments);
        SurveySpec survey = new SurveySectionReader(problems, fields).readSurvey(root.get("survey"), departments);

        Map<String, SourcePosition> ids = new HashMap<>();
        for (Item it : items) treeReader.claimId(ids, it.id(), it.at());
        for (SurveySpec.SurveyItem s : survey.items()) treeReader.claimId(ids, s.id(), s.at());
        treeReader.claimId(ids, indexId, index == null ? root.at() : index.at());

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
                Node n = treeReader.readNode(v, 1, ids, itemById, surveyById, surveyDepartment);
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
        extra.put("pools", listReader.readPools(root.get("pools")));
        List<Department> guides = itemReader.readGuides(root.get("guides"), departments);
        extra.put("guides", guides);
        extra.put("lists", listReader.readLists(root.get("lists")));
        Publication publication = listReader.readPublication(root.get("publication"));
        if (publication != null) extra.put("publication", publication);
        Issuer issuer = listReader.readIssuer(root.get("issuer"));
        if (issuer != null) extra.put("issuer", issuer);
        treeReader.checkListTerms(departments, guides);
        extra.put("listTerms", Map.copyOf(treeReader.listTerms));
        extra.put("levers", Map.copyOf(treeReader.levers));

        Node rootNode = new Node(indexId, head.name(), head.nameEn(), 1.0, Direction.HIGHER, null, null, true, null,
                null, null, null, null, null, methodReader.readAggregateOverride(index), List.of(), top,
                index == null ? root.at() : index.at());
        Framework fw = new Framework(file, rootNode, levels, expect, settings, departments, items, survey, extra);
        // whole-tree checks run even after structural errors, so that every problem is reported at once
        if (!top.isEmpty()) new FrameworkValidator(problems).check(fw);
        return problems.errorCount() > errorsBefore ? null : fw;
    }

    /** The index's own id and names (the tree's root). */
    private record IndexHeader(String id, String name, String nameEn) {
    }

    private IndexHeader readIndex(YamlValue root, YamlValue index) {
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
        return new IndexHeader(indexId, indexName, indexNameEn);
    }

    /** The node count expected at each level ({@code expect: [3, 6, 14, 37]}), null when not given. */
    private List<Integer> readExpect(YamlValue ex) {
        List<Integer> expect = null;
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
        return expect;
    }

    private static int depth(List<Node> nodes) {
        int d = 0;
        for (Node n : nodes) d = Math.max(d, 1 + depth(n.children()));
        return d;
    }
}
