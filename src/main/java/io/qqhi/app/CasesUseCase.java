package io.qqhi.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.framework.InputException;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Text;
import io.qqhi.input.Case;
import io.qqhi.input.DataFolder;
import io.qqhi.input.PeriodLoader;
import io.qqhi.input.Table;
import io.qqhi.input.UnitRecord;
import io.qqhi.input.UnitRegistry;
import io.qqhi.input.XlsxReader;
import io.qqhi.release.RoundStore;
import io.qqhi.report.PlaceLists;
import io.qqhi.report.records.CasesCsv;

/**
 * The case register (典型案例; docs/formats.md, cases), kept per period in {@code DATA/P/cases.csv}:
 * {@code add} one case, {@code import} a sheet of them (all or none), {@code list} them with whether
 * each stands behind a promotion. Every case is checked before anything is written: a known place,
 * a leaf of the framework or a theme, a title, a text of 300–800 characters.
 */
public final class CasesUseCase {
    public static final String FILE = "cases.csv";

    private CasesUseCase() {
    }

    /** The data folder, its period and the framework the leaves are named in. */
    public record Where(Path framework, boolean strict, Path data, String period) {
    }

    /**
     * A case as given: place (code or name), leaf (id or name; may be empty with a theme), theme,
     * title, text, contact, and its line in the sheet it came from (0: the command line).
     */
    public record NewCase(String unit, String leaf, String theme, String title, String text, String contact, int line) {
    }

    public record AddResult(String period, List<Case> added, Path file) {
    }

    /** Adds {@code given} (one, or a sheet's rows) after checking them all; 65 naming each problem, nothing written. */
    public static AddResult add(Where w, List<NewCase> given, String source, LocalDate today, Reporter reporter) {
        Framework fw = Frameworks.load(Defaults.framework(w.framework()), w.strict(), reporter);
        DataFolder folder = new DataFolder(Defaults.data(w.data()));
        String period = folder.period(w.period());
        Problems problems = new Problems();
        UnitRegistry reg = new PeriodLoader(fw, folder, "auto").registry(problems);
        Path file = path(folder, period);
        List<Case> before = read(file);
        List<Case> added = new ArrayList<>();
        int n = before.size();
        for (int k = 0; k < given.size(); k++) {
            NewCase c = given.get(k);
            String at = source;
            int line = c.line();
            UnitRecord u = reg.find(c.unit().strip());
            if (u == null) problems.error(at, line, 0, null, Text.of("cases.unknown-unit", c.unit()));
            String node = "";
            if (!c.leaf().isBlank()) {
                int i = leaf(fw, c.leaf().strip());
                if (i < 0) problems.error(at, line, 0, null, Text.of("cases.unknown-leaf", c.leaf()));
                else node = fw.node(i).id();
            } else if (c.theme().isBlank()) {
                problems.error(at, line, 0, null, Text.of("cases.no-subject"));
            }
            if (c.title().isBlank()) problems.error(at, line, 0, null, Text.of("cases.no-title"));
            int len = Case.length(c.text());
            if (len < Case.MIN_TEXT || len > Case.MAX_TEXT) {
                problems.error(at, line, 0, null, Text.of("cases.text-length", String.valueOf(len), String.valueOf(Case.MIN_TEXT),
                        String.valueOf(Case.MAX_TEXT)));
            }
            String unit = u == null ? c.unit() : u.code();
            boolean twice = before.stream().anyMatch(x -> x.unit().equals(unit) && x.title().equals(c.title().strip()))
                    || added.stream().anyMatch(x -> x.unit().equals(unit) && x.title().equals(c.title().strip()));
            if (twice) problems.error(at, line, 0, null, Text.of("cases.twice", c.title()));
            added.add(new Case(period + "-" + String.format(Locale.ROOT, "%02d", ++n), unit, node, c.theme().strip(), c.title().strip(),
                    c.text().strip(), c.contact().strip(), today.toString()));
        }
        if (problems.hasErrors()) throw new InputException(InputException.DATA, problems.all());
        try (RoundStore store = RoundStore.open(file.getParent())) {
            if (Files.exists(file)) store.keep(file, file.resolveSibling(".versions").resolve("cases." + today + "." + (n - added.size())
                    + ".csv"));
            List<Case> all = new ArrayList<>(before);
            all.addAll(added);
            store.write(file, CasesCsv.text(all));
        }
        return new AddResult(period, added, file);
    }

    public record ListResult(String period, List<Case.Listed> cases) {
    }

    /**
     * The period's cases and, for each, whether it stands behind a promotion of this period's
     * lists (a theme case always does; a leaf case whose place is not promoted on that leaf is kept,
     * flagged, and left out of the documents).
     */
    public static ListResult list(Where w, Reporter reporter) {
        RunRequest req = new RunRequest(w.framework(), Defaults.data(w.data()), w.period(), null, "auto", false, Map.of(), null, null,
                w.strict());
        PreparedRun run = PreparedRun.of("cases", req, true, reporter);
        IndexResult result = run.compute();
        PlaceLists lists = PeriodLists.of(result, run, null, false, reporter).twoWay();
        List<Case> all = read(run.loaded().folder(), run.period());
        Framework fw = result.framework();
        List<Case.Listed> out = new ArrayList<>();
        for (Case c : all) {
            String unitName = c.unit();
            for (PoolResult p : result.pools()) {
                for (UnitRecord u : p.units()) if (u.code().equals(c.unit())) unitName = u.displayName();
            }
            int i = c.node().isEmpty() ? -1 : fw.indexOf(c.node());
            out.add(new Case.Listed(c, unitName, i < 0 ? "" : fw.node(i).displayName(), lists != null && lists.cases().contains(c)));
        }
        return new ListResult(run.period(), out);
    }

    /** The rows of a sheet of cases (.csv or .xlsx with the {@link CasesCsv#IMPORT} columns). */
    public static List<NewCase> sheet(Path file) {
        Problems problems = new Problems();
        Table t = file.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? XlsxReader.read(file, problems)
                : Table.readCsv(file, "auto", problems);
        if (problems.hasErrors() || t == null) throw new InputException(InputException.DATA, problems.all());
        int[] at = new int[CasesCsv.IMPORT.size()];
        for (int c = 0; c < at.length; c++) at[c] = t.header().indexOf(CasesCsv.IMPORT.get(c));
        if (at[0] < 0 || at[3] < 0 || at[4] < 0) {
            problems.error(file.toString(), 1, 0, null, Text.of("cases.not-a-sheet", String.join("、", CasesCsv.IMPORT)));
            throw new InputException(InputException.DATA, problems.all());
        }
        List<NewCase> out = new ArrayList<>();
        for (Table.Row r : t.rows()) {
            out.add(new NewCase(get(r, at[0]), get(r, at[1]), get(r, at[2]), get(r, at[3]), get(r, at[4]), get(r, at[5]),
                    r.line()));
        }
        return out;
    }

    /** The period's cases; none when it has no register. */
    public static List<Case> read(DataFolder folder, String period) {
        return folder == null || period == null ? List.of() : read(path(folder, period));
    }

    static List<Case> read(Path file) {
        if (!Files.isRegularFile(file)) return List.of();
        Problems problems = new Problems();
        Table t = Table.readCsv(file, "auto", problems);
        if (problems.hasErrors()) throw new InputException(InputException.DATA, problems.all());
        int[] at = new int[CasesCsv.HEADER.size()];
        for (int c = 0; c < at.length; c++) at[c] = t.header().indexOf(CasesCsv.HEADER.get(c));
        List<Case> out = new ArrayList<>();
        for (Table.Row r : t.rows()) {
            out.add(new Case(get(r, at[0]), get(r, at[1]), get(r, at[2]), get(r, at[3]), get(r, at[4]), get(r, at[5]), get(r, at[6]),
                    get(r, at[7])));
        }
        return out;
    }

    static Path path(DataFolder folder, String period) {
        return folder.root().resolve(period).resolve(FILE);
    }

    /** A leaf by id or name. */
    private static int leaf(Framework fw, String s) {
        for (int i = 0; i < fw.size(); i++) {
            if (fw.node(i).isLeaf() && (fw.node(i).id().equals(s) || fw.node(i).displayName().equals(s))) return i;
        }
        return -1;
    }

    private static String get(Table.Row r, int c) {
        return c < 0 ? "" : Table.ownOutputCell(r.get(c)).strip();
    }
}
