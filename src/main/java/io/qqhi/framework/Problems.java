package io.qqhi.framework;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects every problem of a run so that all of them can be reported at once. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public void add(Problem p) {
        list.add(p);
    }

    public void addAll(Problems other) {
        list.addAll(other.list);
    }

    public void addAll(List<Problem> other) {
        list.addAll(other);
    }

    public void error(String file, int line, int column, String node, String message) {
        list.add(Problem.error(file, line, column, node, message));
    }

    public void warning(String file, int line, int column, String node, String message) {
        list.add(Problem.warning(file, line, column, node, message));
    }

    public void error(SourcePosition at, String node, String message) {
        list.add(Problem.error(at.file(), at.line(), at.column(), node, message));
    }

    public void warning(SourcePosition at, String node, String message) {
        list.add(Problem.warning(at.file(), at.line(), at.column(), node, message));
    }

    /** Text from an input quoted in a message, cut to about 200 characters (a 10 MB cell is not echoed whole). */
    public static String excerpt(String s) {
        if (s == null || s.length() <= 200) return s;
        return s.substring(0, 200) + "…（共" + s.length() + "个字符）";
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    public long errorCount() {
        return list.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return list.stream().filter(p -> p.severity() == Severity.WARNING).count();
    }

    public List<Problem> all() {
        return Collections.unmodifiableList(list);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int size() {
        return list.size();
    }
}
