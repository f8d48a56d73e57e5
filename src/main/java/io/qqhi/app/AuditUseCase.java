package io.qqhi.app;

import java.nio.file.Path;

import io.qqhi.analysis.StatisticalAudit;
import io.qqhi.input.SurveyResult;
import io.qqhi.release.AtomicFiles;
import io.qqhi.report.OutputSet;
import io.qqhi.report.records.AuditWriter;

/** The statistical audit of a run (docs/methods.md, audit), its tables written to a folder. */
public final class AuditUseCase {
    private AuditUseCase() {
    }

    public record Request(RunRequest run, Path out) {
    }

    /** @param survey the period's survey results, null with leaf-value data */
    public record Result(StatisticalAudit audit, SurveyResult survey, int files) {
    }

    public static Result run(Request req, Reporter reporter) {
        PreparedRun run = PreparedRun.of("audit", req.run(), false, reporter);
        StatisticalAudit audit = StatisticalAudit.of(run.compute());
        SurveyResult survey = run.loaded().period() == null ? null : run.loaded().period().survey();
        OutputSet files = AuditWriter.files(audit, survey);
        AtomicFiles.write(req.out(), files);
        return new Result(audit, survey, files.size());
    }
}
