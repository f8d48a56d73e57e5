package io.qqhi.input;

import java.util.ArrayList;
import java.util.List;

import io.qqhi.framework.SurveySpec;

/**
 * Screens questionnaires and turns them into per-unit item scores (domain §4):
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
        boolean[] keep = new boolean[r.count];
        for (int i = 0; i < r.count; i++) {
            int answered = 0;
            int first = 0;
            boolean same = true;
            for (int j = 0; j < k; j++) {
                int a = r.answer(i, j);
                if (a == 0) continue;
                if (answered == 0) first = a;
                else if (a != first) same = false;
                answered++;
            }
            String reason = null;
            if (answered == 0) reason = "answered no item";
            else if (k > 2 && answered == k && same) reason = "straight-lining: answered " + first + " to all " + k + " items";
            if (reason != null) {
                removed.add(new SurveyResult.ScreeningEntry(file, r.line[i], r.id[i], r.units.get(r.unit[i]), reason));
            } else {
                keep[i] = true;
            }
        }
        // sample counts per unit and size class
        int[][] nh = new int[m][classes];
        int[] respondents = new int[m];
        for (int i = 0; i < r.count; i++) {
            if (!keep[i]) continue;
            nh[r.unit[i]][r.sizeClass[i]]++;
            respondents[r.unit[i]]++;
        }
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
        int[][] n = new int[m][k];
        double[][] sumW = new double[m][k];
        double[][] sumWS = new double[m][k];
        double[][] sumWSat = new double[m][k];
        int kept = 0;
        for (int i = 0; i < r.count; i++) {
            if (!keep[i]) continue;
            kept++;
            int u = r.unit[i];
            double w = weight[u][r.sizeClass[i]];
            for (int j = 0; j < k; j++) {
                int a = r.answer(i, j);
                if (a == 0) continue;
                n[u][j]++;
                sumW[u][j] += w;
                sumWS[u][j] += w * spec.score(a);
                if (a >= spec.satisfiedFrom()) sumWSat[u][j] += w;
            }
        }
        double[][] mean = new double[m][k];
        double[][] satisfied = new double[m][k];
        for (int u = 0; u < m; u++) {
            for (int j = 0; j < k; j++) {
                boolean enough = n[u][j] >= spec.minSample() && sumW[u][j] > 0;
                mean[u][j] = enough ? sumWS[u][j] / sumW[u][j] : Double.NaN;
                satisfied[u][j] = enough ? 100 * sumWSat[u][j] / sumW[u][j] : Double.NaN;
            }
        }
        double[] alpha = new double[m];
        for (int u = 0; u < m; u++) alpha[u] = cronbach(spec, r, keep, u, k);
        double overall = cronbach(spec, r, keep, -1, k);
        return new SurveyResult(r.units, List.copyOf(itemIds), n, mean, satisfied, alpha, respondents, overall, kept,
                List.copyOf(new ArrayList<>(removed)));
    }

    /** α over complete answers of one unit (u ≥ 0) or of all units (u = −1); NaN below two respondents. */
    static double cronbach(SurveySpec spec, SurveyResponses r, boolean[] keep, int u, int k) {
        if (k < 2) return Double.NaN;
        double[] sum = new double[k];
        double[] sumSq = new double[k];
        double tot = 0;
        double totSq = 0;
        int n = 0;
        for (int i = 0; i < r.count; i++) {
            if (!keep[i] || (u >= 0 && r.unit[i] != u)) continue;
            boolean complete = true;
            for (int j = 0; j < k; j++) complete &= r.answer(i, j) != 0;
            if (!complete) continue;
            double t = 0;
            for (int j = 0; j < k; j++) {
                double s = spec.score(r.answer(i, j));
                sum[j] += s;
                sumSq[j] += s * s;
                t += s;
            }
            tot += t;
            totSq += t * t;
            n++;
        }
        if (n < 2) return Double.NaN;
        double itemVar = 0;
        for (int j = 0; j < k; j++) itemVar += (sumSq[j] - sum[j] * sum[j] / n) / (n - 1);
        double totalVar = (totSq - tot * tot / n) / (n - 1);
        if (!(totalVar > 0)) return Double.NaN;
        return (double) k / (k - 1) * (1 - itemVar / totalVar);
    }
}
