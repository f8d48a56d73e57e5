package io.qqhi.input;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qqhi.framework.Department;
import io.qqhi.framework.Framework;
import io.qqhi.framework.InputException;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Severity;
import io.qqhi.framework.Text;
import io.qqhi.framework.UnitNames;

/**
 * Reads a period of a data folder: registry, frame, every department file and the survey, then
 * checks coverage and history and derives the leaf values. Every problem lands in {@code problems};
 * the caller decides whether errors stop the run.
 */
public final class PeriodLoader {
    private final Framework fw;
    private final DataFolder folder;
    private final String encoding;

    private final boolean allowEmpty;

    public PeriodLoader(Framework fw, DataFolder folder, String encoding) {
        this(fw, folder, encoding, false);
    }

    /** With {@code allowEmpty}, a department file with a header and no data rows is a warning, not an error. */
    public PeriodLoader(Framework fw, DataFolder folder, String encoding, boolean allowEmpty) {
        this.fw = fw;
        this.folder = folder;
        this.encoding = encoding;
        this.allowEmpty = allowEmpty;
    }

    public UnitRegistry registry(Problems problems) {
        if (!Files.exists(folder.units())) {
            throw InputException.missingFile(folder.units().toString(),
                    Text.of("data.no-units"));
        }
        return UnitRegistry.read(folder.units(), encoding, fw.pools(), problems);
    }

    /**
     * Reads a period; with {@code previous} (the period before, already read) its figures are also
     * checked against the previous ones (数据甄别).
     */
    public PeriodInputs load(String period, UnitRegistry reg, PeriodInputs previous, Problems problems) {
        Map<String, String> annualFrom = new java.util.LinkedHashMap<>();
        ItemValues items = readDepartments(period, reg, annualFrom, problems);
        problems.addAll(ScopeCheck.check(reg, fw.items(), items));
        SurveyResult survey = null;
        Path sf = folder.surveyFile(period);
        if (!fw.survey().items().isEmpty()) {
            if (Files.exists(sf)) {
                SurveyFrame frame = SurveyFrame.read(folder.frame(), reg, encoding, problems);
                survey = SurveyReader.read(sf, fw, reg, frame, encoding, problems);
                reportSurvey(survey, reg, problems);
            } else {
                problems.add(new Problem(Severity.WARNING, sf.toString(), 0, 0, null, null,
                        Text.of("survey.no-file", DataFolder.labelFor(period))));
            }
        }
        Coverage coverage = Coverage.of(fw, reg, items);
        reportCoverage(coverage, period, reg, problems);
        if (previous != null) {
            problems.addAll(HistoryCheck.check(fw, reg, items, previous.items(), previous.period()));
        }
        Dataset ds = LeafDeriver.derive(fw, reg, items, survey, folder.root().resolve(period).toString(),
                DataFolder.months(period), problems);
        List<String> files = new ArrayList<>();
        for (Path p : folder.departmentFiles(period)) files.add(p.toString());
        if (Files.exists(sf)) files.add(sf.toString());
        return new PeriodInputs(period, reg, items, survey, coverage, ds, files, annualFrom);
    }

    private ItemValues readDepartments(String period, UnitRegistry reg, Map<String, String> annualFrom, Problems problems) {
        ItemValues items = new ItemValues(reg, fw.items());
        DepartmentDataReader reader = new DepartmentDataReader(fw, reg, problems, allowEmpty);
        reader.periodMonths(DataFolder.months(period));
        Set<String> sent = new LinkedHashSet<>();
        for (Path f : folder.departmentFiles(period)) {
            String dep = reader.read(f, encoding, items);
            if (dep != null) sent.add(dep);
        }
        boolean midYear = !DataFolder.endsYear(period);
        if (midYear) new AnnualItems(fw, folder, encoding, allowEmpty).carry(period, reg, items, annualFrom, problems);
        for (Department d : fw.departments()) {
            // a department that owns only annual items sends nothing mid-year
            boolean owns = fw.items().stream().anyMatch(i -> d.id().equals(i.department()) && !(midYear && i.annual()));
            if (owns && !sent.contains(d.id())) {
                problems.add(new Problem(Severity.WARNING, folder.root().resolve(period).resolve("departments").toString(),
                        0, 0, null, null, Text.of("coverage.no-file", d.id() + " " + d.name(), DataFolder.labelFor(period))));
            }
        }
        return items;
    }

    private void reportCoverage(Coverage c, String period, UnitRegistry reg, Problems problems) {
        c.byDepartment().forEach((dep, cells) -> {
            for (Coverage.Cell cell : cells) {
                List<String> missing = new ArrayList<>();
                for (String code : cell.missing()) missing.add(UnitNames.display(code));
                if (missing.isEmpty() || cell.received().isEmpty()) continue;
                String names = missing.size() <= 20 ? String.join("、", missing)
                        : String.join("、", missing.subList(0, 20)) + Text.of("coverage.more", String.valueOf(missing.size() - 20));
                problems.add(new Problem(Severity.WARNING, null, 0, 0, null, cell.item().id(), Text.of("coverage.missing",
                        DataFolder.labelFor(period), String.valueOf(missing.size()), names, dep + " " + fw.departmentName(dep))));
            }
        });
    }

    private void reportSurvey(SurveyResult s, UnitRegistry reg, Problems problems) {
        Map<String, Set<String>> needed = LeafDeriver.itemsNeeded(fw, reg);
        for (int u = 0; u < s.units().size(); u++) {
            String unit = s.units().get(u);
            UnitRecord rec = reg.find(unit);
            List<String> thin = new ArrayList<>();
            for (int k = 0; k < s.items().size(); k++) {
                if (!needed.get(rec.pool()).contains(s.items().get(k))) continue;
                if (Double.isNaN(s.mean()[u][k])) {
                    thin.add(s.items().get(k) + " n=" + s.n()[u][k] + (s.weighted() ? ", n_eff=" + Text.number(Math.floor(s.nEff()[u][k] * 10) / 10) : ""));
                }
            }
            if (!thin.isEmpty()) {
                problems.add(new Problem(Severity.WARNING, null, 0, 0, unit, null, Text.of("survey.thin",
                        String.valueOf(fw.survey().minSample()), String.join("，", thin))));
            }
        }
        int removed = s.removed().size();
        int flagged = s.screening().size() - removed;
        if (!s.screening().isEmpty()) {
            problems.add(new Problem(Severity.INFO, s.screening().get(0).file(), 0, 0, null, null, Text.of("survey.screened",
                    String.valueOf(removed), String.valueOf(flagged))));
        }
    }
}
