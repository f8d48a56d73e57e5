package io.qqhi.report.terminal;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.qqhi.framework.Department;
import io.qqhi.framework.Framework;
import io.qqhi.framework.Node;
import io.qqhi.framework.Text;
import io.qqhi.report.Numbers;
import io.qqhi.report.records.CsvText;
import io.qqhi.report.records.Json;

/** The framework as a tree with local and global weights, for people (text) and programs (CSV, JSON). */
public final class TreeReport {
    private TreeReport() {
    }

    public static void printText(PrintWriter out, Framework fw) {
        Node root = fw.root();
        out.println(root.id() + " " + nz(root.name()) + (root.nameEn() == null ? "" : " (" + root.nameEn() + ")"));
        printChildren(out, fw, 0, "");
        double sum = 0;
        for (int leaf : fw.leaves()) sum += fw.globalWeight(leaf);
        int[] shape = fw.shape();
        StringBuilder s = new StringBuilder();
        for (int d = 0; d < shape.length; d++) {
            if (d > 0) s.append(" → ");
            s.append(fw.levelName(d + 1)).append(shape[d]).append("项");
        }
        out.println();
        out.println(Text.of("tree.shape", s.toString()));
        out.println(Text.of("tree.sum", String.valueOf(fw.leafCount()), String.format(Locale.ROOT, "%.6f", sum)));
        out.println(Text.of("tree.key"));
    }

    private static void printChildren(PrintWriter out, Framework fw, int i, String prefix) {
        int[] ch = fw.children(i);
        for (int k = 0; k < ch.length; k++) {
            int c = ch[k];
            boolean last = k == ch.length - 1;
            Node n = fw.node(c);
            StringBuilder line = new StringBuilder(prefix).append(last ? "└─ " : "├─ ");
            line.append(n.id()).append(' ').append(nz(n.name()));
            line.append(String.format(Locale.ROOT, "  w=%.4f gw=%.4f", fw.localWeight(c), fw.globalWeight(c)));
            if (n.isLeaf()) {
                line.append("  ").append(n.direction().symbol());
                if (n.township()) line.append("  ").append(Text.of("tree.township"));
                if (n.formula() != null) line.append("  = ").append(n.formula().text());
                if (n.normalise() != null) line.append("  [").append(n.normalise().method()).append(']');
                List<String> deps = departmentNames(fw, n);
                if (!deps.isEmpty()) line.append("  ← ").append(String.join("、", deps));
            } else if (n.aggregate() != null) {
                line.append("  [").append(n.aggregate().method()).append(']');
            }
            out.println(line);
            printChildren(out, fw, c, prefix + (last ? "   " : "│  "));
        }
    }

    public static List<String> departmentNames(Framework fw, Node n) {
        List<String> out = new ArrayList<>();
        for (String d : n.departments()) {
            Department dep = fw.department(d);
            out.add(dep == null || dep.name() == null ? d : dep.name());
        }
        return out;
    }

    public static String csv(Framework fw) {
        CsvText t = new CsvText();
        t.row("id", "name", "name_en", "level", "parent", "weight", "local_weight", "global_weight", "direction",
                "township", "formula", "normalise", "aggregate", "departments");
        for (int i = 0; i < fw.size(); i++) {
            Node n = fw.node(i);
            t.row(n.id(), nz(n.name()), nz(n.nameEn()), Integer.toString(fw.depth(i)),
                    i == 0 ? "" : fw.node(fw.parent(i)).id(), Numbers.full(n.weight()),
                    Numbers.full(forDisplay(fw.localWeight(i))), Numbers.full(forDisplay(fw.globalWeight(i))),
                    n.isLeaf() && i > 0 ? n.direction().symbol() : "", n.isLeaf() && i > 0 ? Boolean.toString(n.township()) : "",
                    n.formula() == null ? "" : n.formula().text(), n.normalise() == null ? "" : n.normalise().method(),
                    n.aggregate() == null ? "" : n.aggregate().method(), String.join(";", n.departments()));
        }
        return t.toString();
    }

    public static String json(Framework fw) {
        return Json.write(nodeJson(fw, 0));
    }

    private static Json.Obj nodeJson(Framework fw, int i) {
        Node n = fw.node(i);
        Json.Obj o = Json.object();
        o.put("id", n.id());
        o.put("name", n.name());
        if (n.nameEn() != null) o.put("name_en", n.nameEn());
        o.put("level", fw.depth(i));
        o.put("weight", n.weight());
        o.put("local_weight", forDisplay(fw.localWeight(i)));
        o.put("global_weight", forDisplay(fw.globalWeight(i)));
        if (n.isLeaf() && i > 0) {
            o.put("direction", n.direction().symbol());
            o.put("township", n.township());
            if (n.formula() != null) o.put("formula", n.formula().text());
            Json.Arr d = o.putArray("departments");
            n.departments().forEach(d::add);
        } else {
            Json.Arr arr = o.putArray("children");
            for (int c : fw.children(i)) arr.add(nodeJson(fw, c));
        }
        return o;
    }

    /**
     * A derived weight (a declared weight divided by its siblings' sum, or a product of such) to 12
     * significant digits: 0.3 rather than 0.30000000000000004, a digit of binary noise nobody declared.
     */
    static double forDisplay(double w) {
        return Double.isFinite(w) ? new BigDecimal(w).round(new MathContext(12)).doubleValue() : w;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
