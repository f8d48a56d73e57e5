package io.qqhi.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.qqhi.compute.Pipeline;
import io.qqhi.compute.Stats;
import io.qqhi.framework.Framework;
import io.qqhi.framework.FrameworkLoader;
import io.qqhi.framework.Problems;
import io.qqhi.input.Dataset;
import io.qqhi.input.UnitRecord;

/** Audit statistics against textbook and hand-worked values, missing values included. */
class AuditStatsTest {
    static final double NaN = Double.NaN;

    @Test
    void sampleAdjustedSkewAndKurtosisMatchTheSpreadsheetTextbookExample() {
        // Excel's SKEW and KURT documentation example: 0.359543 and −0.151800
        double[] x = {3, 4, 5, 2, 3, 4, 5, 6, 4, 7};
        assertEquals(0.359543071406798, Stats.skew(x), 1e-12);
        assertEquals(-0.151799637208414, Stats.kurtosis(x), 1e-12);
        // KURT({1,2,3,4}) = −1.2, SKEW = 0; a missing value is ignored
        assertEquals(-1.2, Stats.kurtosis(new double[] {1, 2, NaN, 3, 4}), 1e-12);
        assertEquals(0, Stats.skew(new double[] {1, 2, 3, 4}), 1e-12);
    }

    @Test
    void pearsonIsPairwiseComplete() {
        // pairs (1,2) (2,4) (3,5): Σdxdy = 3, Σdx² = 2, Σdy² = 14/3 → r = 3/√(28/3)
        double r = AuditStats.pearson(new double[] {1, 2, 3, NaN, 5}, new double[] {2, 4, 5, 7, NaN});
        assertEquals(3 / Math.sqrt(28.0 / 3), r, 1e-12);
    }

    @Test
    void cronbachUsesPairwiseCovariances() {
        // var a = 5/3 (4 values), var b = 7/3 (3 values), cov(a, b) = 7/3 over the 3 units with both
        // α = 2·(1 − 4/(5/3 + 7/3 + 2·7/3)) = 28/26
        double a = AuditStats.cronbach(new double[][] {{1, 2, 3, 4}, {2, NaN, 4, 5}});
        assertEquals(28.0 / 26, a, 1e-12);
        assertTrue(Double.isNaN(AuditStats.cronbach(new double[][] {{1, 2, 3}})));
    }

    @Test
    void firstComponentOfAKnownCorrelationMatrix() {
        // a and 2a (r = 1), c with r = −1/√5: λ1 = (3 + √(1 + 8/5))/2, share λ1/3 (numpy: 0.768742)
        AuditStats.Component pc = AuditStats.firstComponent(new double[][] {{1, 2, 3, 4}, {2, 4, 6, 8}, {1, -1, 1, -1}});
        assertEquals((3 + Math.sqrt(2.6)) / 2 / 3, pc.share(), 1e-12);
        assertEquals(0.63643021, pc.loadings()[0], 1e-7);
        assertEquals(0.63643021, pc.loadings()[1], 1e-7);
        assertEquals(-0.43579027, pc.loadings()[2], 1e-7);
        assertEquals(4, pc.n());
    }

    /**
     * Spearman with average ranks for ties, by hand: x = 1, 2, 2, 4 ranks 1, 2.5, 2.5, 4; y ranks 1..4;
     * Pearson r of the ranks = 4.5/√(4.5·5) = 0.9486833; a missing value drops its pair.
     */
    @Test
    void spearmanGivesTiesTheirAverageRank() {
        assertEquals(4.5 / Math.sqrt(4.5 * 5), AuditStats.spearman(new double[] {1, 2, 2, 4, NaN}, new double[] {10, 20, 30, 40, 50}),
                1e-12);
        assertTrue(Double.isNaN(AuditStats.spearman(new double[] {1, 2}, new double[] {1, 2})), "fewer than 3 pairs");
    }

    @Test
    void flagsAvailabilityAndNegativeCorrelationWithTheParent() {
        Problems p = new Problems();
        Framework fw = new FrameworkLoader(p).loadText("a.yaml", """
                index: {id: X}
                method: {normalise: {method: minmax}}
                tree:
                  - id: A
                    weight: 1
                    children:
                      - {id: a1, weight: 1, direction: +}
                      - {id: a2, weight: 1, direction: +}
                      - {id: a3, weight: 0.01, direction: +}
                """);
        // a3 moves against a1 and a2 and is present for 2 of 4 units (50 % < 65 %)
        double[][] v = {{1, 1, 9}, {2, 2, NaN}, {3, 3, 1}, {4, 4, NaN}};
        List<UnitRecord> units = new ArrayList<>();
        for (int i = 0; i < 4; i++) units.add(new UnitRecord("u" + i, null, null, "p", null, Map.of()));
        StatisticalAudit a = StatisticalAudit.of(Pipeline.run(fw, new Dataset("t", units, List.of("a1", "a2", "a3"), v), fw.settings()));
        StatisticalAudit.LeafStat a3 = a.leaves().stream().filter(l -> l.node().equals("a3")).findFirst().orElseThrow();
        assertEquals(0.5, a3.share(), 0);
        assertTrue(a3.flagAvailability());
        assertFalse(a.leaves().get(0).flagAvailability());
        assertTrue(a.correlations().stream().anyMatch(c -> c.a().equals("a3") && c.kind().equals("parent") && c.flag().equals("negative")));
        assertTrue(a.correlations().stream().anyMatch(c -> c.a().equals("a1") && c.b().equals("a2") && c.flag().equals("collinear")));
        assertEquals(2.0 / 3, a.units().get(1).overall(), 1e-12, "u1 has 2 of its 3 leaves");
        assertFalse(a.units().get(1).flag(), "2/3 is above 65 %");
        // effective weights: a3's nominal share 0.01/2.01 is under half an equal share (1/6)
        StatisticalAudit.EffectiveWeight e3 = a.effective().stream().filter(x -> x.node().equals("a3")).findFirst().orElseThrow();
        assertEquals(0.01 / 2.01, e3.globalWeight(), 1e-12);
        assertTrue(e3.barely());
        assertFalse(a.effective().get(0).barely(), "a1 carries 1/2.01 and moves with the index");
    }
}
