package io.qqhi.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import io.qqhi.compute.IndexResult;
import io.qqhi.compute.Pipeline;
import io.qqhi.compute.PoolResult;
import io.qqhi.compute.Reaggregator;
import io.qqhi.framework.Framework;
import io.qqhi.framework.InputException;
import io.qqhi.framework.MethodCatalog;
import io.qqhi.framework.MethodSpec;
import io.qqhi.framework.ScoreScale;
import io.qqhi.framework.SensitivitySpec;
import io.qqhi.framework.Settings;
import io.qqhi.input.Dataset;

/**
 * Uncertainty and sensitivity of the ranks to the method choices (COINr's get_sensitivity in
 * spirit). Each uncertain input is a factor u ∈ [0, 1]: the weights (u picks one of K seeded
 * perturbation sets, every perturbed weight × U(1 − x, 1 + x); one input for all levels or one per
 * level), the normalisation method, the aggregation method, imputation (none / the one in force),
 * and leaving one leaf out. Uncertainty analysis samples all factors N times; sensitivity
 * analysis runs the Saltelli design on the mean absolute rank shift against the nominal ranks.
 * The leaf stages are computed once per normaliser × imputation choice; a replication only
 * re-aggregates and re-ranks. Deterministic for a seed whatever the thread count.
 */
public final class UncertaintyAnalysis {
    public record UnitRanks(String pool, String unit, String name, int nominal, double median, double mean, int p5, int p95,
                            int[] counts) {
        /** False for a place the run left unranked (不参与排名): it has no rank in any replication either. */
        public boolean ranked() {
            return nominal > 0;
        }
    }

    public record UaResult(List<UnitRanks> units, int runs) {
    }

    public record SaResult(List<String> factors, Sobol.Result sobol) {
    }

    /** One replication's choices: node weights by framework position and the settings in force. */
    record Replication(double[] weights, Settings settings, String normaliser, boolean imputed) {
    }

    private final Framework fw;
    private final Settings nominal;
    private final SensitivitySpec spec;
    private final List<String> factors = new ArrayList<>();
    /** Per weights factor: K sets of multipliers by node (1 where that factor does not perturb). */
    private final List<double[][]> weightSets = new ArrayList<>();
    private final List<String> normalisers;
    private final List<Settings> aggregations = new ArrayList<>();
    private final String imputeOn;
    private final Map<String, Reaggregator> prepared = new LinkedHashMap<>();
    private final IndexResult nominalResult;
    private final double[] nominalWeights;
    private final int[] nominalRanks;

    public UncertaintyAnalysis(Framework fw, Dataset data, Settings nominal, SensitivitySpec spec) {
        this.fw = fw;
        this.nominal = nominal;
        this.spec = spec;
        int depth = fw.shape().length;
        SplittableRandom r = new SplittableRandom(spec.seed() * 31 + 17);
        List<List<Integer>> groups = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        for (int l = 1; l <= depth; l++) if (spec.perturbs(l)) all.add(l);
        if (!all.isEmpty()) {
            if (spec.weightsByLevel()) for (int l : all) groups.add(List.of(l));
            else groups.add(all);
        }
        for (List<Integer> g : groups) {
            factors.add(g.size() == 1 && (spec.weightsByLevel() || depth > 1) ? "weights level " + g.get(0) : "weights");
            double[][] sets = new double[spec.weightSets()][fw.size()];
            for (double[] row : sets) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = i > 0 && g.contains(fw.depth(i)) ? 1 - spec.weightsNoise() + 2 * spec.weightsNoise() * r.nextDouble() : 1;
                }
            }
            weightSets.add(sets);
        }
        // the framework's own method is always one of the choices, first
        List<String> ns = new ArrayList<>();
        ns.add(nominal.normalise().method());
        for (String n : spec.normalisers()) if (!ns.contains(n)) ns.add(n);
        this.normalisers = List.copyOf(ns);
        if (normalisers.size() > 1) factors.add("normalisation");
        if (spec.aggregators().size() > 1) {
            factors.add("aggregation");
            for (String a : spec.aggregators()) aggregations.add(nominal.with("aggregate.method", a));
        } else {
            aggregations.add(spec.aggregators().isEmpty() ? nominal : nominal.with("aggregate.method", spec.aggregators().get(0)));
        }
        this.imputeOn = nominal.impute().method().equals("none") ? "mean" : nominal.impute().method();
        if (spec.imputation()) factors.add("imputation");
        if (spec.leaveOneOut()) factors.add("leave one leaf out");
        for (String n : normalisers) {
            for (boolean imputed : spec.imputation() ? new boolean[] {false, true} : new boolean[] {true}) {
                Settings s = leafSettings(n, imputed);
                IndexResult run = Pipeline.run(fw, data, s);
                if (run.hasErrors()) throw new InputException(InputException.DATA, run.problems());
                prepared.put(n + "|" + imputed, new Reaggregator(run));
            }
        }
        this.nominalResult = Pipeline.run(fw, data, nominal);
        Reaggregator nominalRun = new Reaggregator(nominalResult);
        this.nominalWeights = nominalRun.nominalWeights();
        this.nominalRanks = nominalRun.nominalRanks();
    }

    private Settings leafSettings(String normaliser, boolean imputed) {
        Settings s = normaliser.equals(nominal.normalise().method()) ? nominal : nominal.withSpec(placed(normaliser));
        if (spec.imputation()) s = s.with("impute.method", imputed ? imputeOn : "none");
        return s;
    }

    /**
     * An alternative normalisation on the framework's own scale where both have one (prank and
     * min-max on 60–100 beside 功效系数 60–100), so that every replication's scores, and the
     * deduction leaves moved onto them, read alike (docs/methods.md, sensitivity).
     */
    MethodSpec placed(String method) {
        ScoreScale to = nominal.normalise().scale();
        MethodCatalog.MethodDef d = MethodCatalog.def(MethodCatalog.Step.NORMALISE, method);
        Map<String, String> p = to == null || d == null || d.onScale() == null ? Map.of() : d.onScale().apply(to);
        return MethodSpec.of(MethodCatalog.Step.NORMALISE, method, p);
    }

    /** The normalisation methods a replication chooses from, the framework's own first. */
    public List<String> normaliserChoices() {
        return normalisers;
    }

    public List<String> factors() {
        return factors;
    }

    /** The choices that the factor values u make. */
    Replication replication(double[] u) {
        double[] w = nominalWeights.clone();
        int f = 0;
        for (double[][] sets : weightSets) {
            double[] p = sets[pickIndex(sets.length, u[f++])];
            for (int i = 0; i < w.length; i++) w[i] *= p[i];
        }
        String normaliser = normalisers.size() > 1 ? pick(normalisers, u[f++]) : normalisers.get(0);
        Settings s = aggregations.size() > 1 ? aggregations.get(pickIndex(aggregations.size(), u[f++])) : aggregations.get(0);
        boolean imputed = !spec.imputation() || u[f++] >= 0.5;
        if (spec.leaveOneOut()) {
            int[] leaves = fw.leaves();
            int k = pickIndex(leaves.length + 1, u[f++]);
            if (k > 0) w[leaves[k - 1]] = 0;
        }
        return new Replication(w, s, normaliser, imputed);
    }

    /** One replication's index ranks, all pools concatenated in registry order (0 = no rank). */
    int[] ranks(double[] u) {
        Replication rep = replication(u);
        return prepared.get(rep.normaliser() + "|" + rep.imputed()).indexRanks(rep.weights(), rep.settings());
    }

    /** The full settings a replication amounts to, for checking the fast path against a whole run. */
    Settings fullSettings(Replication rep) {
        Settings leaf = leafSettings(rep.normaliser(), rep.imputed());
        return leaf.with("aggregate.method", rep.settings().aggregate().method());
    }

    static int pickIndex(int options, double u) {
        return Math.min(options - 1, (int) (u * options));
    }

    static String pick(List<String> options, double u) {
        return options.get(pickIndex(options.size(), u));
    }

    public UaResult uncertainty(int runs, long seed, int threads, IntConsumer progress) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] inputs = new double[runs][factors.size()];
        for (double[] row : inputs) for (int j = 0; j < row.length; j++) row[j] = rnd.nextDouble();
        int[][] ranks = new int[runs][];
        AtomicInteger done = new AtomicInteger();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            pool.submit(() -> IntStream.range(0, runs).parallel().forEach(i -> {
                ranks[i] = ranks(inputs[i]);
                progress.accept(done.incrementAndGet());
            })).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e.getCause() == null ? e : e.getCause());
        } finally {
            pool.shutdown();
        }
        List<UnitRanks> out = new ArrayList<>();
        int k = 0;
        for (PoolResult p : nominalResult.pools()) {
            for (int u = 0; u < p.unitCount(); u++, k++) {
                int[] v = new int[runs];
                int[] counts = new int[p.unitCount() + 1];
                double sum = 0;
                for (int i = 0; i < runs; i++) {
                    v[i] = ranks[i][k];
                    counts[v[i]]++;
                    sum += v[i];
                }
                Arrays.sort(v);
                double median = runs % 2 == 1 ? v[runs / 2] : (v[runs / 2 - 1] + v[runs / 2]) / 2.0;
                out.add(new UnitRanks(p.pool(), p.units().get(u).code(), p.units().get(u).displayName(), nominalRanks[k], median,
                        sum / runs, v[(int) Math.floor(0.05 * (runs - 1))], v[(int) Math.ceil(0.95 * (runs - 1))], counts));
            }
        }
        return new UaResult(out, runs);
    }

    /** Sobol indices of every factor on the mean absolute rank shift from the nominal ranks. */
    public SaResult sensitivity(int n, long seed, int threads) {
        return sensitivity(n, seed, threads, done -> { });
    }

    /** The Sobol analysis with {@code progress} told the model runs done (N·(d + 2) in all). */
    public SaResult sensitivity(int n, long seed, int threads, IntConsumer progress) {
        Sobol.Result s = Sobol.analyse(u -> {
            int[] r = ranks(u);
            double shift = 0;
            for (int i = 0; i < r.length; i++) shift += Math.abs(r[i] - nominalRanks[i]);
            return shift / r.length;
        }, factors.size(), n, seed, 200, threads, progress);
        return new SaResult(List.copyOf(factors), s);
    }
}
