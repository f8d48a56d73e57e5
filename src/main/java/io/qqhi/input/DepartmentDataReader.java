package io.qqhi.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import io.qqhi.framework.Department;
import io.qqhi.framework.Framework;
import io.qqhi.framework.Item;
import io.qqhi.framework.Names;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Severity;
import io.qqhi.framework.Text;

/**
 * Reads one department's file (CSV or XLSX) into {@link ItemValues}, checking every cell. Two
 * layouts: long ({@code unit,item,value[,note]}, headers also 单位/指标/数值/备注) and wide (a unit
 * column and one column per item, headed by item id or name). The department is the file name's
 * prefix ({@code D05-政务办.csv}) or a department name within it.
 */
public final class DepartmentDataReader {
    // codes before names: a template has both 单位代码 and 单位 (the name, for the reader)
    private static final String[] UNIT_HEADERS = Vocabulary.array("columns.unit");
    private static final String[] ITEM_HEADERS = Vocabulary.array("columns.item");
    private static final String[] VALUE_HEADERS = Vocabulary.array("columns.value");
    private static final List<String> NOTE_HEADERS = Vocabulary.words("columns.note");
    private static final String[] SCOPE_HEADERS = Vocabulary.array("columns.scope");
    private static final String[] CONFIRM_HEADERS = Vocabulary.array("columns.confirm");
    private static final List<String> ADMINISTRATIVE = Vocabulary.words("scope.administrative");
    private static final List<String> FUNCTIONAL = Vocabulary.words("scope.functional");

    private final Framework fw;
    private final UnitRegistry registry;
    private final Problems problems;
    /** The first report of each unit and item (kept when a later one conflicts and the figure is dropped). */
    private ItemValues seen;

    private final boolean allowEmpty;
    private int periodMonths = 12;

    /** The period's length, for items counting months (at most that many). */
    public void periodMonths(int months) {
        this.periodMonths = months;
    }

    public DepartmentDataReader(Framework fw, UnitRegistry registry, Problems problems) {
        this(fw, registry, problems, false);
    }

    /** With {@code allowEmpty}, a file with a header and no data rows is a warning rather than an error. */
    public DepartmentDataReader(Framework fw, UnitRegistry registry, Problems problems, boolean allowEmpty) {
        this.fw = fw;
        this.registry = registry;
        this.problems = problems;
        this.allowEmpty = allowEmpty;
    }

    /**
     * A file with a header and no figures: sent by mistake (an empty template), never to pass as "OK";
     * a department with nothing to report this period says so with --allow-empty.
     */
    private void checkNotEmpty(String file, List<String> header, int rows) {
        if (header == null || rows > 0) return;
        problems.add(new Problem(allowEmpty ? Severity.WARNING : Severity.ERROR, file, 1, 0, null, null,
                Text.of(allowEmpty ? "department.empty.allowed" : "department.empty")));
    }

    /** The rate columns of the file being read, by item: a whole column of fractions is one error, not a warning a cell. */
    private final Map<String, RateColumn> rateColumns = new LinkedHashMap<>();

    private static final class RateColumn {
        int values;
        boolean allFractions = true;
        final List<Problem> fractionWarnings = new ArrayList<>();
        String firstText;
    }

    /** Reads a file; returns the department id it belongs to (null if it cannot be told). */
    public String read(Path path, String encoding, ItemValues into) {
        try {
            return readFile(path, encoding, into);
        } finally {
            flushRateColumns();
        }
    }

    /**
     * A rate column whose every value lies in 0–1 (some strictly between) was filled as fractions
     * (0.889 for 88.9 %): one error for the column; otherwise each fraction-like cell keeps its warning.
     */
    private void flushRateColumns() {
        for (Map.Entry<String, RateColumn> e : rateColumns.entrySet()) {
            RateColumn c = e.getValue();
            if (c.fractionWarnings.isEmpty()) continue;
            Problem first = c.fractionWarnings.get(0);
            if (c.allFractions && c.values >= 2) {
                Item it = findItem(e.getKey());
                problems.add(Problem.coded(Severity.ERROR, first.file(), first.line(), first.column(), null, e.getKey(),
                        "rate.fraction-column", e.getKey() + (it == null || it.name() == null ? "" : " " + it.name()),
                        Integer.toString(c.values), Integer.toString(first.line()), c.firstText));
            } else {
                problems.addAll(c.fractionWarnings);
            }
        }
        rateColumns.clear();
    }

    private String readFile(Path path, String encoding, ItemValues into) {
        String file = path.toString();
        String dep = departmentOf(fw, path);
        if (dep == null) {
            problems.error(file, 0, 0, null, Text.of("department.unnamed"));
            return null;
        }
        if (file.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            Table t = XlsxReader.read(path, problems);
            if (t == null) return dep;
            checkNotEmpty(file, t.header(), t.rows().size());
            Consumer<Table.Row> sink = layout(file, dep, t.header(), into);
            if (sink != null) t.rows().forEach(sink);
            return dep;
        }
        // a CSV file is taken row by row as it is read: a national department file has 130,000 rows
        List<Consumer<Table.Row>> sink = new ArrayList<>(1);
        int[] rows = new int[1];
        List<String> header = Table.scanCsv(path, encoding, problems, new Table.RowHandler() {
            @Override
            public void header(List<String> header) {
                sink.add(layout(file, dep, header, into));
            }

            @Override
            public void row(Table.Row r) {
                rows[0]++;
                if (sink.get(0) != null) sink.get(0).accept(r);
            }
        });
        checkNotEmpty(file, header, rows[0]);
        return dep;
    }

    /** What each row of a file with this header becomes; null (after reporting) when the header cannot be used. */
    private Consumer<Table.Row> layout(String file, String dep, List<String> header, ItemValues into) {
        Table t = new Table(file, header, List.of());
        int unitCol = t.column(UNIT_HEADERS);
        if (unitCol < 0) {
            problems.error(file, 1, 1, null, Text.of("department.no-unit-column")
                    + Names.didYouMean(header.isEmpty() ? "" : header.get(0), List.of("unit")));
            return null;
        }
        int itemCol = t.column(ITEM_HEADERS);
        int valueCol = t.column(VALUE_HEADERS);
        if (itemCol >= 0 && valueCol >= 0) {
            int noteCol = -1;
            for (int c = 0; c < header.size(); c++) if (c > valueCol && isNoteColumn(header.get(c))) noteCol = c;
            int nextCol = noteCol >= 0 ? noteCol : -1;
            int scopeCol = t.column(SCOPE_HEADERS);
            int confirmCol = t.column(CONFIRM_HEADERS);
            return r -> {
                if (nextCol >= 0 && THOUSANDS_SPLIT_HEAD.matcher(r.get(valueCol).strip()).matches()
                        && THOUSANDS_SPLIT_TAIL.matcher(r.get(nextCol).strip()).matches()) {
                    // an unquoted 1,234 read as the value 1 and the note 234
                    problems.add(new Problem(Severity.ERROR, file, r.line(), valueCol + 1, null, r.get(itemCol).strip(),
                            Text.of("department.thousands-split", r.get(valueCol).strip() + "," + r.get(nextCol).strip())));
                    return;
                }
                String item = r.get(itemCol).strip();
                Item it = findItem(item);
                if (it == null) {
                    problems.add(new Problem(Severity.ERROR, file, r.line(), itemCol + 1, null, item.isEmpty() ? null : item,
                            item.isEmpty() ? Text.of("department.no-item") : Text.of("department.unknown-item", Problems.excerpt(item)) + suggestItem(item)));
                    return;
                }
                cell(file, dep, r, unitCol, it, r.get(valueCol), valueCol, into);
                if (scopeCol >= 0) scope(file, r, unitCol, scopeCol, it, into);
                UnitRecord cu = confirmCol < 0 || r.get(confirmCol).isBlank() ? null : registry.find(r.get(unitCol).strip());
                if (cu != null) into.confirm(cu.code(), it.id(), r.get(confirmCol).strip());
            };
        }
        if (itemCol >= 0 || valueCol >= 0) {
            problems.error(file, 1, 1, null, Text.of("department.long-format"));
            return null;
        }
        List<Item> columns = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (c == unitCol || isNoteColumn(header.get(c))) {
                columns.add(null);
                continue;
            }
            Item it = findItem(header.get(c));
            if (it == null) {
                problems.error(file, 1, c + 1, header.get(c), Text.of("department.not-item-column", header.get(c))
                        + suggestItem(header.get(c)) + Text.of("department.not-item-column.hint"));
            }
            columns.add(it);
        }
        return r -> {
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c) != null) cell(file, dep, r, unitCol, columns.get(c), r.get(c), c, into);
            }
        };
    }

    private static final Pattern THOUSANDS_SPLIT_HEAD = Pattern.compile("-?[0-9]{1,3}");
    private static final Pattern THOUSANDS_SPLIT_TAIL = Pattern.compile("[0-9]{3}(\\.[0-9]+)?");

    private static boolean isNoteColumn(String h) {
        return NOTE_HEADERS.contains(h.toLowerCase(Locale.ROOT));
    }

    /** A figure's 口径 (行政区划 or 功能区; empty: not said); another word is an error at its cell. */
    private void scope(String file, Table.Row r, int unitCol, int scopeCol, Item it, ItemValues into) {
        String s = r.get(scopeCol).strip();
        UnitRecord u = registry.find(r.get(unitCol).strip());
        if (s.isEmpty() || u == null) return;
        if (ADMINISTRATIVE.contains(s)) into.scope(u.code(), it.id(), ItemValues.Scope.ADMINISTRATIVE);
        else if (FUNCTIONAL.contains(s)) into.scope(u.code(), it.id(), ItemValues.Scope.FUNCTIONAL);
        else problems.add(new Problem(Severity.ERROR, file, r.line(), scopeCol + 1, u.code(), it.id(),
                Text.of("department.bad-scope", Problems.excerpt(s))));
    }

    private void cell(String file, String dep, Table.Row r, int unitCol, Item it, String text, int col, ItemValues into) {
        String unitText = r.get(unitCol).strip();
        UnitRecord u = registry.find(unitText);
        if (u == null) {
            problems.add(new Problem(Severity.ERROR, file, r.line(), unitCol + 1, null, it.id(), unitText.isEmpty()
                    ? Text.of("department.no-unit") : Text.of("unit.unknown", Problems.excerpt(unitText), registry.suggest(unitText))));
            return;
        }
        if (!dep.equals(it.department())) {
            Department owner = fw.department(it.department());
            problems.add(new Problem(Severity.ERROR, file, r.line(), col + 1, u.code(), it.id(), Text.of("department.wrong-owner",
                    it.id(), owner == null ? it.department() : owner.id() + " " + owner.name(), dep)));
            return;
        }
        NumberParser.Parsed p = NumberParser.parse(text);
        if (!p.ok()) {
            problems.add(new Problem(Severity.ERROR, file, r.line(), col + 1, u.code(), it.id(), p.error()));
            return;
        }
        if (p.missing()) return;
        double v = p.value();
        if (it.isCount() && v < 0) {
            problems.add(new Problem(Severity.ERROR, file, r.line(), col + 1, u.code(), it.id(),
                    Text.of("department.negative-count", text.strip())));
            return;
        }
        if (it.isCount() && v != Math.rint(v)) {
            problems.add(new Problem(Severity.WARNING, file, r.line(), col + 1, u.code(), it.id(),
                    Text.of("department.fractional-count", text.strip())));
        }
        if (it.maxMonths() && v > periodMonths) {
            problems.add(new Problem(Severity.ERROR, file, r.line(), col + 1, u.code(), it.id(), Text.of("department.months",
                    it.id() + (it.name() == null ? "" : " " + it.name()), text.strip(), String.valueOf(periodMonths))));
            return;
        }
        if (it.isRate() && (v < 0 || v > 100)) {
            problems.add(new Problem(Severity.ERROR, file, r.line(), col + 1, u.code(), it.id(),
                    Text.of("department.rate-range", text.strip())));
            return;
        }
        if (it.isRate()) {
            RateColumn rc = rateColumns.computeIfAbsent(it.id(), k -> new RateColumn());
            rc.values++;
            if (v > 1 || text.contains("%")) rc.allFractions = false;
            if (v > 0 && v <= 1 && !text.contains("%")) {
                if (rc.firstText == null) rc.firstText = text.strip();
                rc.fractionWarnings.add(new Problem(Severity.WARNING, file, r.line(), col + 1, u.code(), it.id(),
                        Text.of("department.rate-fraction", text.strip())));
            }
        }
        Reported rep = new Reported(u.code(), it.id(), v, dep, file, r.line(), col + 1);
        if (seen == null) seen = new ItemValues(registry, fw.items());
        Reported first = seen.putIfAbsent(rep);
        if (first != null) {
            if (first.value() == v) {
                problems.add(new Problem(Severity.WARNING, file, r.line(), col + 1, u.code(), it.id(),
                        Text.of("department.twice-same", LeafDeriver.fileName(first.file()), String.valueOf(first.line()))));
            } else {
                problems.add(new Problem(Severity.ERROR, file, r.line(), col + 1, u.code(), it.id(), Text.of("department.twice-different",
                        fmt(first.value()), LeafDeriver.fileName(first.file()), String.valueOf(first.line()), fmt(v))));
                into.remove(u.code(), it.id());
            }
            return;
        }
        into.put(rep);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** Items by the text a file names them with (an id in any case, or the name), found once per text. */
    private final Map<String, Optional<Item>> itemsByText = new HashMap<>();

    private Item findItem(String idOrName) {
        Optional<Item> known = itemsByText.get(idOrName);
        if (known == null) {
            known = Optional.ofNullable(searchItem(idOrName));
            itemsByText.put(idOrName, known);
        }
        return known.orElse(null);
    }

    private Item searchItem(String idOrName) {
        String s = idOrName.strip();
        for (Item it : fw.items()) if (it.id().equalsIgnoreCase(s)) return it;
        for (Item it : fw.items()) if (it.name() != null && it.name().equals(s)) return it;
        return null;
    }

    private String suggestItem(String wrong) {
        List<String> names = new ArrayList<>();
        for (Item it : fw.items()) {
            names.add(it.id());
            if (it.name() != null) names.add(it.name());
        }
        return Names.didYouMean(wrong, names);
    }

    /**
     * The department a file is from, by its name: the code before the first - _ space or dot
     * (D05-….csv), else the department's name in it; null when neither names one.
     */
    public static String departmentOf(Framework fw, Path path) {
        String name = path.getFileName().toString();
        String stem = name.replaceAll("\\.[^.]+$", "");
        String prefix = stem.split("[-_ .]", 2)[0];
        for (Department d : fw.departments()) if (d.id().equalsIgnoreCase(prefix)) return d.id();
        for (Department d : fw.departments()) if (d.name() != null && stem.contains(d.name())) return d.id();
        // "政务服务办公室.csv" for 市政务服务办公室: the name without the 市 prefix
        for (Department d : fw.departments()) {
            if (d.name() != null && d.name().length() > 2 && stem.contains(d.name().substring(1))) return d.id();
        }
        return null;
    }
}
