package io.qqhi.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qqhi.framework.Problems;
import io.qqhi.framework.SurveySpec;

/** Survey weights, means, 满意率 and Cronbach's α against values computed by hand. */
class SurveyAggregatorTest {
    /** Weighted by size (post-stratified, capped), straight-lining flagged. */
    static SurveySpec spec(int minSample, double cap) {
        return new SurveySpec(List.of(), 5, new double[] {20, 40, 60, 80, 100}, List.of(), minSample, cap, 4, "size", false, 0);
    }

    static SurveySpec unweighted(int minSample, boolean dropStraightLining) {
        return new SurveySpec(List.of(), 5, new double[] {20, 40, 60, 80, 100}, List.of(), minSample, 5, 4, "none",
                dropStraightLining, 0);
    }

    static SurveyFrame frame(Path dir) throws Exception {
        Path units = dir.resolve("units.csv");
        Files.writeString(units, "code,name,pool\nU,甲,district\n");
        Path f = dir.resolve("frame.csv");
        Files.writeString(f, "unit,size_class,firms\nU,大型,10\nU,小型,90\n");
        Problems p = new Problems();
        return SurveyFrame.read(f, UnitRegistry.read(units, "auto", io.qqhi.framework.Pool.DEFAULTS, p), "auto", p);
    }

    /**
     * r1 大型 (5, 4), r2 小型 (3, 3), r3 小型 (4, —). n_大 = 1, n_小 = 2, N = 100:
     * w_大 = (10/100)/(1/3) = 0.3, w_小 = (90/100)/(2/3) = 1.35.
     * item 1: (0.3·100 + 1.35·60 + 1.35·80)/3 = 73; 满意率 (0.3 + 1.35)/3 = 55 %.
     * item 2: (0.3·80 + 1.35·60)/1.65 = 63.6363…; 满意率 0.3/1.65 = 18.1818… %.
     * α over complete answers r1, r2: s²₁ = 800, s²₂ = 200, s²_T = 1800 → 2·(1 − 1000/1800) = 0.8889.
     */
    @Test
    void weightedMeansSatisfactionAndAlphaByHand(@TempDir Path dir) throws Exception {
        SurveyResponses r = new SurveyResponses(List.of("U"), List.of("大型", "小型"), 2);
        r.add("r1", 0, 0, 2, new byte[] {5, 4});
        r.add("r2", 0, 1, 3, new byte[] {3, 3});
        r.add("r3", 0, 1, 4, new byte[] {4, 0});
        SurveyResult s = SurveyAggregator.aggregate(spec(1, 5), List.of("S1", "S2"), r, frame(dir), "f", new ArrayList<>());
        assertEquals(73, s.mean()[0][0], 1e-12);
        assertEquals(105 / 1.65, s.mean()[0][1], 1e-12);
        assertEquals(55, s.satisfied()[0][0], 1e-12);
        assertEquals(100 * 0.3 / 1.65, s.satisfied()[0][1], 1e-12);
        assertEquals(3, s.n()[0][0]);
        assertEquals(2, s.n()[0][1]);
        assertEquals(2 * (1 - 1000.0 / 1800), s.alpha()[0], 1e-12);
        // Kish: item 1, Σw = 0.3 + 2·1.35 = 3, Σw² = 0.09 + 2·1.8225 = 3.735 → n_eff = 9/3.735
        assertEquals(9 / 3.735, s.nEff()[0][0], 1e-12);
        assertEquals(3.65, s.answerMean()[0][0], 1e-12, "(0.3·5 + 1.35·3 + 1.35·4)/3 = 10.95/3");
    }

    /**
     * Unweighted, ten answers to one item: eight 4s (80) and two 2s (40). Mean 72; sample variance
     * (8·8² + 2·32²)/9 = 284.44, s = 16.865, s/√10 = 5.3333, t(0.975, 9) = 2.262157 → 72 ± 12.0648.
     * 满意率 8/10 = 80 %, Wilson 95 % (z = 1.96): centre (0.8 + 0.19208)/1.38416 = 0.71674, half
     * 1.96·√(0.016 + 0.009604)/1.38416 = 0.22658 → [49.02 %, 94.33 %] (the textbook interval for 8/10).
     */
    @Test
    void intervalsOfAnUnweightedItemByHand(@TempDir Path dir) throws Exception {
        SurveyResponses r = new SurveyResponses(List.of("U"), List.of("大型", "小型"), 1);
        for (int i = 0; i < 10; i++) r.add("r" + i, 0, i % 2, 2 + i, new byte[] {(byte) (i < 8 ? 4 : 2)});
        SurveyResult s = SurveyAggregator.aggregate(unweighted(10, false), List.of("S1"), r, frame(dir), "f", new ArrayList<>());
        assertEquals(10, s.nEff()[0][0], 1e-12, "unweighted: the effective n is n");
        assertEquals(72, s.mean()[0][0], 1e-12);
        assertEquals(72 - 12.0648, s.meanLow()[0][0], 1e-3);
        assertEquals(72 + 12.0648, s.meanHigh()[0][0], 1e-3);
        assertEquals(80, s.satisfied()[0][0], 1e-12);
        assertEquals(49.02, s.satisfiedLow()[0][0], 0.01);
        assertEquals(94.33, s.satisfiedHigh()[0][0], 0.01);
        SurveyResult eleven = SurveyAggregator.aggregate(unweighted(11, false), List.of("S1"), r, frame(dir), "f", new ArrayList<>());
        assertTrue(Double.isNaN(eleven.mean()[0][0]), "an effective sample of 10 is below 11");
    }

    @Test
    void weightsAreCappedAndSmallSamplesGiveNoScore(@TempDir Path dir) throws Exception {
        SurveyResponses r = new SurveyResponses(List.of("U"), List.of("大型", "小型"), 2);
        r.add("r1", 0, 0, 2, new byte[] {5, 4});
        r.add("r2", 0, 1, 3, new byte[] {3, 3});
        r.add("r3", 0, 1, 4, new byte[] {4, 0});
        // cap 1.2: w_小 = 1.2 → item 1 = (30 + 72 + 96)/2.7
        SurveyResult capped = SurveyAggregator.aggregate(spec(1, 1.2), List.of("S1", "S2"), r, frame(dir), "f", new ArrayList<>());
        assertEquals(198 / 2.7, capped.mean()[0][0], 1e-12);
        // the minimum applies to the effective n: item 1 n_eff = 9/3.735 = 2.41, item 2 (0.3, 1.35):
        // 1.65²/(0.09 + 1.8225) = 1.42, so a minimum of 2 keeps item 1 only
        SurveyResult thin = SurveyAggregator.aggregate(spec(2, 5), List.of("S1", "S2"), r, frame(dir), "f", new ArrayList<>());
        assertEquals(73, thin.mean()[0][0], 1e-12);
        assertTrue(Double.isNaN(thin.mean()[0][1]), "an effective n of 1.42 is below the minimum of 2: no score");
    }

    @Test
    void straightLiningIsFlaggedAndKeptUnlessDroppedAndEmptyQuestionnairesGo(@TempDir Path dir) throws Exception {
        SurveyResponses r = new SurveyResponses(List.of("U"), List.of("大型", "小型"), 3);
        r.add("keep", 0, 0, 2, new byte[] {5, 4, 4});
        r.add("flat", 0, 1, 3, new byte[] {5, 5, 5});
        r.add("none", 0, 1, 4, new byte[] {0, 0, 0});
        r.add("part", 0, 1, 5, new byte[] {5, 5, 0});
        SurveyResult s = SurveyAggregator.aggregate(unweighted(1, false), List.of("S1", "S2", "S3"), r, frame(dir), "f",
                new ArrayList<>());
        assertEquals(3, s.kept(), "a uniform questionnaire is kept by default");
        assertEquals(List.of("none"), s.removed().stream().map(SurveyResult.ScreeningEntry::respondent).toList());
        assertEquals(List.of("flat", "none"), s.screening().stream().map(SurveyResult.ScreeningEntry::respondent).toList());
        assertTrue(s.screening().get(0).reason().contains("直线作答") && !s.screening().get(0).removed());
        SurveyResult dropped = SurveyAggregator.aggregate(unweighted(1, true), List.of("S1", "S2", "S3"), r, frame(dir), "f",
                new ArrayList<>());
        assertEquals(2, dropped.kept());
        assertEquals(List.of("flat", "none"), dropped.removed().stream().map(SurveyResult.ScreeningEntry::respondent).toList());
    }
}
