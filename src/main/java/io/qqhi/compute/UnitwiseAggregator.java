package io.qqhi.compute;

import java.util.function.IntConsumer;

/** An aggregator that scores each unit from its own present children only. */
abstract class UnitwiseAggregator implements Aggregator {

    /**
     * The score from {@code n} present values and their weights (renormalised to sum 1), or NaN
     * when the values are outside the method's domain.
     */
    abstract double combine(double[] v, double[] w, int n);

    /**
     * One unit's score from its row of scores: the children {@code ch} with their weights, exactly
     * as {@link #aggregate} scores a row of its matrix. {@code v} and {@code w} are scratch space of
     * at least ch.length; {@code present[0]} gets the number of children with a value and
     * {@code refusedFlag[0]} whether the method refused them.
     */
    final double one(double[] row, int[] ch, double[] weights, double[] v, double[] w, int[] present, boolean[] refusedFlag) {
        int n = 0;
        double sw = 0;
        for (int j = 0; j < ch.length; j++) {
            double x = row[ch[j]];
            if (!Double.isNaN(x)) {
                v[n] = x;
                w[n] = weights[j];
                sw += weights[j];
                n++;
            }
        }
        present[0] = n;
        refusedFlag[0] = false;
        if (n == 0 || !(sw > 0)) return Double.NaN;
        for (int j = 0; j < n; j++) w[j] /= sw;
        double r = combine(v, w, n);
        refusedFlag[0] = Double.isNaN(r);
        return r;
    }

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
