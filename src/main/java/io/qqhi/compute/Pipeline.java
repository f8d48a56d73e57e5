package io.qqhi.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import io.qqhi.framework.Framework;
import io.qqhi.framework.MethodSpec;
import io.qqhi.framework.Node;
import io.qqhi.framework.Problem;
import io.qqhi.framework.ScoreScale;
import io.qqhi.framework.Settings;
import io.qqhi.framework.Severity;
import io.qqhi.framework.Text;
import io.qqhi.framework.TierSpec;
import io.qqhi.input.Dataset;
import io.qqhi.input.UnitRecord;

/**
 * The index computation, pure (no I/O): for each pool, per leaf denominate → impute → treat
 * outliers → normalise, then aggregate bottom-up, rank and tier. Same inputs, same outputs.
 */
public final class Pipeline {
    /** The pool whose units use only leaves flagged {@code township: true} (docs/methods.md: townships use the township leaves only). */
    public static final String TOWNSHIP_POOL = "township";

    /** Pools at least this large work through their leaves and rank their nodes in parallel (smaller ones are quicker on one thread). */
    private static final int PARALLEL_RANKING = 5000;

    private Pipeline() {
    }

    public static IndexResult run(Framework fw, Dataset data, Settings settings) {
        Map<String, List<Integer>> pools = new LinkedHashMap<>();
        for (int u = 0; u < data.units().size(); u++) {
            pools.computeIfAbsent(data.units().get(u).pool(), k -> new ArrayList<>()).add(u);
        }
        List<PoolResult> results = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int[] leafNodes = fw.leaves();
        int[] dataColumns = new int[leafNodes.length];
        Map<String, Integer> byId = new HashMap<>();
        for (int c = 0; c < data.leafIds().size(); c++) byId.putIfAbsent(data.leafIds().get(c), c);
        for (int j = 0; j < leafNodes.length; j++) dataColumns[j] = byId.getOrDefault(fw.node(leafNodes[j]).id(), -1);
        for (Map.Entry<String, List<Integer>> e : pools.entrySet()) {
            PoolResult r = runPool(fw, data, dataColumns, settings, e.getKey(), e.getValue());
            results.add(r);
            problems.addAll(r.problems());
        }
        return new IndexResult(fw, settings, List.copyOf(results), List.copyOf(problems));
    }

    /** Which nodes take part in a pool: townships only the township leaves and their ancestors. */
    public static boolean[] activeNodes(Framework fw, String pool) {
        boolean[] active = new boolean[fw.size()];
        for (int leaf : fw.leaves()) {
            active[leaf] = !pool.equals(TOWNSHIP_POOL) || fw.node(leaf).township();
        }
        for (int i = fw.size() - 1; i > 0; i--) {
            if (active[i]) active[fw.parent(i)] = true;
        }
        return active;
    }

    /** One pool; {@code dataColumns[j]} is the data column of leaf j (-1: not in the data). */
    static PoolResult runPool(Framework fw, Dataset data, int[] dataColumns, Settings settings, String pool, List<Integer> unitRows) {
        int m = unitRows.size();
        int n = fw.size();
        int[] leafNodes = fw.leaves();
        int l = leafNodes.length;
        List<UnitRecord> units = new ArrayList<>();
        double[][] rows = new double[m][];
        for (int u = 0; u < m; u++) {
            units.add(data.units().get(unitRows.get(u)));
            rows[u] = data.values()[unitRows.get(u)];
        }
        boolean[] active = activeNodes(fw, pool);
        List<Problem> problems = new ArrayList<>();
        List<Adjustment> adjustments = new ArrayList<>();

        // leaf stages column by column ([leaf][unit]): every step below walks one leaf's column
        double[][] raw = new double[l][];
        double[][] den = new double[l][];
        double[][] imp = new double[l][];
        double[][] tre = new double[l][];
        double[][] nor = new double[l][];

        Imputer imputer = Imputers.create(settings.impute());
        OutlierTreatment treatment = OutlierTreatments.create(settings.outliers());
        String groupColumn = settings.impute().params().get("group");
        String[] groups = new String[m];
        if (groupColumn != null) {
            for (int u = 0; u < m; u++) groups[u] = units.get(u).attributes().get(groupColumn);
        }

        // the pool's data, column by column, in one pass over its rows
        double[][] columns = new double[l][];
        for (int j = 0; j < l; j++) columns[j] = new double[m];
        for (int u = 0; u < m; u++) {
            double[] row = rows[u];
            for (int j = 0; j < l; j++) {
                columns[j][u] = active[leafNodes[j]] && dataColumns[j] >= 0 ? row[dataColumns[j]] : Double.NaN;
            }
        }
        // what the leaves need that is shared: denominator columns, and one normaliser per method
        // spec (leaves mostly share the run's), made and its parameters parsed once
        Map<String, double[]> denominators = new HashMap<>();
        Map<MethodSpec, Normaliser> made = new IdentityHashMap<>();
        Normaliser[] normaliser = new Normaliser[l];
        Problem[] methodProblem = new Problem[l];
        for (int j = 0; j < l; j++) {
            Node leaf = fw.node(leafNodes[j]);
            if (!active[leafNodes[j]]) continue;
            if (leaf.denominator() != null) denominators.computeIfAbsent(leaf.denominator(), c -> column(units, c));
            try {
                normaliser[j] = leafNormaliser(leaf, settings.normalise(), made);
                if (isDeduction(leaf) && settings.normalise().scale() == null) {
                    methodProblem[j] = Problem.coded(Severity.INFO, null, 0, 0, null, leaf.id(), "scale.deduction-unbounded",
                            settings.normalise().method());
                }
            } catch (IllegalArgumentException e) {
                methodProblem[j] = new Problem(Severity.ERROR, fw.file(), leaf.at().line(), leaf.at().column(), null,
                        leaf.id(), e.getMessage(), e instanceof ScaleMismatch ? "scale.mismatch" : null);
            }
        }
        @SuppressWarnings("unchecked")
        List<Problem>[] leafProblems = new List[l];
        @SuppressWarnings("unchecked")
        List<Adjustment>[] leafAdjustments = new List[l];
        // leaves are independent: a national pool's 37 columns of 40,000 share the cores; what each
        // leaf reports is kept apart and joined in leaf order, so nothing depends on threads
        IntConsumer stages = j -> {
            List<Problem> found = new ArrayList<>();
            List<Adjustment> changed = new ArrayList<>();
            leafProblems[j] = found;
            leafAdjustments[j] = changed;
            int node = leafNodes[j];
            Node leaf = fw.node(node);
            raw[j] = columns[j];
            if (!active[node]) {
                double[] none = new double[m];
                Arrays.fill(none, Double.NaN);
                den[j] = imp[j] = tre[j] = nor[j] = none;
                return;
            }
            // denominate
            double[] x = raw[j];
            if (leaf.denominator() != null) {
                x = x.clone();
                double[] d = denominators.get(leaf.denominator());
                for (int u = 0; u < m; u++) {
                    if (Double.isNaN(x[u])) continue;
                    if (Double.isNaN(d[u]) || d[u] == 0) {
                        found.add(new Problem(Severity.WARNING, null, 0, 0, units.get(u).code(), leaf.id(),
                                Text.of(Double.isNaN(d[u]) ? "denominator.missing" : "denominator.zero", leaf.denominator())));
                        x[u] = Double.NaN;
                    } else {
                        x[u] = x[u] / d[u];
                    }
                }
            }
            den[j] = x;
            // impute (without imputation the stages share one array, as they do without a denominator:
            // a national pool's columns are 13 MB a stage)
            double[] out;
            if (imputer instanceof NoImputer) {
                out = den[j];
            } else {
                out = new double[m];
                imputer.impute(den[j], groups, out);
            }
            imp[j] = out;
            if (out != den[j]) {
                for (int u = 0; u < m; u++) {
                    if (Double.isNaN(den[j][u]) && !Double.isNaN(out[u])) {
                        changed.add(new Adjustment(pool, units.get(u).code(), leaf.id(), "impute", Double.NaN, out[u],
                                settings.impute().method() + (groupColumn == null ? "" : " of group " + groups[u])));
                    }
                }
            }
            if (Stats.count(out) == 0) {
                found.add(new Problem(Severity.WARNING, null, 0, 0, null, leaf.id(),
                        Text.of("leaf.no-values", pool)));
            }
            // outliers
            double[] col = imp[j];
            OutlierTreatment.Result t = treatment.treat(col);
            tre[j] = t.values();
            if (!t.how().equals("none")) {
                for (int u = 0; u < m; u++) {
                    if (!Double.isNaN(col[u]) && col[u] != t.values()[u]) {
                        changed.add(new Adjustment(pool, units.get(u).code(), leaf.id(),
                                t.how().equals("log") ? "log" : "winsorise", col[u], t.values()[u],
                                t.how().equals("log") ? "log(x − min + 0.01·(max − min)) after winsorising failed"
                                        : t.points() + " point(s) winsorised"));
                    }
                }
            }
            // normalise
            MethodSpec ns = leaf.normalise() != null ? leaf.normalise() : settings.normalise();
            Normaliser nz = normaliser[j];
            Column column = Column.of(leaf);
            if (isBase(ns)) {
                double[] b = settings.base() == null ? null : settings.base().of(pool, leaf.id());
                if (b == null) {
                    found.add(Problem.coded(Severity.WARNING, null, 0, 0, null, leaf.id(), "base.no-benchmark",
                            settings.base() == null ? "—" : settings.base().period(), pool));
                } else {
                    // the base period's worst and best as fixed targets, values beyond them scored at the ends
                    int sign = leaf.direction().sign;
                    column = new Column(leaf.id(), sign, leaf.target(), sign > 0 ? b[0] : b[1], sign > 0 ? b[1] : b[0]);
                    nz = new EfficacyNormaliser(ns.number("floor"), ns.number("span"), true, true);
                    for (int u = 0; u < m; u++) {
                        double v = tre[j][u];
                        if (v < b[0] || v > b[1]) {
                            changed.add(new Adjustment(pool, units.get(u).code(), leaf.id(), "base-clip", v, v < b[0] ? b[0] : b[1],
                                    Text.of("base.clipped", settings.base().period(),
                                            Text.number(b[0]), Text.number(b[1]))));
                        }
                    }
                }
            }
            double[] normalised = new double[m];
            boolean constant;
            try {
                if (methodProblem[j] != null) found.add(methodProblem[j]);
                if (methodProblem[j] != null && methodProblem[j].isError()) throw new IllegalStateException();
                constant = nz.normalise(tre[j], column, normalised);
            } catch (IllegalArgumentException e) {
                found.add(new Problem(Severity.ERROR, fw.file(), leaf.at().line(), leaf.at().column(), null, leaf.id(),
                        e.getMessage()));
                Arrays.fill(normalised, Double.NaN);
                constant = false;
            } catch (IllegalStateException e) {
                Arrays.fill(normalised, Double.NaN);
                constant = false;
            }
            // a deduction leaf's column is mostly zeros by nature (no events): nothing to report
            if (constant && m > 1 && !isDeduction(leaf)) {
                found.add(new Problem(Severity.WARNING, null, 0, 0, null, leaf.id(), Text.of("leaf.constant", pool, ns.method())));
            }
            nor[j] = normalised;
        };
        IntStream leaves = IntStream.range(0, l);
        (m >= PARALLEL_RANKING ? leaves.parallel() : leaves).forEach(stages);
        for (int j = 0; j < l; j++) {
            problems.addAll(leafProblems[j]);
            adjustments.addAll(leafAdjustments[j]);
        }

        // scores unit by unit, leaves first, then the aggregates bottom-up (rows allocated one by one:
        // a two-dimensional allocation goes through a slow runtime call)
        double[][] scores = new double[m][];
        for (int u = 0; u < m; u++) {
            double[] row = new double[n];
            Arrays.fill(row, Double.NaN);
            for (int j = 0; j < l; j++) row[leafNodes[j]] = nor[j][u];
            scores[u] = row;
        }

        double[] localWeight = new double[n];
        double[] globalWeight = new double[n];
        poolWeights(fw, active, localWeight, globalWeight);
        aggregate(fw, nodeWeights(fw), settings, pool, units, active, scores, problems);

        // ranked node by node: a leaf on its normalised column as it is, an aggregate on its column
        // taken out of the rows in one pass
        double[][] byNode = new double[n][];
        for (int i = 0; i < n; i++) if (active[i] && !fw.node(i).isLeaf()) byNode[i] = new double[m];
        for (int u = 0; u < m; u++) {
            double[] row = scores[u];
            for (int i = 0; i < n; i++) if (byNode[i] != null) byNode[i][u] = row[i];
        }
        for (int j = 0; j < l; j++) if (active[leafNodes[j]]) byNode[leafNodes[j]] = nor[j];
        // data availability (docs/methods.md, screening): the share of the index weight whose leaves
        // are present; below the screen's minimum a unit keeps its scores but is not ranked or tiered
        String[] notes = new String[m];
        double[] present = new double[m];
        for (int u = 0; u < m; u++) {
            List<String> survey = new ArrayList<>();
            List<String> unsent = new ArrayList<>();
            String thin = null;
            for (int j = 0; j < l; j++) {
                if (!active[leafNodes[j]]) continue;
                if (!Double.isNaN(nor[j][u])) {
                    present[u] += globalWeight[leafNodes[j]];
                    continue;
                }
                String why = dataColumns[j] < 0 ? null : data.missingWhy(unitRows.get(u), dataColumns[j]);
                String label = fw.node(leafNodes[j]).id() + " " + fw.node(leafNodes[j]).displayName();
                if (why != null && why.startsWith("样本不足")) {
                    survey.add(label);
                    thin = why;
                } else {
                    unsent.add(label + (why == null ? "" : "（" + why + "）"));
                }
            }
            List<String> parts = new ArrayList<>();
            if (settings.minShare() > 0 && present[u] < settings.minShare() - 1e-12) {
                parts.add("不参与排名（数据不足：缺失指标权重合计" + percent(1 - present[u]) + "）");
            }
            if (thin != null) parts.add(thin + "，满意度指标未计入");
            if (!unsent.isEmpty()) parts.add("缺失指标：" + String.join("、", unsent));
            notes[u] = String.join("；", parts);
        }
        int[][] nodeRanks = new int[n][];
        // nodes rank independently: a national pool's 50 columns of 40,000 share the cores
        IntStream nodes = IntStream.range(0, n);
        (m >= PARALLEL_RANKING ? nodes.parallel() : nodes).forEach(i -> {
            if (byNode[i] != null) nodeRanks[i] = Ranker.rank(i == 0 ? screened(byNode[0], present, settings.minShare()) : byNode[i]);
        });
        int[][] ranks = new int[m][];
        for (int u = 0; u < m; u++) {
            int[] row = new int[n];
            for (int i = 0; i < n; i++) if (nodeRanks[i] != null) row[i] = nodeRanks[i][u];
            ranks[u] = row;
        }
        double[] index = new double[m];
        int[] indexRanks = new int[m];
        for (int u = 0; u < m; u++) {
            index[u] = scores[u][0];
            indexRanks[u] = ranks[u][0];
        }
        TierSpec tierSpec = settings.tiers();
        ScoreScale indexScale = indexScale(fw, settings, active);
        if (!tierSpec.appliesTo(indexScale)) {
            problems.add(Problem.coded(Severity.INFO, null, 0, 0, null, fw.node(0).id(), "tiers.scale-mismatch",
                    tierSpec.scale().label(), indexScale == null ? Text.of("scale.none")
                            : Text.of("scale.on", indexScale.label())));
            tierSpec = TierSpec.NONE;
        }
        String[] tiers = TierAssigner.assign(tierSpec, screened(index, present, settings.minShare()), indexRanks);
        return new PoolResult(pool, List.copyOf(units), leafNodes, active, localWeight, globalWeight, raw, den, imp,
                tre, nor, scores, ranks, tiers, List.copyOf(adjustments), List.copyOf(problems), notes);
    }

    /** The index scores with those of units below the availability screen taken out (NaN: no rank, no tier). */
    private static double[] screened(double[] index, double[] present, double minShare) {
        if (!(minShare > 0)) return index;
        double[] out = index.clone();
        for (int u = 0; u < out.length; u++) if (present[u] < minShare - 1e-12) out[u] = Double.NaN;
        return out;
    }

    private static String percent(double share) {
        return BigDecimal.valueOf(Math.round(share * 1000) / 10.0).stripTrailingZeros().toPlainString() + "%";
    }

    /** Aggregations whose result lies between the smallest and largest of what they aggregate. */
    private static final Set<String> MEANS = Set.of("arithmetic", "geometric", "harmonic", "generalised",
            "median");

    /**
     * The scale of the index scores: the run's normalisation scale, kept by every aggregation that
     * is a mean; null when a method has no fixed scale or an aggregation leaves it (Copeland, MPI).
     */
    static ScoreScale indexScale(Framework fw, Settings settings, boolean[] active) {
        for (int i = 0; i < fw.size(); i++) {
            Node n = fw.node(i);
            if (n.isLeaf() || !active[i]) continue;
            MethodSpec as = n.aggregate() != null ? n.aggregate() : settings.aggregate();
            if (!MEANS.contains(as.method())) return null;
        }
        return settings.normalise().scale();
    }

    /** Efficacy scored against a base period's fixed benchmarks (docs/methods.md, comparable mode). */
    private static boolean isBase(MethodSpec ns) {
        return ns.method().equals("efficacy") && "base".equals(ns.text("benchmarks"));
    }

    private static boolean isDeduction(Node leaf) {
        return leaf.normalise() != null && leaf.normalise().method().equals("deduction");
    }

    /** A leaf method whose scores cannot share the run's scale; the message names both. */
    static final class ScaleMismatch extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        ScaleMismatch(String message) {
            super(message);
        }
    }

    /**
     * The normaliser of one leaf under the run's method, made once per method spec (docs/methods.md,
     * one scale per run): the run's own; a 扣分制 leaf's deduction moved onto the run's scale, or, when
     * the run's method has no fixed scale (z-scores, ranks), the run's method on the event counts
     * like any other leaf; another method of the leaf's own only when it gives the run's scale.
     */
    static Normaliser leafNormaliser(Node leaf, MethodSpec run, Map<MethodSpec, Normaliser> made) {
        MethodSpec own = leaf.normalise();
        if (own == null) return made.computeIfAbsent(run, Normalisers::create);
        ScoreScale runScale = run.scale();
        ScoreScale ownScale = own.scale();
        if (own.method().equals("deduction")) {
            if (runScale == null) return made.computeIfAbsent(run, Normalisers::create);
            return made.computeIfAbsent(own, o -> new RescaledNormaliser(Normalisers.create(o), ownScale, runScale));
        }
        if (ownScale == null ? runScale != null : !ownScale.equals(runScale)) {
            throw new ScaleMismatch(Text.of("scale.mismatch", own.method(),
                    ownScale == null ? Text.of("scale.none") : ownScale.label(), run.method(),
                    runScale == null ? Text.of("scale.none") : runScale.label()));
        }
        return made.computeIfAbsent(own, Normalisers::create);
    }

    /** Weights renormalised over the nodes active in the pool, and their products down the tree. */
    static void poolWeights(Framework fw, boolean[] active, double[] local, double[] global) {
        global[0] = 1;
        local[0] = 1;
        for (int i = 0; i < fw.size(); i++) {
            double sum = 0;
            for (int c : fw.children(i)) if (active[c]) sum += fw.node(c).weight();
            for (int c : fw.children(i)) {
                local[c] = active[c] && sum > 0 ? fw.node(c).weight() / sum : 0;
                global[c] = global[i] * local[c];
            }
        }
    }

    /** Each node's weight as written (or overlaid), by framework position. */
    static double[] nodeWeights(Framework fw) {
        double[] w = new double[fw.size()];
        for (int i = 0; i < w.length; i++) w[i] = fw.node(i).weight();
        return w;
    }

    /**
     * Fills the aggregate columns of {@code scores} bottom-up from its leaf columns, with the
     * given node weights (shared with {@link Reaggregator}, so what-if runs aggregate exactly as a run does).
     */
    static void aggregate(Framework fw, double[] weights, Settings settings, String pool, List<UnitRecord> units,
                          boolean[] active, double[][] scores, List<Problem> problems) {
        int m = units.size();
        double threshold = settings.missingThreshold();
        Map<MethodSpec, Aggregator> aggregators = new IdentityHashMap<>();
        if (RowAggregation.applies(fw, settings, active, aggregators)) {
            RowAggregation.run(fw, weights, settings, pool, units, active, scores, problems, aggregators,
                    m >= PARALLEL_RANKING);
            return;
        }
        // reverse pre-order visits every child before its parent
        for (int i = fw.size() - 1; i >= 0; i--) {
            Node node = fw.node(i);
            if (node.isLeaf() || !active[i]) continue;
            int[] all = fw.children(i);
            int k = 0;
            for (int c : all) if (active[c]) k++;
            int[] ch = new int[k];
            double[] w = new double[k];
            k = 0;
            for (int c : all) {
                if (active[c]) {
                    ch[k] = c;
                    w[k++] = weights[c];
                }
            }
            double[][] v = new double[m][k];
            for (int u = 0; u < m; u++) for (int j = 0; j < k; j++) v[u][j] = scores[u][ch[j]];
            MethodSpec as = node.aggregate() != null ? node.aggregate() : settings.aggregate();
            double[] out = new double[m];
            List<String> refused = new ArrayList<>();
            aggregators.computeIfAbsent(as, Aggregators::create).aggregate(v, w, out, u -> refused.add(units.get(u).code()));
            if (!refused.isEmpty()) problems.add(refusal(node, as, pool, refused));
            for (int u = 0; u < m; u++) {
                int present = 0;
                for (int j = 0; j < k; j++) if (!Double.isNaN(v[u][j])) present++;
                boolean enough = present > 0 && (double) present / k >= threshold;
                scores[u][i] = enough ? out[u] : Double.NaN;
            }
        }
    }

    /** The error for units whose values an aggregation method cannot take (e.g. geometric on zeros), by code. */
    static Problem refusal(Node node, MethodSpec as, String pool, List<String> refused) {
        return new Problem(Severity.ERROR, null, 0, 0, null, node.id(), Text.of("aggregate.refused", as.method(),
                String.valueOf(refused.size()), pool, String.join("、", refused), Aggregators.domain(as.method())));
    }

    /** A numeric unit attribute over the pool's units (NaN where absent). */
    static double[] column(List<UnitRecord> units, String attribute) {
        double[] c = new double[units.size()];
        for (int u = 0; u < c.length; u++) c[u] = units.get(u).number(attribute);
        return c;
    }
}
