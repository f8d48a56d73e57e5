package io.qqhi.framework;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whole-framework checks that need the complete tree: sibling weights, the expected shape,
 * unused items and leaves that no data can feed.
 */
public final class FrameworkValidator {
    private static final double WEIGHT_TOLERANCE = 1e-6;
    private final Problems problems;

    public FrameworkValidator(Problems problems) {
        this.problems = problems;
    }

    public void check(Framework fw) {
        checkWeights(fw);
        checkShape(fw);
        checkItemsUsed(fw);
    }

    private void checkWeights(Framework fw) {
        for (int i = 0; i < fw.size(); i++) {
            int[] ch = fw.children(i);
            if (ch.length == 0) continue;
            double sum = 0;
            for (int c : ch) sum += fw.node(c).weight();
            Node parent = fw.node(i);
            if (sum <= 0) {
                problems.error(parent.at(), parent.id(), Text.of("fw.zero-weights"));
            } else if (Math.abs(sum - 1.0) > WEIGHT_TOLERANCE && !allEqual(fw, ch)) {
                problems.warning(fw.node(ch[0]).at(), parent.id(), Text.of("fw.weights-sum", String.valueOf(ch.length), parent.id(),
                        trim(sum)));
            }
        }
    }

    /** Equal weights (e.g. all 1) are a clear intent: equal shares, so they need not sum to 1. */
    private static boolean allEqual(Framework fw, int[] ch) {
        double w = fw.node(ch[0]).weight();
        for (int c : ch) if (fw.node(c).weight() != w) return false;
        return true;
    }

    private void checkShape(Framework fw) {
        int[] shape = fw.shape();
        if (fw.expect() != null) {
            int[] want = fw.expect().stream().mapToInt(Integer::intValue).toArray();
            if (!Arrays.equals(shape, want)) {
                problems.error(fw.file(), 0, 0, null, Text.of("fw.expect", Arrays.toString(shape), Arrays.toString(want)));
            }
        }
        if (!fw.levels().isEmpty() && fw.levels().size() < shape.length) {
            problems.warning(fw.file(), 0, 0, null, Text.of("fw.levels", String.valueOf(fw.levels().size()), String.valueOf(shape.length)));
        }
    }

    private void checkItemsUsed(Framework fw) {
        Set<String> used = new HashSet<>();
        for (int leaf : fw.leaves()) {
            Node n = fw.node(leaf);
            if (n.formula() != null) used.addAll(n.formula().variables());
            else used.add(n.id());
        }
        for (Item it : fw.items()) {
            if (!used.contains(it.id())) {
                problems.warning(it.at(), it.id(), Text.of("fw.item-unused"));
            }
        }
        for (SurveySpec.SurveyItem s : fw.survey().items()) {
            if (!used.contains(s.id())) {
                problems.warning(s.at(), s.id(), Text.of("fw.survey-unused"));
            }
        }
        if (fw.items().isEmpty() && fw.survey().items().isEmpty()) return;
        for (int leaf : fw.leaves()) {
            Node n = fw.node(leaf);
            if (n.formula() == null && fw.item(n.id()) == null
                    && fw.survey().items().stream().noneMatch(s -> s.id().equals(n.id()))) {
                problems.warning(n.at(), n.id(), Text.of("fw.leaf-no-formula", n.id()));
            }
        }
    }

    private static String trim(double d) {
        String s = String.format(Locale.ROOT, "%.6f", d);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
