package io.qqhi.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.qqhi.compute.AsemReferenceTest;
import io.qqhi.compute.IndexResult;
import io.qqhi.compute.Pipeline;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.framework.SensitivitySpec;
import io.qqhi.input.Dataset;

class UncertaintyAnalysisTest {
    static final SensitivitySpec EVERYTHING = new SensitivitySpec("ua", 10, 7, 0.25, List.of(), true, 50,
            List.of("minmax", "zscore", "rank"), List.of("arithmetic", "median"), true, true);

    /**
     * A replication re-aggregates precomputed leaves; it must rank exactly like a whole
     * Pipeline run with the same weights and settings — for every kind of factor at once.
     */
    @Test
    void aReplicationRanksLikeAWholeRunWithTheSameChoices() {
        Framework fw = AsemReferenceTest.framework();
        Dataset data = AsemReferenceTest.data(fw);
        UncertaintyAnalysis ua = new UncertaintyAnalysis(fw, data, fw.settings(), EVERYTHING);
        assertEquals(List.of("weights level 1", "weights level 2", "weights level 3", "normalisation", "aggregation",
                "imputation", "leave one leaf out"), ua.factors());
        SplittableRandom r = new SplittableRandom(11);
        int differentFromNominal = 0;
        int[] nominal = ranks(Pipeline.run(fw, data, fw.settings()));
        for (int run = 0; run < 40; run++) {
            double[] u = new double[ua.factors().size()];
            for (int j = 0; j < u.length; j++) u[j] = r.nextDouble();
            UncertaintyAnalysis.Replication rep = ua.replication(u);
            Map<String, Double> w = new HashMap<>();
            for (int i = 0; i < fw.size(); i++) w.put(fw.node(i).id(), rep.weights()[i]);
            int[] whole = ranks(Pipeline.run(fw.withWeights(w), data, ua.fullSettings(rep)));
            int[] fast = ua.ranks(u);
            assertArrayEquals(whole, fast, "replication " + run);
            if (!java.util.Arrays.equals(fast, nominal)) differentFromNominal++;
        }
        assertNotEquals(0, differentFromNominal, "the factors must actually change the ranks");
    }

    /**
     * The default alternative is percentile ranks on the framework's own scale (docs/methods.md,
     * sensitivity): under 功效系数 60–100, prank 60–100; the framework's method is always the first
     * choice.
     */
    @Test
    void theDefaultAlternativeSharesTheFrameworksScale() {
        Framework fw = AsemReferenceTest.framework();
        UncertaintyAnalysis ua = new UncertaintyAnalysis(fw, AsemReferenceTest.data(fw),
                fw.settings().with("normalise.method", "efficacy"), SensitivitySpec.defaults());
        assertEquals(new io.qqhi.framework.ScoreScale(60, 100), ua.placed("prank").scale());
        assertEquals(new io.qqhi.framework.ScoreScale(60, 100), ua.placed("minmax").scale());
        assertEquals("efficacy", ua.normaliserChoices().get(0));
        assertEquals(List.of("efficacy", "prank"), ua.normaliserChoices());
    }

    @Test
    void defaultSpecIsOneWeightsInputAndTheNormaliserChoice() {
        Framework fw = AsemReferenceTest.framework();
        UncertaintyAnalysis ua = new UncertaintyAnalysis(fw, AsemReferenceTest.data(fw), fw.settings(), SensitivitySpec.defaults());
        assertEquals(List.of("weights", "normalisation"), ua.factors());
        // d = 2: the Saltelli design costs N·(d + 2) = 4,000 runs for N = 1,000
        assertEquals(40, ua.sensitivity(10, 1, 1).sobol().runs());
    }

    private static int[] ranks(IndexResult r) {
        int n = 0;
        for (PoolResult p : r.pools()) n += p.unitCount();
        int[] out = new int[n];
        int k = 0;
        for (PoolResult p : r.pools()) for (int u = 0; u < p.unitCount(); u++) out[k++] = p.ranks()[u][0];
        return out;
    }
}
