package io.qqhi.compute;

import java.util.function.IntConsumer;

/** An aggregator that scores each unit from its own present children only. */
abstract class UnitwiseAggregator implements Aggregator {

    /**
     * The score from {@code n} present values and their weights (renormalised to sum 1), or NaN
     * when the values are outside the method's domain.
     */
    abstract double combine(double[] v, double[] w, int n);

    @Override
    public void aggregate(double[][] values, double[] weights, double[] out, IntConsumer refused) {
        int k = weights.length;
        double[] v = new double[k];
        double[] w = new double[k];
        for (int u = 0; u < values.length; u++) {
            int n = 0;
            double sw = 0;
            for (int j = 0; j < k; j++) {
                double x = values[u][j];
                if (!Double.isNaN(x)) {
                    v[n] = x;
                    w[n] = weights[j];
                    sw += weights[j];
                    n++;
                }
            }
            if (n == 0 || !(sw > 0)) {
                out[u] = Double.NaN;
                continue;
            }
            for (int j = 0; j < n; j++) w[j] /= sw;
            double r = combine(v, w, n);
            if (Double.isNaN(r)) refused.accept(u);
            out[u] = r;
        }
    }
}
