package io.qqhi.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qqhi.analysis.PeriodComparison;
import io.qqhi.analysis.RectificationProgress;
import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.framework.Problem;
import io.qqhi.input.DataFolder;
import io.qqhi.input.PeriodInputs;
import io.qqhi.input.UnitRecord;
import io.qqhi.report.PlaceLists;
import io.qqhi.report.records.ListsWriter;
import io.qqhi.report.records.RankingsWriter;
import io.qqhi.report.records.RecordsWriter;
import io.qqhi.report.records.ScoresWriter;
import io.qqhi.report.records.UnitPageWriter;

/** Every file {@code qqhi compute} writes (docs/formats.md, outputs, plus the run's records), in a fixed order. */
public final class ComputeOutputs {
    /** Pools larger than this get no per-unit pages (their lists are in the CSV files). */
    public static final int MAX_UNIT_PAGES = 1000;

    private ComputeOutputs() {
    }

    /**
     * The period comparison (null without a previous period) and the two-way lists of a run;
     * {@code listed} false when the lists were not made (compute --no-lists): their files are then
     * not written at all, rather than written empty.
     */
    /**
     * @param reviewed figures corrected after the places' review (复核申诉) of the period's round, for
     *                 the 通报's "经复核更正X项"; 0 without a review
     */
    /**
     * The run's comparison with the previous period, its lists, how many figures the review
     * corrected, and how last period's list was worked on (null: no previous list).
     */
    public record RunLists(PeriodComparison comparison, boolean listed, PlaceLists twoWay, int reviewed,
                           RectificationProgress progress) {
        public RunLists(PeriodComparison comparison, boolean listed, PlaceLists twoWay) {
            this(comparison, listed, twoWay, 0, null);
        }

        public RunLists(PeriodComparison comparison, boolean listed, PlaceLists twoWay, RectificationProgress progress) {
            this(comparison, listed, twoWay, 0, progress);
        }

        public RunLists withReviewed(int n) {
            return new RunLists(comparison, listed, twoWay, n, progress);
        }
    }

    public static OutputSet build(IndexResult r, PeriodInputs period, String settingsYaml, List<Problem> problems,
                                  RunLists lists) {
        OutputSet out = new OutputSet();
        out.streamBytes("scores.csv", o -> ScoresWriter.csv(r, o));
        // rough nanoseconds per row, measured at national scale: the biggest files start first
        long scores = 0;
        for (PoolResult p : r.pools()) {
            for (boolean a : p.active()) if (a) scores += p.unitCount();
        }
        out.effort("scores.csv", 140 * scores);
        out.effort("scores.json", 130 * scores);
        Map<String, PeriodComparison.Row> idx = lists.comparison() == null ? Map.of()
                : lists.comparison().indexRows();
        for (PoolResult p : r.pools()) {
            String name = "rankings-" + OutputSet.safe(p.pool()) + ".csv";
            out.excelCsvStream(name, w -> RankingsWriter.csv(r, p, idx, w));
            out.effort(name, 2000L * p.unitCount());
        }
        out.stream("scores.json", w -> ScoresWriter.json(r, w));
        out.text("settings.yaml", settingsYaml);
        out.text("adjustments.csv", () -> RecordsWriter.adjustments(r));
        out.excelCsv("problems.csv", () -> RecordsWriter.problems(problems));
        // the lists of earlier versions, replaced by the two-way lists: removed from the folder
        for (PoolResult p : r.pools()) out.obsolete("shortboards-" + OutputSet.safe(p.pool()) + ".csv");
        out.obsolete("problems-by-department.csv");
        out.obsolete("achievements.csv");
        out.obsolete("shortboard-changes.csv");
        addLists(out, r, lists);
        if (lists.comparison() != null) {
            for (PoolResult p : r.pools()) {
                out.excelCsv("comparison-" + OutputSet.safe(p.pool()) + ".csv", () -> ListsWriter.comparison(lists.comparison(), p.pool()));
            }
        }
        // a page per place is for the people of a city's pools, not for 40,000 townships at once
        Set<String> paged = new HashSet<>();
        for (PoolResult p : r.pools()) if (p.unitCount() <= MAX_UNIT_PAGES && lists.listed()) paged.add(p.pool());
        for (PoolResult p : r.pools()) {
            if (!paged.contains(p.pool())) continue;
            for (int row = 0; row < p.unitCount(); row++) {
                int u = row;
                String key = p.pool() + "/" + p.units().get(u).code();
                out.text("units/" + OutputSet.safe(p.units().get(u).code()) + ".md", () -> UnitPageWriter.page(r, p, u,
                        lists.twoWay(), idx.get(key),
                        lists.comparison() == null ? null : DataFolder.label(lists.comparison().previousLabel())));
            }
        }
        if (period != null && period.survey() != null) {
            out.excelCsv("survey.csv", () -> RecordsWriter.survey(period.survey()));
            out.excelCsv("screening-log.csv", () -> RecordsWriter.screening(period.survey()));
        }
        return out;
    }

    /** The lists (all, per guiding department, one per place, the follow-up), or their files marked obsolete without lists. */
    private static void addLists(OutputSet out, IndexResult r, RunLists lists) {
        Framework fw = r.framework();
        PlaceLists two = lists.twoWay();
        if (lists.listed() && two != null) {
            out.excelCsvStream("rectification.csv", w -> ListsWriter.Kind.RECTIFICATION.csv(two.rectification(), w));
            out.excelCsvStream("promotion.csv", w -> ListsWriter.Kind.PROMOTION.csv(two.promotion(), w));
            out.excelCsvStream("watchlist.csv", w -> ListsWriter.Kind.WATCH.csv(two.watch(), w));
            out.excelCsv("guides.csv", () -> ListsWriter.guides(two, fw));
            if (r.pools().stream().allMatch(p -> p.unitCount() <= MAX_UNIT_PAGES)) {
                // a 对口指导清单 per guiding department: what each must guide, place by place
                two.byGuide(fw).forEach((guide, entries) ->
                        out.excelCsv("guides/" + OutputSet.safe(guide) + "-对口指导清单.csv", () -> ListsWriter.guideList(entries)));
            }
            Map<String, List<PlaceLists.Entry>> perUnit = new LinkedHashMap<>();
            for (PlaceLists.Entry e : two.rectification()) perUnit.computeIfAbsent(e.unit(), k -> new ArrayList<>()).add(e);
            for (PoolResult p : r.pools()) {
                if (p.unitCount() > MAX_UNIT_PAGES) continue; // a file per place is for a city's pools
                for (UnitRecord u : p.units()) {
                    List<PlaceLists.Entry> mine = perUnit.getOrDefault(u.code(), List.of());
                    out.excelCsv("lists/" + OutputSet.safe(u.code() + "-" + u.displayName()) + "-问题整改清单.csv",
                            () -> ListsWriter.Kind.RECTIFICATION.csv(mine));
                }
            }
            if (lists.comparison() != null) {
                out.excelCsv("rectification-followup.csv", () -> ListsWriter.followUp(two.followUp(),
                        DataFolder.label(lists.comparison().previousLabel())));
            }
        } else {
            for (String f : List.of("rectification.csv", "promotion.csv", "watchlist.csv", "guides.csv", "rectification-followup.csv")) {
                out.obsolete(f);
            }
            for (PoolResult p : r.pools()) {
                if (p.unitCount() > MAX_UNIT_PAGES) continue; // such pools never get pages
                for (UnitRecord u : p.units()) {
                    out.obsolete("units/" + OutputSet.safe(u.code()) + ".md");
                    out.obsolete("lists/" + OutputSet.safe(u.code() + "-" + u.displayName()) + "-问题整改清单.csv");
                }
            }
        }
    }
}
