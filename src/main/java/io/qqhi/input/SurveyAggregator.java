package io.qqhi.input;

import java.util.ArrayList;
import java.util.List;

import io.qqhi.framework.SurveySpec;

/**
 * Screens questionnaires and turns them into per-unit item scores (docs/methods.md, survey):
 * <ul>
 * <li>screening: a respondent who answered nothing, or gave the same answer to every one of the k
 * items (straight-lining), is removed and logged;</li>
 * <li>post-stratification by size class: w_h = (N_h/N)/(n_h/n) over the classes present in the
 * unit's sample, capped at the survey's weight cap (w = 1 when the frame lacks the unit);</li>
 * <li>per item: weighted mean of the mapped scores and weighted 满意率 over valid answers;
 * fewer than min_sample valid answers → no score;</li>
 * <li>Cronbach's α = k/(k−1)·(1 − Σ s²_i / s²_T) over respondents who answered every item,
 * sample variances of the mapped scores, unweighted.</li>
 * </ul>
 */
public final class SurveyAggregator {
    private SurveyAggregator() {
    }

    public static SurveyResult aggregate(SurveySpec spec, List<String> itemIds, SurveyResponses r, SurveyFrame frame,
                                         String file, List<SurveyResult.ScreeningEntry> removed) {
        int k = itemIds.size();
        int m = r.units.size();
        int classes = r.sizeClasses.size();
        Tallies t = new Tallies(m, classes, k, spec);
        for (int i = 0; i < r.count; i++) {
            String reason = t.add(r.answers, i * k, r.unit[i], r.sizeClass[i]);
            if (reason != null) {
                removed.add(new SurveyResult.ScreeningEntry(file, r.line[i], r.id(i), r.units.get(r.unit[i]), reason));
            }
        }
        int[] respondents = new int[m];
        double[][] weight = weights(spec, r, frame, t.respondents, respondents);
        int[][] n = new int[m][k];
        double[][] mean = new double[m][k];
        double[][] satisfied = new double[m][k];
        for (int u = 0; u < m; u++) {
            for (int j = 0; j < k; j++) {
                // Σ_i w_h(i)·s_i = Σ_h w_h·(Σ_{i in h} s_i): the weights depend on the size class only
                double sw = 0;
                double sws = 0;
                double sat = 0;
                for (int h = 0; h < classes; h++) {
                    int cell = (u * classes + h) * k + j;
                    n[u][j] += t.count[cell];
                    sw += weight[u][h] * t.count[cell];
                    sws += weight[u][h] * t.sum[cell];
                    sat += weight[u][h] * t.satisfied[cell];
                }
                boolean enough = n[u][j] >= spec.minSample() && sw > 0;
                mean[u][j] = enough ? sws / sw : Double.NaN;
                satisfied[u][j] = enough ? 100 * sat / sw : Double.NaN;
            }
        }
        double[] alpha = new double[m];
        for (int u = 0; u < m; u++) {
            alpha[u] = alpha(k, t.complete[u], t.itemSum[u], t.itemSumSq[u], t.totSum[u], t.totSumSq[u]);
        }
        double overall = cronbach(spec, r, t, k);
        return new SurveyResult(r.units, List.copyOf(itemIds), n, mean, satisfied, alpha, respondents, overall,
                t.kept, List.copyOf(new ArrayList<>(removed)));
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
        final int[] count;
        final double[] sum;
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
            count = new int[m * classes * k];
            sum = new double[m * classes * k];
            satisfied = new int[m * classes * k];
            respondents = new int[m][classes];
            complete = new int[m];
            itemSum = new double[m][k];
            itemSumSq = new double[m][k];
            totSum = new double[m];
            totSumSq = new double[m];
        }

        /** Adds one questionnaire, or returns why screening removes it (no answer; straight-lining). */
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
            if (answered == 0) return "answered no item";
            if (k > 2 && answered == k && same) return "straight-lining: answered " + first + " to all " + k + " items";
            kept++;
            respondents[u][h]++;
            int cell = (u * classes + h) * k;
            double t = 0;
            for (int j = 0; j < k; j++) {
                int x = a[base + j];
                if (x == 0) continue;
                count[cell + j]++;
                sum[cell + j] += score[x];
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
            return null;
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

    /** Post-stratification weight of each unit × size class, capped; also counts kept respondents. */
    static double[][] weights(SurveySpec spec, SurveyResponses r, SurveyFrame frame, int[][] nh, int[] respondents) {
        int m = r.units.size();
        int classes = r.sizeClasses.size();
        for (int u = 0; u < m; u++) for (int h = 0; h < classes; h++) respondents[u] += nh[u][h];
        double[][] weight = new double[m][classes];
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
