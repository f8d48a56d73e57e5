package io.qqhi.report.terminal;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

import io.qqhi.analysis.Trace;
import io.qqhi.compute.Adjustment;
import io.qqhi.framework.MethodCatalog;
import io.qqhi.framework.MethodSpec;
import io.qqhi.report.MethodsText;
import io.qqhi.report.Notes;
import io.qqhi.report.Numbers;
import io.qqhi.report.records.Json;

/** {@code qqhi trace}: where a number came from, as text or JSON (docs/formats.md, trace). */
public final class TraceReport {
    private TraceReport() {
    }

    public static void printText(PrintWriter out, Trace t, String poolName, List<String> changedInputs) {
        printText(out, t, poolName, changedInputs, java.util.Map.of());
    }

    /** With each department file's receipts in the collection round: the version in force and its 更正说明. */
    public static void printText(PrintWriter out, Trace t, String poolName, List<String> changedInputs,
                                 java.util.Map<String, List<io.qqhi.input.Round.Receipt>> versions) {
        if (!changedInputs.isEmpty()) {
            out.println("注意：以下输入文件在发布后已被修改或删除，下列数值按现存文件重算，可能与发布结果不同：");
            for (String f : changedInputs) out.println("  " + f);
            out.println();
        }
        String uom = t.node().unit() == null ? "" : "（" + t.node().unit() + "）";
        out.println(t.unit().displayName() + " " + t.node().id() + " " + t.node().displayName() + uom + "：得分"
                + Numbers.fixed(t.score(), 2) + "，" + (t.rank() == 0 ? "不参与排名" : "第" + t.rank() + "名") + "（" + poolName + "共"
                + t.poolSize() + "个）" + (t.nodeIndex() == 0 ? "" : "，全局权重" + Numbers.fixed(t.globalWeight(), 4)));
        if (t.leaf() == null) {
            printAggregate(out, t);
            return;
        }
        Trace.Leaf l = t.leaf();
        out.println("一、数据来源");
        if (!l.formula().equals(t.node().id())) out.println("  公式：" + l.formula());
        for (Trace.Source s : l.sources()) {
            String head = "  " + s.item() + (s.name() == null ? "" : " " + s.name()) + (s.unitOfMeasure() == null ? "" : "（" + s.unitOfMeasure() + "）");
            if (s.file() == null) {
                out.println(head + "：未报送（" + s.departmentName() + "）");
                continue;
            }
            String where = s.cell() != null ? s.file() + " 第1张工作表 " + s.cell() + "单元格" : s.file() + " 第" + s.line() + "行第" + s.column() + "列";
            out.println(head + " = " + Numbers.full(s.value()) + "：" + s.departmentName() + "报送，" + where
                    + (s.text() == null ? "（该单元格现已无法读取）" : "，原文“" + s.text() + "”"));
            List<io.qqhi.input.Round.Receipt> history = versions.getOrDefault(java.nio.file.Path.of(s.file()).getFileName().toString(), List.of());
            if (!history.isEmpty()) out.println("    " + io.qqhi.report.Versions.line(history));
        }
        for (Trace.SurveySource s : l.survey()) {
            out.println("  " + s.item() + (s.name() == null ? "" : " " + s.name()) + "：问卷" + (s.file() == null ? "" : " " + s.file())
                    + "，有效答卷" + s.n() + "份，有效样本量" + Numbers.fixed(s.effectiveN(), 1) + "，平均选项" + Numbers.fixed(s.answerMean(), 2)
                    + "，折合得分" + Numbers.fixed(s.score(), 2) + "（选项1至" + s.mapping().length + "依次记" + mapping(s.mapping()) + "分）");
        }
        if (l.sources().isEmpty() && l.survey().isEmpty()) out.println("  末级指标值直接读自指标数据表（--indicator-data），无部门原始数据");
        out.println("  本期值：" + (Double.isNaN(l.raw()) ? "缺失" + (l.missingWhy() == null ? "" : "（" + Notes.why(l.missingWhy()) + "）") : shown(l.raw())));
        out.println("二、数据处理");
        boolean none = true;
        if (l.denominator() != null) {
            out.println("  除以单位属性" + l.denominator() + "：" + shown(l.denominated()));
            none = false;
        }
        for (Adjustment a : l.adjustments()) {
            out.println("  " + step(a.step()) + "：" + (Double.isNaN(a.before()) ? "缺失" : shown(a.before())) + " → "
                    + shown(a.after()) + "（" + Notes.adjustment(a) + "）");
            none = false;
        }
        if (none) out.println("  无（未插补、未作异常值处理）");
        out.println("三、标准化");
        MethodSpec m = l.method();
        out.println("  方法：" + MethodsText.normaliseName(m) + "，" + MethodsText.normaliseNote(m));
        out.println("  本组" + (l.sign() > 0 ? "（越大越好）" : "（越小越好）") + "最优值" + shown(l.best()) + "（" + l.bestUnit()
                + "），最差值" + shown(l.worst()) + "（" + l.worstUnit() + "），平均值" + Numbers.fixed(l.mean(), 2));
        if (m.method().equals("efficacy") && !"targets".equals(m.text("benchmarks")) && l.best() != l.worst() && !Double.isNaN(l.treated())) {
            out.println("  得分 = " + num(m.number("floor")) + " + " + num(m.number("span")) + " ×（" + shown(l.treated()) + " − "
                    + shown(l.worst()) + "）/（" + shown(l.best()) + " − " + shown(l.worst()) + "）= "
                    + Numbers.fixed(l.normalised(), 2));
        } else {
            out.println("  得分：" + Numbers.fixed(l.normalised(), 2));
        }
    }

    private static void printAggregate(PrintWriter out, Trace t) {
        out.println("汇总方法：" + MethodsText.aggregateName(MethodSpec.of(MethodCatalog.Step.AGGREGATE,
                t.aggregation(), Map.of())) + "（权重为同级有数据指标间的份额）");
        TextTable table = new TextTable(5, 2, 3, 4);
        table.row("指标", "名称", "权重", "得分", "权重×得分");
        for (Trace.Child c : t.children()) {
            table.row(c.id(), c.name(), Numbers.fixed(c.weight(), 4), Numbers.fixed(c.score(), 2),
                    Double.isNaN(c.score()) ? "缺失" : Numbers.fixed(c.contribution(), 2));
        }
        table.print(out, 2);
    }

    private static String num(double v) {
        return Numbers.full(v);
    }

    /** A derived value for reading: six significant digits (82.4257), as entered when that is shorter. */
    private static String shown(double v) {
        if (Double.isNaN(v)) return "缺失";
        String full = Numbers.full(v);
        String six = new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
        return full.length() <= six.length() ? full : six;
    }

    private static String mapping(double[] map) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < map.length; i++) b.append(i == 0 ? "" : "、").append(Numbers.full(map[i]));
        return b.toString();
    }

    private static String step(String step) {
        switch (step) {
            case "impute": return "插补";
            case "winsorise": return "异常值缩尾";
            case "log": return "对数变换";
            case "boxcox": return "幂变换";
            case "denominate": return "按规模折算";
            default: return step;
        }
    }

    public static String json(Trace t, List<String> changedInputs) {
        Json.Obj o = Json.object();
        o.put("unit", t.unit().code());
        o.put("name", t.unit().displayName());
        o.put("pool", t.pool());
        o.put("node", t.node().id());
        o.put("node_name", t.node().displayName());
        o.put("score", t.score());
        o.put("rank", t.rank());
        o.put("pool_size", t.poolSize());
        o.put("global_weight", t.globalWeight());
        Json.Arr changed = o.putArray("changed_inputs");
        changedInputs.forEach(changed::add);
        if (t.leaf() == null) {
            o.put("aggregation", t.aggregation());
            Json.Arr children = o.putArray("children");
            for (Trace.Child c : t.children()) {
                children.add(Json.object().put("node", c.id()).put("name", c.name()).put("weight", c.weight()).put("score", c.score())
                        .put("contribution", c.contribution()));
            }
            return Json.write(o);
        }
        Trace.Leaf l = t.leaf();
        o.put("formula", l.formula());
        o.put("raw", l.raw());
        if (l.missingWhy() != null) o.put("missing_why", Notes.why(l.missingWhy()));
        Json.Arr sources = o.putArray("sources");
        for (Trace.Source s : l.sources()) {
            Json.Obj so = Json.object().put("item", s.item()).put("name", s.name()).put("unit_of_measure", s.unitOfMeasure())
                    .put("department", s.department()).put("department_name", s.departmentName());
            if (s.file() == null) {
                so.putNull("file");
            } else {
                so.put("file", s.file()).put("line", s.line()).put("column", s.column());
                if (s.cell() != null) so.put("sheet", 1).put("cell", s.cell());
                so.put("text", s.text());
            }
            so.put("value", s.value());
            sources.add(so);
        }
        Json.Arr survey = o.putArray("survey");
        for (Trace.SurveySource s : l.survey()) {
            Json.Arr map = new Json.Arr();
            for (double v : s.mapping()) map.add(v);
            survey.add(Json.object().put("item", s.item()).put("name", s.name()).put("file", s.file()).put("n", s.n())
                    .put("effective_n", s.effectiveN()).put("answer_mean", s.answerMean()).put("score", s.score()).put("mapping", map));
        }
        if (l.denominator() != null) o.put("denominator", l.denominator()).put("denominated", l.denominated());
        Json.Arr adj = o.putArray("adjustments");
        for (Adjustment a : l.adjustments()) {
            adj.add(Json.object().put("step", a.step()).put("before", a.before()).put("after", a.after()).put("note", Notes.adjustment(a)));
        }
        o.put("treated", l.treated());
        Json.Obj norm = Json.object().put("method", l.method().method());
        l.method().params().forEach(norm::put);
        norm.put("direction", l.sign() > 0 ? "+" : "-").put("best", l.best()).put("best_unit", l.bestUnit()).put("worst", l.worst())
                .put("worst_unit", l.worstUnit()).put("mean", l.mean());
        o.put("normalisation", norm);
        o.put("normalised", l.normalised());
        return Json.write(o);
    }
}
