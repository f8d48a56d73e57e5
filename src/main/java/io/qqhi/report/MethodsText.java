package io.qqhi.report;

import java.util.ArrayList;
import java.util.List;

import io.qqhi.framework.MethodSpec;
import io.qqhi.framework.Text;
import io.qqhi.framework.Settings;
import io.qqhi.framework.TierSpec;

/**
 * The method settings of a run in Chinese prose, for people (report, documents): each step with
 * the method used and its parameters in words (docs/methods.md). The run record keeps the exact
 * settings (settings.yaml); this is its reading.
 */
public final class MethodsText {
    private MethodsText() {
    }

    /** Rows of 环节, 方法, 说明. */
    public static List<List<String>> rows(Settings s) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("标准化", normaliseName(s.normalise()), normaliseNote(s.normalise())));
        rows.add(List.of("加权汇总", aggregateName(s.aggregate()), "各级指标按本级权重逐级汇总为上一级得分，直至总指数"));
        rows.add(List.of("缺失值", imputeName(s.impute()), s.impute().method().equals("none")
                ? "缺失的指标不参与计算，其权重在同级有数据的指标间按比例分配" : "缺失值以所述方法插补后参与计算，每个插补值随结果一并列出"));
        rows.add(List.of("异常值", outlierName(s.outliers()), s.outliers().method().equals("none") ? "原始值直接参与标准化"
                : "偏度绝对值大于" + num(s.outliers().number("skew")) + "且峰度大于" + num(s.outliers().number("kurtosis"))
                + "的指标，将最极端的值（至多" + num(s.outliers().number("max_points")) + "个）缩至相邻值"));
        if (s.minShare() > 0) {
            rows.add(List.of("参与排名条件", "数据完整度", "有数据的指标权重合计不足总权重的" + num(s.minShare() * 100)
                    + "%的单位，保留得分，不参与排名和等次评定"));
        }
        rows.add(List.of("等次", tierName(s.tiers()), tierNote(s.tiers())));
        return rows;
    }

    private static String num(double v) {
        return Numbers.fixed(v, v == Math.rint(v) ? 0 : 2);
    }

    public static String normaliseName(MethodSpec m) {
        return name(m);
    }

    public static String normaliseNote(MethodSpec m) {
        switch (m.method()) {
            case "efficacy":
                return "以" + ("targets".equals(m.text("benchmarks")) ? "指标的目标值和底线值" : "比较组内的最优值和最差值")
                        + "为基准，最优得" + num(m.number("floor") + m.number("span")) + "分、最差得" + num(m.number("floor"))
                        + "分，其间按比例计分；逆向指标（越小越好）反向计分；负面事件类指标按扣分制计分";
            case "minmax":
                return "比较组内最差值得" + num(m.number("low")) + "分、最优值得" + num(m.number("high")) + "分，其间按比例计分";
            case "deduction":
                return "基础分" + num(m.number("base")) + "分，每发生1起扣" + num(m.number("per_case")) + "分，最低"
                        + num(m.number("floor")) + "分";
            default:
                return "方法细节见方法说明";
        }
    }

    public static String aggregateName(MethodSpec m) {
        return m.method().equals("generalised") ? Text.content("method.name.aggregate.generalised", num(m.number("p"))) : name(m);
    }

    static String imputeName(MethodSpec m) {
        return name(m);
    }

    static String outlierName(MethodSpec m) {
        return name(m);
    }

    /** A method's name in the documents' words; a method without one (a plug-in's) by its id. */
    private static String name(MethodSpec m) {
        String key = "method.name." + m.step().key + "." + m.method();
        return Text.hasContent(key) ? Text.content(key) : m.method();
    }

    static String tierName(TierSpec t) {
        switch (t.method()) {
            case "cutoffs": return "按分数线划分";
            case "quantiles": return "按比例划分";
            default: return "不划分等次";
        }
    }

    static String tierNote(TierSpec t) {
        if (t.method().equals("none") || t.bands().isEmpty()) return "—";
        if (t.method().equals("quantiles")) {
            return "按名次均分为" + t.bands().size() + "档，依次为" + String.join("、", t.bands().stream().map(TierSpec.Band::name).toList());
        }
        StringBuilder b = new StringBuilder();
        for (TierSpec.Band band : t.bands()) {
            if (b.length() > 0) b.append("；");
            b.append(band.name());
            b.append(band.min() != null ? "：" + num(band.min()) + "分及以上" : "：其余");
        }
        return b.toString();
    }
}
