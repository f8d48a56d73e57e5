package io.qqhi.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.framework.Text;
import io.qqhi.framework.YamlValue;
import io.qqhi.input.Vocabulary;

/**
 * Derives sibling weights for every aggregate of a pool with one method: from the children's
 * scores over the pool's units with all children present (equal, entropy, critic, cv, pca,
 * combined) or from the framework's AHP matrices ({@code ahp:} section).
 */
public final class WeightDerivation {
    /** One child's weight: as in the framework (normalised among siblings) and as derived. */
    public record Row(String parent, String child, double current, double derived) {
    }

    /** An AHP judgement's consistency. */
    public record Consistency(String parent, double lambdaMax, double ci, double cr) {
    }

    public record Result(String method, List<Row> rows, List<Consistency> consistency, List<String> notes) {
    }

    private WeightDerivation() {
    }

    /**
     * @param objective for {@code combined}: the data method blended with the framework's weights
     * @param alpha     for {@code combined}: the subjective share
     */
    public static Result derive(Framework fw, PoolResult p, String method, String objective, double alpha,
                                boolean multiplicative) {
        List<Row> rows = new ArrayList<>();
        List<Consistency> cons = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, double[][]> matrices = method.equals("ahp") ? AhpMatrices.read(fw, notes) : Map.of();
        WeightingMethods.AhpVariant variant = AhpMatrices.variant(fw);
        double[] ri = AhpMatrices.ri(fw);
        for (int i = 0; i < fw.size(); i++) {
            if (!p.active()[i] || fw.node(i).isLeaf()) continue;
            List<Integer> ch = new ArrayList<>();
            for (int c : fw.children(i)) if (p.active()[c]) ch.add(c);
            int k = ch.size();
            double[] current = new double[k];
            for (int j = 0; j < k; j++) current[j] = p.localWeight()[ch.get(j)];
            double[] w;
            if (k == 1) {
                w = new double[] {1};
            } else if (method.equals("ahp")) {
                double[][] a = matrices.get(fw.node(i).id());
                if (a == null) {
                    w = current;
                } else if (a.length != k) {
                    notes.add(Text.of("ahp.size", fw.node(i).id(), String.valueOf(a.length), String.valueOf(k)));
                    w = current;
                } else {
                    WeightingMethods.Ahp r = WeightingMethods.ahp(a, variant, ri);
                    cons.add(new Consistency(fw.node(i).id(), r.lambdaMax(), r.ci(), r.cr()));
                    if (!r.consistent()) notes.add(Text.of("ahp.inconsistent", fw.node(i).id(), String.format(Locale.ROOT, "%.3f", r.cr())));
                    w = r.weights();
                }
            } else {
                double[][] x = completeCases(p, ch);
                if (x.length < 3) {
                    notes.add(Text.of("weights.few-units", fw.node(i).id()));
                    w = current;
                } else {
                    w = fromData(method.equals("combined") ? objective : method, x);
                    if (method.equals("combined")) w = WeightingMethods.combine(current, w, alpha, multiplicative);
                }
            }
            for (int j = 0; j < k; j++) rows.add(new Row(fw.node(i).id(), fw.node(ch.get(j)).id(), current[j], w[j]));
        }
        return new Result(method, rows, cons, notes);
    }

    /**
     * The weighting methods from data (docs/methods.md, weights), one entry each: the name and how a
     * node's children's weights follow from the pool's complete cases (rows units, columns children).
     */
    private static final Map<String, Function<double[][], double[]>> FROM_DATA = new LinkedHashMap<>();

    static {
        FROM_DATA.put("equal", x -> WeightingMethods.equal(x[0].length));
        FROM_DATA.put("entropy", WeightingMethods::entropy);
        FROM_DATA.put("critic", WeightingMethods::critic);
        FROM_DATA.put("cv", WeightingMethods::coefficientOfVariation);
        FROM_DATA.put("pca", WeightingMethods::pca);
    }

    /** Adds a weighting method from data beside the built-in ones. */
    public static synchronized void register(String name, Function<double[][], double[]> weights) {
        FROM_DATA.put(name, weights);
    }

    /** The methods from data, which {@code combined} may blend with the framework's weights. */
    public static List<String> dataMethods() {
        return List.copyOf(FROM_DATA.keySet());
    }

    /** Every method a request may name: those from data, {@code ahp} (the framework's matrices) and {@code combined}. */
    public static List<String> methods() {
        List<String> all = new ArrayList<>(FROM_DATA.keySet());
        all.add("ahp");
        all.add("combined");
        return all;
    }

    /** Whether the framework has AHP judgement matrices ({@code ahp: matrices:}) for {@code -m ahp}. */
    public static boolean hasAhpMatrices(Framework fw) {
        YamlValue s = AhpMatrices.section(fw);
        return s != null && s.get("matrices") != null;
    }

    static double[] fromData(String method, double[][] x) {
        Function<double[][], double[]> f = FROM_DATA.get(method);
        if (f == null) throw new IllegalArgumentException("unknown weighting method " + method);
        return f.apply(x);
    }

    private static double[][] completeCases(PoolResult p, List<Integer> ch) {
        List<double[]> rows = new ArrayList<>();
        for (int u = 0; u < p.unitCount(); u++) {
            double[] r = new double[ch.size()];
            boolean ok = true;
            for (int j = 0; j < r.length; j++) {
                r[j] = p.scores()[u][ch.get(j)];
                ok &= !Double.isNaN(r[j]);
            }
            if (ok) rows.add(r);
        }
        return rows.toArray(new double[0][]);
    }

    /** The framework's {@code ahp:} section: {ri: saaty|cn|[…], variant: eigen|sum|root, matrices: {node: [[…]]}}. */
    static final class AhpMatrices {
        private AhpMatrices() {
        }

        static YamlValue section(Framework fw) {
            Object o = fw.extra().get("ahp");
            return o instanceof YamlValue ? (YamlValue) o : null;
        }

        static WeightingMethods.AhpVariant variant(Framework fw) {
            YamlValue s = section(fw);
            YamlValue v = s == null ? null : s.get("variant");
            if (v == null || !v.isScalar()) return WeightingMethods.AhpVariant.EIGEN;
            if (Vocabulary.words("ahp.sum").contains(v.text())) return WeightingMethods.AhpVariant.SUM;
            if (Vocabulary.words("ahp.root").contains(v.text())) return WeightingMethods.AhpVariant.ROOT;
            return WeightingMethods.AhpVariant.EIGEN;
        }

        static double[] ri(Framework fw) {
            YamlValue s = section(fw);
            YamlValue v = s == null ? null : s.get("ri");
            if (v == null) return WeightingMethods.RI_SAATY;
            if (v.isScalar()) return v.text().equals("cn") ? WeightingMethods.RI_CN : WeightingMethods.RI_SAATY;
            double[] r = new double[v.items().size()];
            for (int i = 0; i < r.length; i++) r[i] = number(v.items().get(i).text());
            return r;
        }

        static Map<String, double[][]> read(Framework fw, List<String> notes) {
            Map<String, double[][]> out = new LinkedHashMap<>();
            YamlValue s = section(fw);
            YamlValue m = s == null ? null : s.get("matrices");
            if (m == null) {
                notes.add(Text.of("ahp.none"));
                return out;
            }
            for (Map.Entry<String, YamlValue> e : m.entries().entrySet()) {
                List<YamlValue> rows = e.getValue().items();
                double[][] a = new double[rows.size()][];
                for (int i = 0; i < a.length; i++) {
                    List<YamlValue> cells = rows.get(i).items();
                    a[i] = new double[cells.size()];
                    for (int j = 0; j < cells.size(); j++) a[i][j] = number(cells.get(j).text());
                }
                out.put(e.getKey(), a);
            }
            return out;
        }

        /** "3", "0.5" or "1/3". */
        static double number(String t) {
            String s = t.trim();
            int slash = s.indexOf('/');
            return slash < 0 ? Double.parseDouble(s)
                    : Double.parseDouble(s.substring(0, slash).trim()) / Double.parseDouble(s.substring(slash + 1).trim());
        }
    }
}
