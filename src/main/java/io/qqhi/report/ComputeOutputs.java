package io.qqhi.report;

import java.util.List;

import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Problem;
import io.qqhi.input.PeriodInputs;

/** Every file {@code qqhi compute} writes (formats.md §4 plus the run's records), in a fixed order. */
public final class ComputeOutputs {
    private ComputeOutputs() {
    }

    public static OutputSet build(IndexResult r, PeriodInputs period, String settingsYaml, List<Problem> problems) {
        OutputSet out = new OutputSet();
        out.stream("scores.csv", w -> ScoresWriter.csv(r, w));
        for (PoolResult p : r.pools()) out.excelCsv("rankings-" + OutputSet.safe(p.pool()) + ".csv", RankingsWriter.csv(r, p));
        out.stream("scores.json", w -> ScoresWriter.json(r, w));
        out.text("settings.yaml", settingsYaml);
        out.text("adjustments.csv", RecordsWriter.adjustments(r));
        out.excelCsv("problems.csv", RecordsWriter.problems(problems));
        if (period != null && period.survey() != null) {
            out.excelCsv("survey.csv", RecordsWriter.survey(period.survey()));
            out.excelCsv("screening-log.csv", RecordsWriter.screening(period.survey()));
        }
        return out;
    }
}
