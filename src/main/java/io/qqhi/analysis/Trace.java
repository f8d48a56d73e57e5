package io.qqhi.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.qqhi.compute.Adjustment;
import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Formula;
import io.qqhi.framework.Framework;
import io.qqhi.framework.Item;
import io.qqhi.framework.MethodSpec;
import io.qqhi.framework.Node;
import io.qqhi.framework.SurveySpec;
import io.qqhi.input.LeafDeriver;
import io.qqhi.input.MissingWhy;
import io.qqhi.input.PeriodInputs;
import io.qqhi.input.Reported;
import io.qqhi.input.SourceCells;
import io.qqhi.input.SurveyResult;
import io.qqhi.input.UnitRecord;

/**
 * Where one published number came from (docs/methods.md, trace): for a leaf, each department
 * figure behind it with its file, line, column and the cell's text as written, the formula, the
 * survey sample, the adjustments, and the normalisation with its benchmarks; for an aggregate, its
 * children with their weights and the aggregation.
 */
public record Trace(UnitRecord unit, String pool, int poolSize, Node node, int nodeIndex, double score, int rank,
                    double globalWeight, Leaf leaf, List<Child> children, String aggregation) {

    /**
     * One department figure: the item, who sent it, where (file relative to the data folder; for a
     * workbook also the cell address), the cell's text as written now (null when it cannot be read
     * any more) and the value the run used.
     */
    public record Source(String item, String name, String unitOfMeasure, String department, String departmentName,
                         String file, int line, int column, String cell, String text, double value) {
    }

    /** One survey item behind a leaf: the responses file, valid answers, effective sample, mean answer and score. */
    public record SurveySource(String item, String name, String file, int n, double effectiveN, double answerMean,
                               double score, double[] mapping) {
    }

    /** A leaf, stage by stage, with the pool's best and worst (treated values) and the normalisation. */
    public record Leaf(String formula, double raw, MissingWhy missingWhy, List<Source> sources, List<SurveySource> survey,
                       String denominator, double denominated, double imputed, double treated, List<Adjustment> adjustments,
                       MethodSpec method, int sign, double best, String bestUnit, double worst, String worstUnit, double mean,
                       double normalised) {
    }

    /** A child of an aggregate: its weight among its siblings (as used), score and share of the parent's score. */
    public record Child(String id, String name, double weight, double score, double contribution) {
    }

    /**
     * The trace of a unit's node; {@code inputs} (null for --indicator-data runs) give the figures,
     * {@code dataRoot} makes file names relative, {@code cells} reads the cells' texts.
     */
    public static Trace of(IndexResult r, PoolResult p, int u, int node, PeriodInputs inputs, Path dataRoot, Path surveyFile,
                           SourceCells cells) {
        Framework fw = r.framework();
        Node n = fw.node(node);
        double score = p.scores()[u][node];
        int rank = p.ranks()[u][node];
        int size = 0;
        for (int i = 0; i < p.unitCount(); i++) if (!Double.isNaN(p.scores()[i][node])) size++;
        if (!n.isLeaf()) return aggregate(r, p, u, node, size);
        int j = p.leafPosition(node);
        UnitRecord unit = p.units().get(u);
        Formula f = LeafDeriver.formula(n);
        List<Source> sources = new ArrayList<>();
        List<SurveySource> survey = new ArrayList<>();
        MissingWhy why = null;
        if (inputs != null) {
            for (String id : f.variables()) {
                Reported rep = inputs.items().get(unit.code(), id);
                Item it = fw.item(id);
                if (rep != null) {
                    String file = relative(rep.file(), dataRoot);
                    sources.add(new Source(id, it == null ? null : it.name(), it == null ? null : it.unit(), rep.department(),
                            fw.departmentName(rep.department()), file, rep.line(), rep.column(),
                            SourceCells.isWorkbook(rep.file()) ? SourceCells.cellAddress(rep.line(), rep.column()) : null,
                            cells.text(rep.file(), rep.line(), rep.column()), rep.value()));
                } else if (inputs.survey() != null && inputs.survey().items().contains(id)) {
                    survey.add(surveySource(fw.survey(), inputs.survey(), unit.code(), id, relative(surveyFile == null ? null
                            : surveyFile.toString(), dataRoot)));
                } else if (it != null) {
                    sources.add(new Source(id, it.name(), it.unit(), it.department(), fw.departmentName(it.department()),
                            null, 0, 0, null, null, Double.NaN));
                }
            }
            int row = inputs.dataset().units().indexOf(unit);
            int col = inputs.dataset().leafIds().indexOf(n.id());
            if (row >= 0 && col >= 0) why = inputs.dataset().missingWhy(row, col);
        }
        List<Adjustment> adjustments = new ArrayList<>();
        for (Adjustment a : p.adjustments()) if (a.unit().equals(unit.code()) && a.leaf().equals(n.id())) adjustments.add(a);
        // the pool's best and worst of what was normalised, oriented by the leaf's direction
        int sign = n.direction().sign;
        double best = Double.NaN;
        double worst = Double.NaN;
        int bestAt = -1;
        int worstAt = -1;
        double sum = 0;
        int count = 0;
        for (int i = 0; i < p.unitCount(); i++) {
            double x = p.treated(i, j);
            if (Double.isNaN(x)) continue;
            sum += x;
            count++;
            if (bestAt < 0 || sign * x > sign * best) {
                best = x;
                bestAt = i;
            }
            if (worstAt < 0 || sign * x < sign * worst) {
                worst = x;
                worstAt = i;
            }
        }
        MethodSpec method = n.normalise() != null ? n.normalise() : r.settings().normalise();
        Leaf leaf = new Leaf(f.text(), p.raw(u, j), why, sources, survey, n.denominator(), p.denominated(u, j), p.imputed(u, j),
                p.treated(u, j), adjustments, method, sign, best, bestAt < 0 ? null : p.units().get(bestAt).displayName(), worst,
                worstAt < 0 ? null : p.units().get(worstAt).displayName(), count == 0 ? Double.NaN : sum / count,
                p.normalised(u, j));
        return new Trace(unit, p.pool(), size, n, node, score, rank, p.globalWeight()[node], leaf, List.of(), null);
    }

    /** An aggregate's trace: its children with their weights among those present, scores and contributions. */
    private static Trace aggregate(IndexResult r, PoolResult p, int u, int node, int size) {
        Framework fw = r.framework();
        Node n = fw.node(node);
        double score = p.scores()[u][node];
        int rank = p.ranks()[u][node];
        List<Child> children = new ArrayList<>();
        double total = 0;
        for (int c : fw.children(node)) if (p.active()[c] && !Double.isNaN(p.scores()[u][c])) total += p.localWeight()[c];
        for (int c : fw.children(node)) {
            if (!p.active()[c]) continue;
            double s = p.scores()[u][c];
            double w = Double.isNaN(s) || total == 0 ? 0 : p.localWeight()[c] / total;
            children.add(new Child(fw.node(c).id(), fw.node(c).displayName(), w, s, w * s));
        }
        MethodSpec agg = n.aggregate() != null ? n.aggregate() : r.settings().aggregate();
        return new Trace(p.units().get(u), p.pool(), size, n, node, score, rank, p.globalWeight()[node], null, children,
                agg.method());
    }

    private static SurveySource surveySource(SurveySpec spec, SurveyResult s, String unit, String item, String file) {
        int u = s.unitIndex(unit);
        int k = s.items().indexOf(item);
        String name = null;
        for (SurveySpec.SurveyItem si : spec.items()) if (si.id().equals(item)) name = si.name();
        return new SurveySource(item, name, file, u < 0 ? 0 : s.n()[u][k], u < 0 ? 0 : s.nEff()[u][k],
                u < 0 ? Double.NaN : s.answerMean()[u][k], u < 0 ? Double.NaN : s.mean()[u][k], spec.map().clone());
    }

    /** A file name relative to the data folder (as the manifest records it), with / as separator. */
    static String relative(String file, Path root) {
        if (file == null) return null;
        Path f = Path.of(file).toAbsolutePath().normalize();
        if (root != null) {
            Path r = root.toAbsolutePath().normalize();
            if (f.startsWith(r)) return r.relativize(f).toString().replace('\\', '/');
        }
        Path name = f.getFileName();
        return name == null ? file : name.toString();
    }
}
