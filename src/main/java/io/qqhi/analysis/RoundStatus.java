package io.qqhi.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qqhi.framework.Department;
import io.qqhi.framework.Framework;
import io.qqhi.framework.Item;
import io.qqhi.framework.Problem;
import io.qqhi.input.DataFolder;
import io.qqhi.input.DepartmentDataReader;
import io.qqhi.input.HistoryCheck;
import io.qqhi.input.LeafDeriver;
import io.qqhi.input.PeriodInputs;
import io.qqhi.input.Round;
import io.qqhi.input.SurveyResult;
import io.qqhi.input.UnitRecord;

/**
 * Who still owes what in a collection round (docs/formats.md, round status): per department the
 * figures expected (its items × the units whose pool needs them; annual items only with a
 * year-end period), received, missing, the errors in its file, whether it is late and when it
 * came; per place the survey's smallest sample against the minimum; and the 数据甄别 flags with
 * whether each was confirmed. Codes and numbers only.
 */
public record RoundStatus(String period, LocalDate deadline, LocalDate today, List<Dept> departments, List<Place> places,
                          List<Flag> flags) {

    /** A (unit, item) pair still missing, with the unit's name. */
    public record Missing(String unit, String unitName, String item) {
    }

    /**
     * A department's state: its file (null: none received), the figures expected and received,
     * what is missing, the errors in its file (messages with their position), whether it is late,
     * when the file in force came (ISO instant) and how many times it was corrected (a new
     * version replacing one in force).
     */
    public record Dept(String id, String name, String file, int expected, int received, List<Missing> missing,
                       List<Problem> errors, boolean late, String lastReceived, int corrections) {
        public boolean owes() {
            return expected > 0 && (file == null || !missing.isEmpty() || !errors.isEmpty());
        }
    }

    /** A place's survey: the smallest valid answers and effective sample over the items, and the minimum. */
    public record Place(String unit, String name, int n, double nEff, int minimum) {
        public boolean below() {
            return nEff < minimum;
        }
    }

    /** A 数据甄别 flag and whether its department confirmed it. */
    public record Flag(String unit, String item, String file, int line, boolean confirmed) {
    }

    /** Every department file in and free of errors (exit 0); else exit 2 (docs/formats.md, round status). */
    public boolean complete() {
        return departments.stream().noneMatch(d -> d.expected() > 0 && (d.file() == null || !d.errors().isEmpty()));
    }

    public boolean pastDeadline() {
        return deadline != null && today.isAfter(deadline);
    }

    public List<Flag> unconfirmed() {
        return flags.stream().filter(f -> !f.confirmed()).toList();
    }

    public static RoundStatus of(Framework fw, DataFolder folder, PeriodInputs in, List<Problem> problems, Round round,
                                 LocalDate today) {
        String period = in.period();
        LocalDate deadline = round == null ? null : round.deadline();
        Map<String, Set<String>> needed = LeafDeriver.itemsNeeded(fw, in.registry());
        boolean yearEnd = DataFolder.endsYear(period);
        List<Dept> depts = new ArrayList<>();
        for (Department d : fw.departments()) {
            List<Item> own = fw.items().stream().filter(i -> d.id().equals(i.department()) && (yearEnd || !i.annual())).toList();
            if (fw.items().stream().noneMatch(i -> d.id().equals(i.department()))) continue;
            Path file = fileOf(fw, folder, period, d.id());
            int expected = 0;
            List<Missing> missing = new ArrayList<>();
            for (UnitRecord u : in.registry().units()) {
                for (Item it : own) {
                    if (!needed.getOrDefault(u.pool(), Set.of()).contains(it.id())) continue;
                    expected++;
                    if (in.items().get(u.code(), it.id()) == null) missing.add(new Missing(u.code(), u.displayName(), it.id()));
                }
            }
            List<Problem> errors = file == null ? List.of()
                    : problems.stream().filter(p -> p.isError() && file.toString().equals(p.file())).toList();
            String name = file == null ? null : file.getFileName().toString();
            List<Round.Receipt> history = round == null || name == null ? List.of() : round.history(name);
            String when = history.isEmpty() ? modified(file) : history.get(history.size() - 1).time();
            // lateness from what the round recorded: a file's modification time changes with every copy
            String first = history.isEmpty() ? null : history.get(0).time();
            boolean late = deadline != null && expected > 0 && (file == null ? today.isAfter(deadline)
                    : first != null && Instant.parse(first).atZone(ZoneOffset.UTC).toLocalDate().isAfter(deadline));
            depts.add(new Dept(d.id(), d.name(), name, expected, expected - missing.size(), List.copyOf(missing), errors, late,
                    when, (int) history.stream().filter(x -> !x.replaced().isEmpty()).count()));
        }
        return new RoundStatus(period, deadline, today, List.copyOf(depts), places(fw, in), flags(problems, round));
    }

    /** The department's file, named as the readers match it (DepartmentDataReader.departmentOf). */
    static Path fileOf(Framework fw, DataFolder folder, String period, String dep) {
        for (Path p : folder.departmentFiles(period)) if (dep.equals(DepartmentDataReader.departmentOf(fw, p))) return p;
        return null;
    }

    private static String modified(Path file) {
        if (file == null) return null;
        try {
            return Files.getLastModifiedTime(file).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        } catch (IOException e) {
            return null;
        }
    }

    private static List<Place> places(Framework fw, PeriodInputs in) {
        SurveyResult s = in.survey();
        List<Place> out = new ArrayList<>();
        if (s == null) return out;
        for (int u = 0; u < s.units().size(); u++) {
            int n = Integer.MAX_VALUE;
            double eff = Double.POSITIVE_INFINITY;
            for (int k = 0; k < s.items().size(); k++) {
                n = Math.min(n, s.n()[u][k]);
                eff = Math.min(eff, s.nEff()[u][k]);
            }
            String code = s.units().get(u);
            UnitRecord rec = in.registry().find(code);
            out.add(new Place(code, rec == null ? code : rec.displayName(), n == Integer.MAX_VALUE ? 0 : n,
                    Double.isInfinite(eff) ? 0 : eff, fw.survey().minSample()));
        }
        return out;
    }

    private static List<Flag> flags(List<Problem> problems, Round round) {
        List<Flag> out = new ArrayList<>();
        for (Problem p : problems) {
            if (!HistoryCheck.CODE.equals(p.code()) || p.unit() == null || p.node() == null) continue;
            out.add(new Flag(p.unit(), p.node(), p.file(), p.line(), round != null && round.confirmed(p.unit(), p.node())));
        }
        return out;
    }
}
