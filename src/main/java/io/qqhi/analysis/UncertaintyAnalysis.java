package io.qqhi.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import io.qqhi.compute.IndexResult;
import io.qqhi.compute.Pipeline;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.framework.Settings;
import io.qqhi.input.Dataset;

/**
 * Uncertainty and sensitivity of the ranks to the method choices (COINr's get_sensitivity in
 * spirit). Each uncertain input is a factor u ∈ [0, 1]: weights at one level (u picks one of 64
 * seeded perturbations, every weight of that level × U(1 − x, 1 + x)), the normalisation method,
 * the aggregation method, imputation (none / mean), and leaving one leaf out. Uncertainty analysis
 * samples all factors N times; sensitivity analysis runs the Saltelli design on the mean absolute
 * rank shift against the nominal ranks. Deterministic for a seed whatever the thread count.
 */
public final class UncertaintyAnalysis {
    static final int PERTURBATIONS = 64;

    /** What is uncertain. Empty method lists leave that choice fixed. */
    public record Spec(double weightNoise, List<String> normalisers, List<String> aggregators, boolean imputation,
                       boolean leaveOneOut) {
        public static Spec defaults() {
            return new Spec(0.25, List.of("minmax", "zscore"), List.of(), false, false);
        }
    }

    public record UnitRanks(String pool, String unit, String name, int nominal, double median, double mean, int p5, int p95,
                            int[] counts) {
    }

    public record UaResult(List<UnitRanks> units, int runs) {
    }

    public record SaResult(List<String> factors, Sobol.Result sobol) {
    }

    private final Framework fw;
    private final Dataset data;
    private final Settings nominal;
    private final Spec spec;
    private final List<String> factors = new ArrayList<>();
    private final List<Integer> levels = new ArrayList<>();
    private final Map<Integer, double[][]> perturbations = new HashMap<>();
    private final IndexResult nominalResult;

    public UncertaintyAnalysis(Framework fw, Dataset data, Settings nominal, Spec spec, long seed) {
        this.fw = fw;
        this.data = data;
        this.nominal = nominal;
        this.spec = spec;
        int depth = fw.shape().length;
        SplittableRandom r = new SplittableRandom(seed * 31 + 17);
        if (spec.weightNoise() > 0) {
            for (int l = 1; l <= depth; l++) {
                levels.add(l);
                factors.add("weights level " + l);
                double[][] p = new double[PERTURBATIONS][fw.size()];
                for (double[] row : p) for (int i = 0; i < row.length; i++) row[i] = 1 - spec.weightNoise() + 2 * spec.weightNoise() * r.nextDouble();
                perturbations.put(l, p);
            }
        }
        if (spec.normalisers().size() > 1) factors.add("normalisation");
        if (spec.aggregators().size() > 1) factors.add("aggregation");
        if (spec.imputation()) factors.add("imputation");
        if (spec.leaveOneOut()) factors.add("leave one leaf out");
        this.nominalResult = Pipeline.run(fw, data, nominal);
    }

    public List<String> factors() {
        return factors;
    }

    /** One replication's index ranks, all pools concatenated in registry order (0 = no rank). */
    int[] ranks(double[] u) {
        Map<String, Double> w = new LinkedHashMap<>();
        Settings s = nominal;
        int f = 0;
        for (int l : levels) {
            double[] p = perturbations.get(l)[Math.min(PERTURBATIONS - 1, (int) (u[f++] * PERTURBATIONS))];
            for (int i = 1; i < fw.size(); i++) if (fw.depth(i) == l) w.put(fw.node(i).id(), fw.node(i).weight() * p[i]);
        }
        if (spec.normalisers().size() > 1) s = s.with("normalise.method", pick(spec.normalisers(), u[f++]));
        if (spec.aggregators().size() > 1) s = s.with("aggregate.method", pick(spec.aggregators(), u[f++]));
        if (spec.imputation()) s = s.with("impute.method", u[f++] < 0.5 ? "none" : "mean");
        if (spec.leaveOneOut()) {
            int[] leaves = fw.leaves();
            int k = Math.min(leaves.length, (int) (u[f++] * (leaves.length + 1)));
            if (k > 0) w.put(fw.node(leaves[k - 1]).id(), 0.0);
        }
        IndexResult r = Pipeline.run(w.isEmpty() ? fw : fw.withWeights(w), data, s);
        return indexRanks(r);
    }

    static String pick(List<String> options, double u) {
        return options.get(Math.min(options.size() - 1, (int) (u * options.size())));
    }

    private static int[] indexRanks(IndexResult r) {
        int n = 0;
        for (PoolResult p : r.pools()) n += p.unitCount();
        int[] out = new int[n];
        int k = 0;
        for (PoolResult p : r.pools()) for (int u = 0; u < p.unitCount(); u++) out[k++] = p.ranks()[u][0];
        return out;
    }

    public UaResult uncertainty(int runs, long seed, int threads, IntConsumer progress) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] inputs = new double[runs][factors.size()];
        for (double[] row : inputs) for (int j = 0; j < row.length; j++) row[j] = rnd.nextDouble();
        int[][] ranks = new int[runs][];
        AtomicInteger done = new AtomicInteger();
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(Math.max(1, threads));
        try {
            pool.submit(() -> IntStream.range(0, runs).parallel().forEach(i -> {
                ranks[i] = ranks(inputs[i]);
                progress.accept(done.incrementAndGet());
            })).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause() == null ? e : e.getCause());
        } finally {
            pool.shutdown();
        }
        int[] nominalRanks = indexRanks(nominalResult);
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
        int[] nominalRanks = indexRanks(nominalResult);
        Sobol.Result s = Sobol.analyse(u -> {
            int[] r = ranks(u);
            double shift = 0;
            for (int i = 0; i < r.length; i++) shift += Math.abs(r[i] - nominalRanks[i]);
            return shift / r.length;
        }, factors.size(), n, seed, 200, threads);
        return new SaResult(List.copyOf(factors), s);
    }
}
