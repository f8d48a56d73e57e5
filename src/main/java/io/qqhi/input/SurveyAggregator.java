package io.qqhi.input;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import io.qqhi.framework.Text;
import io.qqhi.framework.SurveySpec;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Screens questionnaires and turns them into per-unit item scores (docs/methods.md, survey):
 * <ul>
 * <li>screening: a respondent who answered nothing is removed; one who gave the same answer to
 * every item (straight-lining) is flagged and kept, or removed with {@code straightline: drop};
 * both are logged;</li>
 * <li>weights: none by default (w = 1, the answers as given, as 工商联 surveys report); with
 * {@code weighting: size} post-stratification by size class to the frame,
 * w_h = (N_h/N)/(n_h/n) over the classes present in the unit's sample, capped;</li>
 * <li>per item: n, Kish's effective n = (Σw)²/Σw², weighted mean of the mapped scores with a 95 %
 * t interval on the effective n, weighted 满意率 with a 95 % Wilson interval on the effective n;
 * an effective n below min_sample → no score;</li>
 * <li>Cronbach's α = k/(k−1)·(1 − Σ s²_i / s²_T) over respondents who answered every item,
 * sample variances of the mapped scores, unweighted.</li>
 * </ul>
 */
public final class SurveyAggregator {
    /** The normal quantile of a two-sided 95 % interval. */
    static final double Z95 = 1.959963984540054;

    private SurveyAggregator() {
    }

    public static SurveyResult aggregate(SurveySpec spec, List<String> itemIds, SurveyResponses r, SurveyFrame frame,
                                         String file, List<SurveyResult.ScreeningEntry> screening) {
        int k = itemIds.size();
        int m = r.units.size();
        int classes = r.sizeClasses.size();
        Tallies t = new Tallies(m, classes, k, spec);
        for (int i = 0; i < r.count; i++) {
            String why = t.add(r.answers, i * k, r.unit[i], r.sizeClass[i]);
            if (why != null) {
                boolean removed = !why.startsWith(Tallies.FLAGGED);
                screening.add(new SurveyResult.ScreeningEntry(file, r.line[i], r.id(i), r.units.get(r.unit[i]),
                        removed ? why : why.substring(Tallies.FLAGGED.length()), removed));
            }
        }
        int[] respondents = new int[m];
        double[][] weight = weights(spec, r, frame, t.respondents, respondents);
        int[][] n = new int[m][k];
        double[][] nEff = new double[m][k];
        double[][] mean = new double[m][k];
        double[][] answerMean = new double[m][k];
        double[][] meanLow = new double[m][k];
        double[][] meanHigh = new double[m][k];
        double[][] satisfied = new double[m][k];
        double[][] satLow = new double[m][k];
        double[][] satHigh = new double[m][k];
        for (int u = 0; u < m; u++) {
            for (int j = 0; j < k; j++) {
                // Σ_i w_h(i)·x_i = Σ_h w_h·(Σ_{i in h} x_i): the weights depend on the size class only
                double w1 = 0;
                double w2 = 0;
                double sx = 0;
                double sxx = 0;
                double sa = 0;
                double sat = 0;
                for (int h = 0; h < classes; h++) {
                    int cell = (u * classes + h) * k + j;
                    double w = weight[u][h];
                    n[u][j] += t.count[cell];
                    w1 += w * t.count[cell];
                    w2 += w * w * t.count[cell];
                    sx += w * t.sum[cell];
                    sxx += w * t.sumSq[cell];
                    sa += w * t.answerSum[cell];
                    sat += w * t.satisfied[cell];
                }
                double ne = w2 > 0 ? w1 * w1 / w2 : 0;
                nEff[u][j] = ne;
                boolean enough = ne >= spec.minSample() - 1e-9 && w1 > 0;
                double mu = w1 > 0 ? sx / w1 : Double.NaN;
                mean[u][j] = enough ? mu : Double.NaN;
                answerMean[u][j] = w1 > 0 ? sa / w1 : Double.NaN;
                double p = w1 > 0 ? sat / w1 : Double.NaN;
                satisfied[u][j] = w1 > 0 ? 100 * p : Double.NaN;
                double[] ci = meanInterval(mu, sxx, w1, w2, ne);
                meanLow[u][j] = ci[0];
                meanHigh[u][j] = ci[1];
                double[] wi = wilson(p, ne);
                satLow[u][j] = 100 * wi[0];
                satHigh[u][j] = 100 * wi[1];
            }
        }
        double[] alpha = new double[m];
        for (int u = 0; u < m; u++) {
            alpha[u] = alpha(k, t.complete[u], t.itemSum[u], t.itemSumSq[u], t.totSum[u], t.totSumSq[u]);
        }
        double overall = cronbach(spec, r, t, k);
        return new SurveyResult(r.units, List.copyOf(itemIds), n, nEff, mean, answerMean, meanLow, meanHigh, satisfied, satLow,
                satHigh, alpha, respondents, overall, t.kept, spec.weighted(), spec.minSample(), List.copyOf(screening),
                SurveyResult.positions(r.units));
    }

    /**
     * 95 % interval of a weighted mean: mean ± t(0.975, n_eff − 1)·s/√n_eff, s² the weighted variance
     * with the reliability-weights correction (Σw·x² − W·mean²)/(W − Σw²/W) (the sample variance
     * when every w = 1); NaN below two answers.
     */
    static double[] meanInterval(double mean, double sxx, double w1, double w2, double nEff) {
        if (!(nEff > 1) || !(w1 > 0) || w1 - w2 / w1 <= 0) return new double[] {Double.NaN, Double.NaN};
        double var = Math.max(0, (sxx - w1 * mean * mean) / (w1 - w2 / w1));
        double t = t975(nEff - 1);
        double half = t * Math.sqrt(var / nEff);
        return new double[] {mean - half, mean + half};
    }

    /** t(0.975, df) for whole df, each worked out once: the inverse CDF is an iterative solve, and 43,000 places × 7 items asked for it 300,000 times. */
    private static final ConcurrentHashMap<Integer, Double> T975 = new ConcurrentHashMap<>();

    static double t975(double df) {
        if (df == Math.rint(df) && df < 1_000_000) {
            return T975.computeIfAbsent((int) df, k -> new TDistribution(null, k).inverseCumulativeProbability(0.975));
        }
        return new TDistribution(null, df).inverseCumulativeProbability(0.975);
    }

    /** Wilson's 95 % score interval of a proportion p from n (here the effective n); NaN without answers. */
    static double[] wilson(double p, double n) {
        if (!(n > 0) || Double.isNaN(p)) return new double[] {Double.NaN, Double.NaN};
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /**
     * Everything the estimates need, gathered in one pass over the questionnaires: per unit × size
     * class × item the number of answers, their score sum and the satisfied count; per unit the
     * sums for Cronbach's α over complete questionnaires.
     */
    static final class Tallies {
        final int classes;
        final int k;
        final double[] score;
        final int satisfiedFrom;
        static final String FLAGGED = "flagged: ";
        final boolean dropStraightLining;
        final double[] answer;
        final int[] count;
        final double[] sum;
        final double[] sumSq;
        final double[] answerSum;
        final int[] satisfied;
        final int[][] respondents;
        final int[] complete;
        final double[][] itemSum;
        final double[][] itemSumSq;
        final double[] totSum;
        final double[] totSumSq;
        int kept;

        Tallies(int m, int classes, int k, SurveySpec spec) {
            this.classes = classes;
            this.k = k;
            score = new double[spec.points() + 1];
            for (int a = 1; a <= spec.points(); a++) score[a] = spec.score(a);
            satisfiedFrom = spec.satisfiedFrom();
            dropStraightLining = spec.dropStraightLining();
            answer = new double[spec.points() + 1];
            for (int a = 1; a <= spec.points(); a++) answer[a] = a;
            count = new int[m * classes * k];
            sum = new double[m * classes * k];
            sumSq = new double[m * classes * k];
            answerSum = new double[m * classes * k];
            satisfied = new int[m * classes * k];
            respondents = new int[m][classes];
            complete = new int[m];
            itemSum = new double[m][k];
            itemSumSq = new double[m][k];
            totSum = new double[m];
            totSumSq = new double[m];
        }

        /**
         * Adds one questionnaire, or returns why screening removes it (no answer; straight-lining with
         * drop); a flagged one is added and its reason returned after {@link #FLAGGED}.
         */
        String add(byte[] a, int base, int u, int h) {
            int answered = 0;
            int first = 0;
            boolean same = true;
            for (int j = 0; j < k; j++) {
                int x = a[base + j];
                if (x == 0) continue;
                if (answered == 0) first = x;
                else if (x != first) same = false;
                answered++;
            }
            if (answered == 0) return Text.of("survey.answered-none");
            String flag = null;
            if (k > 2 && answered == k && same) {
                String why = Text.of("survey.straight-lining", String.valueOf(first), String.valueOf(k));
                if (dropStraightLining) return why;
                flag = FLAGGED + why;
            }
            kept++;
            respondents[u][h]++;
            int cell = (u * classes + h) * k;
            double t = 0;
            for (int j = 0; j < k; j++) {
                int x = a[base + j];
                if (x == 0) continue;
                count[cell + j]++;
                sum[cell + j] += score[x];
                sumSq[cell + j] += score[x] * score[x];
                answerSum[cell + j] += answer[x];
                if (x >= satisfiedFrom) satisfied[cell + j]++;
                t += score[x];
            }
            if (answered == k) {
                complete[u]++;
                for (int j = 0; j < k; j++) {
                    double s = score[a[base + j]];
                    itemSum[u][j] += s;
                    itemSumSq[u][j] += s * s;
                }
                totSum[u] += t;
                totSumSq[u] += t * t;
            }
            return flag;
        }
    }

    /** α over the complete questionnaires of all units together. */
    static double cronbach(SurveySpec spec, SurveyResponses r, Tallies t, int k) {
        double[] sum = new double[k];
        double[] sumSq = new double[k];
        double tot = 0;
        double totSq = 0;
        int n = 0;
        for (int u = 0; u < t.complete.length; u++) {
            n += t.complete[u];
            for (int j = 0; j < k; j++) {
                sum[j] += t.itemSum[u][j];
                sumSq[j] += t.itemSumSq[u][j];
            }
            tot += t.totSum[u];
            totSq += t.totSumSq[u];
        }
        return alpha(k, n, sum, sumSq, tot, totSq);
    }

    /** The weight of each unit × size class (1 unweighted; post-stratified and capped by size); also counts kept respondents. */
    static double[][] weights(SurveySpec spec, SurveyResponses r, SurveyFrame frame, int[][] nh, int[] respondents) {
        int m = r.units.size();
        int classes = r.sizeClasses.size();
        for (int u = 0; u < m; u++) for (int h = 0; h < classes; h++) respondents[u] += nh[u][h];
        double[][] weight = new double[m][classes];
        if (!spec.weighted()) {
            for (double[] row : weight) Arrays.fill(row, 1);
            return weight;
        }
        for (int u = 0; u < m; u++) {
            String unit = r.units.get(u);
            double bigN = 0;
            boolean framed = frame.hasUnit(unit);
            for (int h = 0; h < classes; h++) {
                if (nh[u][h] > 0) {
                    double f = frame.firms(unit, r.sizeClasses.get(h));
                    if (!Double.isNaN(f)) bigN += f;
                }
            }
            for (int h = 0; h < classes; h++) {
                if (nh[u][h] == 0) continue;
                double f = frame.firms(unit, r.sizeClasses.get(h));
                if (!framed || !(bigN > 0) || Double.isNaN(f)) {
                    weight[u][h] = 1;
                } else {
                    double w = (f / bigN) / ((double) nh[u][h] / respondents[u]);
                    weight[u][h] = Math.min(w, spec.weightCap());
                }
            }
        }
        return weight;
    }

    static double alpha(int k, int n, double[] sum, double[] sumSq, double tot, double totSq) {
        if (k < 2 || n < 2) return Double.NaN;
        double itemVar = 0;
        for (int j = 0; j < k; j++) itemVar += (sumSq[j] - sum[j] * sum[j] / n) / (n - 1);
        double totalVar = (totSq - tot * tot / n) / (n - 1);
        if (!(totalVar > 0)) return Double.NaN;
        return (double) k / (k - 1) * (1 - itemVar / totalVar);
    }

}
