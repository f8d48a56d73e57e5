package io.qqhi.compute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.qqhi.framework.Framework;
import io.qqhi.framework.MethodSpec;
import io.qqhi.framework.Node;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Settings;
import io.qqhi.input.Dataset;
import io.qqhi.input.UnitRecord;

/**
 * One pool as it goes through the stages (docs/methods.md, the pipeline): the leaf stages' columns
 * ({@code raw[j][u]} for leaf j, unit u), then the scores, availability, ranks and tiers. Each stage
 * reads what the stages before it wrote and writes its own part; nothing else is shared.
 */
final class PoolRun {
    final Framework fw;
    final Settings settings;
    final String pool;
    final Dataset data;
    final List<Integer> unitRows;
    final int[] dataColumns;
    final List<UnitRecord> units;
    final int m;
    final int[] leafNodes;
    final boolean[] active;

    final double[][] raw;
    final double[][] den;
    final double[][] imp;
    final double[][] tre;
    final double[][] nor;
    /** Shared by the leaves: denominator columns by attribute, one normaliser per method spec, imputation groups. */
    final Map<String, double[]> denominators = new HashMap<>();
    final Map<MethodSpec, Normaliser> normalisers = new IdentityHashMap<>();
    final String[] groups;

    double[][] scores;
    double[] localWeight;
    double[] globalWeight;
    double[] present;
    UnitNote[] notes;
    int[][] ranks;
    String[] tiers;

    final List<Problem> problems = new ArrayList<>();
    final List<Adjustment> adjustments = new ArrayList<>();

    PoolRun(Framework fw, Dataset data, int[] dataColumns, Settings settings, String pool, List<Integer> unitRows) {
        this.fw = fw;
        this.settings = settings;
        this.pool = pool;
        this.data = data;
        this.unitRows = unitRows;
        this.dataColumns = dataColumns;
        this.m = unitRows.size();
        this.leafNodes = fw.leaves();
        this.active = Pipeline.activeNodes(fw, pool);
        int l = leafNodes.length;
        raw = new double[l][];
        den = new double[l][];
        imp = new double[l][];
        tre = new double[l][];
        nor = new double[l][];
        List<UnitRecord> us = new ArrayList<>(m);
        for (int u = 0; u < m; u++) us.add(data.units().get(unitRows.get(u)));
        this.units = List.copyOf(us);
        String groupColumn = settings.impute().params().get("group");
        this.groups = new String[m];
        if (groupColumn != null) for (int u = 0; u < m; u++) groups[u] = units.get(u).attributes().get(groupColumn);
        readColumns();
        for (int j = 0; j < l; j++) {
            Node leaf = leaf(j);
            if (isActive(j) && leaf.denominator() != null) denominators.computeIfAbsent(leaf.denominator(), this::attribute);
        }
    }

    /** The pool's data, column by column, in one pass over its rows (inactive leaves and leaves without data: NaN). */
    private void readColumns() {
        int l = leafNodes.length;
        for (int j = 0; j < l; j++) raw[j] = new double[m];
        for (int u = 0; u < m; u++) {
            double[] row = data.values()[unitRows.get(u)];
            for (int j = 0; j < l; j++) raw[j][u] = isActive(j) && dataColumns[j] >= 0 ? row[dataColumns[j]] : Double.NaN;
        }
    }

    Node leaf(int j) {
        return fw.node(leafNodes[j]);
    }

    boolean isActive(int j) {
        return active[leafNodes[j]];
    }

    int leafCount() {
        return leafNodes.length;
    }

    /** Every stage of an inactive leaf is the same all-missing column. */
    void inactive(int j) {
        double[] none = new double[m];
        Arrays.fill(none, Double.NaN);
        den[j] = imp[j] = tre[j] = nor[j] = none;
    }

    /** A numeric unit attribute over the pool's units (NaN where absent). */
    double[] attribute(String name) {
        double[] c = new double[m];
        for (int u = 0; u < m; u++) c[u] = units.get(u).number(name);
        return c;
    }

    PoolResult result() {
        return new PoolResult(pool, units, leafNodes, active, localWeight, globalWeight, raw, den, imp, tre, nor, scores, ranks,
                tiers, List.copyOf(adjustments), List.copyOf(problems), notes);
    }
}
