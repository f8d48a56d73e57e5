package io.qqhi.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.qqhi.framework.Framework;
import io.qqhi.framework.FrameworkLoader;
import io.qqhi.framework.Problems;
import io.qqhi.input.Dataset;
import io.qqhi.input.UnitRecord;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the engine over random data (jqwik). */
class PipelineProperties {
    static final Framework FW = load();

    static Framework load() {
        Problems p = new Problems();
        return new FrameworkLoader(p).loadText("p.yaml", """
                index: {id: X}
                method: {normalise: {method: minmax}}
                tree:
                  - id: A
                    weight: 2
                    children:
                      - {id: a1, weight: 1, direction: +}
                      - {id: a2, weight: 3, direction: '-'}
                  - id: B
                    weight: 1
                    children:
                      - {id: b1, weight: 1, direction: +}
                      - {id: b2, weight: 1, direction: +}
                      - {id: b3, weight: 2, direction: +}
                """);
    }

    @Provide
    Arbitrary<double[][]> tables() {
        Arbitrary<double[]> row = Arbitraries.doubles().between(0, 100).ofScale(2).array(double[].class).ofSize(5);
        return row.array(double[][].class).ofMinSize(3).ofMaxSize(12);
    }

    static PoolResult run(Framework fw, double[][] v) {
        List<UnitRecord> units = new ArrayList<>();
        for (int i = 0; i < v.length; i++) units.add(new UnitRecord("u" + i, null, null, "p", null, Map.of()));
        List<String> ids = List.of("a1", "a2", "b1", "b2", "b3");
        return Pipeline.run(fw, new Dataset("p", units, ids, v), fw.settings()).pools().get(0);
    }

    @Property(tries = 200)
    void improvingAPlusLeafNeverLowersTheUnitsIndex(@ForAll("tables") double[][] v, @ForAll @IntRange(min = 0, max = 11) int who,
                                                    @ForAll @DoubleRange(min = 0.01, max = 50) double gain) {
        int u = who % v.length;
        PoolResult p0 = run(FW, v);
        double[][] w = deepCopy(v);
        w[u][2] += gain; // b1 is a + leaf
        PoolResult p1 = run(FW, w);
        org.junit.jupiter.api.Assertions.assertTrue(p1.scores()[u][0] >= p0.scores()[u][0] - 1e-9,
                () -> p0.scores()[u][0] + " → " + p1.scores()[u][0]);
    }

    @Property(tries = 100)
    void permutingUnitsPermutesTheResults(@ForAll("tables") double[][] v, @ForAll long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < v.length; i++) order.add(i);
        Collections.shuffle(order, new java.util.Random(seed));
        double[][] w = new double[v.length][];
        for (int i = 0; i < v.length; i++) w[i] = v[order.get(i)].clone();
        PoolResult a = run(FW, v);
        PoolResult b = run(FW, w);
        for (int i = 0; i < v.length; i++) {
            for (int n = 0; n < FW.size(); n++) {
                assertEquals(a.scores()[order.get(i)][n], b.scores()[i][n], 1e-9);
                assertEquals(a.ranks()[order.get(i)][n], b.ranks()[i][n]);
            }
        }
    }

    @Property(tries = 100)
    void scalingSiblingWeightsChangesNothing(@ForAll("tables") double[][] v, @ForAll @DoubleRange(min = 0.1, max = 10) double k) {
        Framework scaled = FW.withWeights(Map.of("a1", 1 * k, "a2", 3 * k, "A", 2 * k, "B", 1 * k));
        PoolResult a = run(FW, v);
        PoolResult b = run(scaled, v);
        for (int i = 0; i < v.length; i++) {
            for (int n = 0; n < FW.size(); n++) assertEquals(a.scores()[i][n], b.scores()[i][n], 1e-9);
        }
    }

    static double[][] deepCopy(double[][] v) {
        double[][] w = new double[v.length][];
        for (int i = 0; i < v.length; i++) w[i] = v[i].clone();
        return w;
    }
}
