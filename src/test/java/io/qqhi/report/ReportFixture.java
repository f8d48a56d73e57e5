package io.qqhi.report;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qqhi.analysis.PeriodComparison;
import io.qqhi.analysis.PreviousScores;
import io.qqhi.analysis.TwoWayLists;
import io.qqhi.compute.IndexResult;
import io.qqhi.compute.Pipeline;
import io.qqhi.framework.Framework;
import io.qqhi.framework.FrameworkLoader;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Text;
import io.qqhi.input.Dataset;
import io.qqhi.input.UnitRecord;

/**
 * A small fixed result that every report writer can be tested on without a data folder: five
 * districts, two dimensions of two leaves, min-max normalisation and equal weights. The values are
 * chosen so that every score is worked by hand: each leaf's values are evenly spaced, so 甲区 scores
 * 100, 乙区 75, 丙区 50, 丁区 25 and 戊区 0 on every leaf, every dimension and the index. In the
 * previous period 乙区 and 丙区 had swapped places (乙区 进位1位, 丙区 退位1位).
 */
public final class ReportFixture {
    static {
        Text.use("zh");
    }

    public static final String[] NAMES = {"甲区", "乙区", "丙区", "丁区", "戊区"};
    /** a1 % (+), a2 days (−), b1 % (+), b2 count (+), per unit. */
    public static final double[][] NOW = {{90, 10, 80, 5}, {80, 12, 70, 4}, {70, 14, 60, 3}, {60, 16, 50, 2}, {50, 18, 40, 1}};
    public static final double[][] BEFORE = {{90, 10, 80, 5}, {70, 14, 60, 3}, {80, 12, 70, 4}, {60, 16, 50, 2}, {50, 18, 40, 1}};

    private ReportFixture() {
    }

    public static Framework framework() {
        Problems p = new Problems();
        Framework f = new FrameworkLoader(p).loadText("fixture.yaml", """
                index: {id: X, name: 测试指数}
                method: {normalise: {method: minmax}, tiers: {method: cutoffs, scale: [0, 100], bands: [{name: 优秀, min: 80}, {name: 良好, min: 60}, {name: 一般}]}}
                guides: [{id: G01, name: 市政府办公厅}]
                departments: [{id: D01, name: 甲局}]
                tree:
                  - id: A
                    name: 甲维度
                    weight: 1
                    children:
                      - {id: a1, name: 甲一率, weight: 1, direction: +, unit: "%", responsible: {guide: [G01]}}
                      - {id: a2, name: 甲二时长, weight: 1, direction: '-', unit: 天}
                  - id: B
                    name: 乙维度
                    weight: 1
                    children:
                      - {id: b1, name: 乙一率, weight: 1, direction: +, unit: "%"}
                      - {id: b2, name: 乙二数, weight: 1, direction: +, unit: 个}
                """);
        assertNotNull(f, () -> p.all().toString());
        return f;
    }

    public static Dataset data(double[][] v) {
        List<UnitRecord> units = new ArrayList<>();
        for (int i = 0; i < v.length; i++) units.add(new UnitRecord("u" + i, NAMES[i], null, "district", null, Map.of()));
        return new Dataset("fixture", units, List.of("a1", "a2", "b1", "b2"), v);
    }

    public static IndexResult result() {
        Framework f = framework();
        return Pipeline.run(f, data(NOW), f.settings());
    }

    public static IndexResult previous() {
        Framework f = framework();
        return Pipeline.run(f, data(BEFORE), f.settings());
    }

    /** The comparison with the previous period (2025H2) and the lists, as a compute makes them. */
    public static ComputeOutputs.RunLists lists(IndexResult r) {
        PreviousScores prev = PreviousScores.of(previous(), "2025H2");
        PeriodComparison c = PeriodComparison.of(r, prev);
        return new ComputeOutputs.RunLists(c, true, ListText.render(TwoWayLists.build(r, prev, Set.of(), prev.rectified(), io.qqhi.analysis.ListEvidence.NONE),
                r.framework(), "2026H1"));
    }
}
