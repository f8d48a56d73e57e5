package io.qqhi.framework;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An index: its tree (root = the index itself, depth 0), data items, departments, survey, and the
 * default method settings. Nodes are also laid out flat in pre-order (framework order), which is
 * the order of every output.
 */
public final class Framework {
    private final String file;
    private final Node root;
    private final List<String> levels;
    private final List<Integer> expect;
    private final Settings settings;
    private final List<Department> departments;
    private final List<Item> items;
    private final SurveySpec survey;
    private final Map<String, Object> extra;

    private final List<Node> nodes = new ArrayList<>();
    private final int[] parent;
    private final int[] depth;
    private final int[][] children;
    private final int[] leaves;
    private final Map<String, Integer> indexById = new HashMap<>();
    private final double[] localWeight;
    private final double[] globalWeight;

    public Framework(String file, Node root, List<String> levels, List<Integer> expect, Settings settings,
                     List<Department> departments, List<Item> items, SurveySpec survey, Map<String, Object> extra) {
        this.file = file;
        this.root = root;
        this.levels = List.copyOf(levels);
        this.expect = expect == null ? null : List.copyOf(expect);
        this.settings = settings;
        this.departments = List.copyOf(departments);
        this.items = List.copyOf(items);
        this.survey = survey;
        this.extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));

        List<Integer> par = new ArrayList<>();
        List<Integer> dep = new ArrayList<>();
        flatten(root, -1, 0, par, dep);
        int n = nodes.size();
        parent = new int[n];
        depth = new int[n];
        children = new int[n][];
        List<Integer> leafList = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parent[i] = par.get(i);
            depth[i] = dep.get(i);
            indexById.putIfAbsent(nodes.get(i).id(), i);
            if (nodes.get(i).isLeaf() && i > 0) leafList.add(i);
        }
        for (int i = 0; i < n; i++) {
            List<Integer> c = new ArrayList<>();
            for (int j = 0; j < n; j++) if (parent[j] == i) c.add(j);
            children[i] = c.stream().mapToInt(Integer::intValue).toArray();
        }
        leaves = leafList.stream().mapToInt(Integer::intValue).toArray();
        localWeight = new double[n];
        globalWeight = new double[n];
        localWeight[0] = 1;
        globalWeight[0] = 1;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int c : children[i]) sum += Math.max(0, nodes.get(c).weight());
            for (int c : children[i]) {
                localWeight[c] = sum > 0 ? Math.max(0, nodes.get(c).weight()) / sum : 0;
            }
        }
        // pre-order guarantees a parent's global weight is known before its children's
        for (int i = 1; i < n; i++) globalWeight[i] = globalWeight[parent[i]] * localWeight[i];
    }

    private void flatten(Node node, int parentIndex, int d, List<Integer> par, List<Integer> dep) {
        int me = nodes.size();
        nodes.add(node);
        par.add(parentIndex);
        dep.add(d);
        for (Node c : node.children()) flatten(c, me, d + 1, par, dep);
    }

    public String file() {
        return file;
    }

    public Node root() {
        return root;
    }

    public List<String> levels() {
        return levels;
    }

    public List<Integer> expect() {
        return expect;
    }

    public Settings settings() {
        return settings;
    }

    public List<Department> departments() {
        return departments;
    }

    public List<Item> items() {
        return items;
    }

    public SurveySpec survey() {
        return survey;
    }

    /** Sections the loader kept as written for later stages (e.g. {@code lists}). */
    public Map<String, Object> extra() {
        return extra;
    }

    /** The list terms of a node: its own, with what it leaves open inherited from its ancestors. */
    @SuppressWarnings("unchecked")
    public ListTerms listTerms(int node) {
        Map<String, ListTerms> all = (Map<String, ListTerms>) extra.getOrDefault("listTerms", Map.of());
        ListTerms t = ListTerms.DEFAULT;
        Deque<ListTerms> chain = new ArrayDeque<>();
        for (int i = node; i >= 0; i = i == 0 ? -1 : parent(i)) {
            ListTerms x = all.get(nodes.get(i).id());
            if (x != null) chain.push(x);
        }
        while (!chain.isEmpty()) t = chain.pop().over(t);
        return t;
    }

    /**
     * What the leaf says about being a lever of a target plan (docs/methods.md, targets): true or
     * false as written, null when it says nothing.
     */
    @SuppressWarnings("unchecked")
    public Boolean lever(int node) {
        return ((Map<String, Boolean>) extra.getOrDefault("levers", Map.of())).get(nodes.get(node).id());
    }

    /** Who issues the 通报 (发文机关, 文号, 版记); null when the framework does not say (the documents then print placeholders). */
    public Issuer issuer() {
        Object o = extra.get("issuer");
        return o instanceof Issuer ? (Issuer) o : null;
    }

    /** What the public 通报 may show; null when the framework does not say (then only the internal one is made). */
    public Publication publication() {
        Object o = extra.get("publication");
        return o instanceof Publication ? (Publication) o : null;
    }

    /** The rules of the two-way lists. */
    public ListSpec lists() {
        Object o = extra.get("lists");
        return o instanceof ListSpec ? (ListSpec) o : ListSpec.defaults();
    }

    /** A department's or guide's name, or the id when neither is known. */
    @SuppressWarnings("unchecked")
    public String departmentName(String id) {
        Department d = department(id);
        if (d != null) return d.name() == null ? id : d.name();
        for (Department g : (List<Department>) extra.getOrDefault("guides", List.of())) if (g.id().equals(id)) return g.name();
        return id;
    }

    /** The comparison pools units may belong to (the two defaults when the file declares none). */
    @SuppressWarnings("unchecked")
    public List<Pool> pools() {
        Object o = extra.get("pools");
        return o instanceof List ? (List<Pool>) o : Pool.DEFAULTS;
    }

    /** A pool's name for people (区县市), or its id when the framework does not know it. */
    public String poolName(String id) {
        for (Pool p : pools()) if (p.id().equals(id)) return p.name();
        return id;
    }

    /** The uncertainty and sensitivity settings (defaults when the file has no such section). */
    public SensitivitySpec sensitivity() {
        Object o = extra.get("sensitivity");
        return o instanceof SensitivitySpec ? (SensitivitySpec) o : SensitivitySpec.defaults();
    }

    public List<Node> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    public int size() {
        return nodes.size();
    }

    public Node node(int i) {
        return nodes.get(i);
    }

    public int parent(int i) {
        return parent[i];
    }

    public int depth(int i) {
        return depth[i];
    }

    public int[] children(int i) {
        return children[i];
    }

    /** Node indices of the leaves, in framework order. */
    public int[] leaves() {
        return leaves.clone();
    }

    public int leafCount() {
        return leaves.length;
    }

    /** Node index of an id, or -1. */
    public int indexOf(String id) {
        Integer i = indexById.get(id);
        return i == null ? -1 : i;
    }

    /** Weight among siblings after normalising the sibling set to sum 1. */
    public double localWeight(int i) {
        return localWeight[i];
    }

    /** Product of local weights from the index down to this node (a leaf's share of the index). */
    public double globalWeight(int i) {
        return globalWeight[i];
    }

    /** Number of nodes at each depth 1..max. */
    public int[] shape() {
        int max = 0;
        for (int d : depth) max = Math.max(max, d);
        int[] s = new int[max];
        for (int i = 1; i < depth.length; i++) s[depth[i] - 1]++;
        return s;
    }

    public Item item(String id) {
        for (Item it : items) if (it.id().equals(id)) return it;
        return null;
    }

    public Department department(String id) {
        for (Department d : departments) if (d.id().equals(id)) return d;
        return null;
    }

    /**
     * The same framework with some nodes' weights replaced (a what-if overlay); unknown ids are
     * the caller's to report.
     */
    public Framework withWeights(Map<String, Double> weights) {
        return new Framework(file, reweigh(root, weights), levels, expect, settings, departments, items, survey, extra);
    }

    private static Node reweigh(Node n, Map<String, Double> w) {
        List<Node> kids = new ArrayList<>();
        for (Node c : n.children()) kids.add(reweigh(c, w));
        double weight = w.getOrDefault(n.id(), n.weight());
        return new Node(n.id(), n.name(), n.nameEn(), weight, n.direction(), n.unit(), n.formula(), n.township(),
                n.target(), n.low(), n.high(), n.denominator(), n.range(), n.normalise(), n.aggregate(), n.departments(), kids, n.at());
    }

    /** The same framework with other default settings. */
    public Framework withSettings(Settings s) {
        return new Framework(file, root, levels, expect, s, departments, items, survey, extra);
    }

    /** The level name for a depth (1-based), or "level d" when the framework names none. */
    public String levelName(int d) {
        if (d == 0) return "index";
        return d <= levels.size() ? levels.get(d - 1) : "level " + d;
    }
}
