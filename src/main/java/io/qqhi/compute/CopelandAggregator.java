package io.qqhi.compute;

import java.util.function.IntConsumer;

/**
 * Copeland (docs/methods.md): for each pair of units a, b over the children present for both,
 * o_ab = (Σ w where a > b + ½ Σ w where equal) / Σ w; a's score = #{b: o_ab > ½} − #{b: o_ab < ½}.
 */
public final class CopelandAggregator implements Aggregator {
    @Override
    public void aggregate(double[][] values, double[] weights, double[] out, IntConsumer refused) {
        int m = values.length;
        int k = weights.length;
        for (int a = 0; a < m; a++) {
            boolean any = false;
            for (int j = 0; j < k; j++) any |= !Double.isNaN(values[a][j]);
            if (!any) {
                out[a] = Double.NaN;
                continue;
            }
            int score = 0;
            for (int b = 0; b < m; b++) {
                if (b == a) continue;
                double win = 0;
                double total = 0;
                for (int j = 0; j < k; j++) {
                    double x = values[a][j];
                    double y = values[b][j];
                    if (Double.isNaN(x) || Double.isNaN(y)) continue;
                    total += weights[j];
                    if (x > y) win += weights[j];
                    else if (x == y) win += weights[j] / 2;
                }
                if (total == 0) continue;
                double o = win / total;
                if (o > 0.5) score++;
                else if (o < 0.5) score--;
            }
            out[a] = score;
        }
    }
}
