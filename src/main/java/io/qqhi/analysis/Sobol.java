package io.qqhi.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Variance-based sensitivity analysis of a model f: [0,1]^d → ℝ with the Saltelli design
 * (matrices A, B and the d matrices A_B^i: N·(d + 2) runs), first-order indices by Saltelli
 * (2010) S_i = mean(f(B)·(f(A_B^i) − f(A)))/V, total indices by Jansen (1999)
 * ST_i = mean((f(A) − f(A_B^i))²)/(2V), V the variance of f over A and B, and bootstrap 95 %
 * intervals. Deterministic for a seed: inputs are drawn up front, runs are stored by index.
 */
public final class Sobol {
    public record Result(double[] first, double[] total, double[][] firstCi, double[][] totalCi, int runs) {
        /**
         * Whether the estimates show too few runs (docs/methods.md, sensitivity): an index or an
         * interval bound outside [0, 1], or a first-order index above the total one — impossible for
         * the true indices, a sampling error of the estimators.
         */
        public boolean tooFewRuns() {
            for (int i = 0; i < first.length; i++) {
                if (first[i] > total[i] || outside(first[i]) || outside(total[i])) return true;
                for (double[] ci : new double[][] {firstCi[i], totalCi[i]}) if (outside(ci[0]) || outside(ci[1])) return true;
            }
            return false;
        }

        private static boolean outside(double v) {
            return v < 0 || v > 1;
        }
    }

    private Sobol() {
    }

    public static Result analyse(ToDoubleFunction<double[]> f, int d, int n, long seed, int bootstrap, int threads) {
        return analyse(f, d, n, seed, bootstrap, threads, done -> { });
    }

    /** With {@code progress} told the number of model runs done so far (from any thread). */
    public static Result analyse(ToDoubleFunction<double[]> f, int d, int n, long seed, int bootstrap, int threads,
                                 IntConsumer progress) {
        AtomicInteger done = new AtomicInteger();
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] a = new double[n][d];
        double[][] b = new double[n][d];
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < d; j++) a[r][j] = rnd.nextDouble();
            for (int j = 0; j < d; j++) b[r][j] = rnd.nextDouble();
        }
        int total = n * (d + 2);
        double[] y = new double[total];
        // run k: 0..n-1 → A, n..2n-1 → B, then block i → A with column i from B
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            pool.submit(() -> IntStream.range(0, total).parallel().forEach(k -> {
                y[k] = f.applyAsDouble(input(a, b, n, d, k));
                progress.accept(done.incrementAndGet());
            })).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e.getCause() == null ? e : e.getCause());
        } finally {
            pool.shutdown();
        }
        int[] all = IntStream.range(0, n).toArray();
        double[][] est = estimate(y, n, d, all);
        double[][] fs = new double[bootstrap][];
        double[][] ts = new double[bootstrap][];
        SplittableRandom boot = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
        for (int s = 0; s < bootstrap; s++) {
            int[] idx = new int[n];
            for (int r = 0; r < n; r++) idx[r] = boot.nextInt(n);
            double[][] e = estimate(y, n, d, idx);
            fs[s] = e[0];
            ts[s] = e[1];
        }
        return new Result(est[0], est[1], ci(fs, d), ci(ts, d), total);
    }

    private static double[] input(double[][] a, double[][] b, int n, int d, int k) {
        if (k < n) return a[k];
        if (k < 2 * n) return b[k - n];
        int i = (k - 2 * n) / n;
        int r = (k - 2 * n) % n;
        double[] x = a[r].clone();
        x[i] = b[r][i];
        return x;
    }

    /** {first-order, total} over the rows idx (with repeats for the bootstrap). */
    static double[][] estimate(double[] y, int n, int d, int[] idx) {
        double sum = 0;
        double sumSq = 0;
        for (int r : idx) {
            sum += y[r] + y[n + r];
            sumSq += y[r] * y[r] + y[n + r] * y[n + r];
        }
        int m = 2 * idx.length;
        double mean = sum / m;
        double v = sumSq / m - mean * mean;
        double[] first = new double[d];
        double[] tot = new double[d];
        for (int i = 0; i < d; i++) {
            double s1 = 0;
            double st = 0;
            for (int r : idx) {
                double ya = y[r];
                double yb = y[n + r];
                double yab = y[2 * n + i * n + r];
                s1 += yb * (yab - ya);
                st += (ya - yab) * (ya - yab);
            }
            first[i] = v > 0 ? s1 / idx.length / v : 0;
            tot[i] = v > 0 ? st / (2.0 * idx.length) / v : 0;
        }
        return new double[][] {first, tot};
    }

    private static double[][] ci(double[][] samples, int d) {
        double[][] out = new double[d][2];
        if (samples.length == 0) {
            for (double[] o : out) Arrays.fill(o, Double.NaN);
            return out;
        }
        for (int i = 0; i < d; i++) {
            double[] v = new double[samples.length];
            for (int s = 0; s < samples.length; s++) v[s] = samples[s][i];
            Arrays.sort(v);
            out[i][0] = v[(int) Math.floor(0.025 * (v.length - 1))];
            out[i][1] = v[(int) Math.ceil(0.975 * (v.length - 1))];
        }
        return out;
    }
}
