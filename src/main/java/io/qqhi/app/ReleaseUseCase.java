package io.qqhi.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.qqhi.analysis.RawFigures;
import io.qqhi.compute.IndexResult;
import io.qqhi.framework.OutputException;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Severity;
import io.qqhi.framework.Text;
import io.qqhi.input.DataFolder;
import io.qqhi.release.ReleasePublisher;
import io.qqhi.report.ComputeOutputs;
import io.qqhi.report.OutputSet;
import io.qqhi.report.html.HtmlReport;
import io.qqhi.report.html.WhatIfPage;
import io.qqhi.report.word.Documents;
import io.qqhi.report.workbook.WorkbookWriter;

/**
 * Validates, computes and publishes a period into RELEASES/P (docs/formats.md, releases): the
 * compute outputs, report, workbook and Word documents, with a manifest. Safe to re-run: the same
 * inputs and settings publish nothing; changed inputs are refused without {@code force}.
 */
public final class ReleaseUseCase {
    private ReleaseUseCase() {
    }

    /**
     * @param previous a release to compare with; null: the newest earlier one in {@code releases}, else the data folder's
     * @param keep     with {@code force}: replaced versions of the period kept aside
     * @param acceptFlags why 数据甄别 flags the departments did not confirm are published anyway (null: they may not be;
     *                 applies only to a period with a collection round)
     */
    public record Request(RunRequest run, Path releases, Path previous, boolean force, int keep, String acceptFlags,
                          Documents.Issue issue) {
        public Request(RunRequest run, Path releases, Path previous, boolean force, int keep) {
            this(run, releases, previous, force, keep, null, Documents.Issue.NONE);
        }

        public Request(RunRequest run, Path releases, Path previous, boolean force, int keep, String acceptFlags) {
            this(run, releases, previous, force, keep, acceptFlags, Documents.Issue.NONE);
        }
    }

    /**
     * @param published false when the period was already published with the same inputs and settings (nothing done)
     * @param files     files published, the manifest included (0 when nothing was done)
     * @param compared  the period compared with, null without a comparison
     */
    public record Result(String period, boolean published, int files, String compared, long warnings) {
    }

    public static Result run(Request req, Reporter reporter) {
        RunRequest given = req.run();
        if (given.indicatorData() != null && given.period() == null && given.settings() == null) {
            throw new UsageException(Text.of("usage.release-period"));
        }
        if (req.keep() < 0) throw new UsageException(Text.of("usage.keep"));
        if (given.period() != null && !DataFolder.PERIOD.matcher(given.period()).matches()) {
            throw new UsageException(Text.of("template.bad-period", given.period()));
        }
        PreparedRun run = PreparedRun.of("release", given, true, reporter);
        String period = run.period();
        Map<String, String> round = RoundGate.check(run, req.acceptFlags(), reporter);
        refuseOverlap(req.releases(), run.dataRoot());
        ReleasePublisher.refuseForeignFolder(req.releases(), period);
        Path prev = req.previous() != null ? req.previous() : earlierRelease(req.releases(), period);
        List<ReleasePublisher.Input> inputs = inputs(run, prev);
        // cron: the same inputs and settings as the published release → nothing to do
        ReleasePublisher.Existing existing = ReleasePublisher.existing(req.releases(), period, inputs, Version.get(),
                run.settingsYaml());
        if (existing.published() && existing.changes().isEmpty() && !req.force()) return new Result(period, false, 0, null, 0);
        if (existing.published() && !req.force()) {
            throw new OutputException(OutputException.CANT_CREATE,
                    Text.of("release.changed", DataFolder.labelFor(period), String.join("、", existing.changes())), null);
        }
        IndexResult result = run.compute();
        ComputeOutputs.RunLists lists = PeriodLists.of(result, run, prev, false, reporter)
                .withReviewed(Integer.parseInt(round.getOrDefault("corrections_after_review", "0")));
        List<Problem> all = new ArrayList<>(run.problems().all());
        all.addAll(result.problems());
        if (lists.comparison() != null) all.addAll(lists.comparison().notes());
        run.failIfStrict(all);
        OutputSet files = bundle(run, result, lists, all, req.issue());
        ReleasePublisher.publish(req.releases(), period, files, inputs, Version.get(), run.settingsYaml(), req.force(), req.keep(), round);
        long warnings = all.stream().filter(p -> p.severity() == Severity.WARNING).count();
        return new Result(period, true, files.size() + 1, lists.comparison() == null ? null : lists.comparison().previousLabel(),
                warnings);
    }

    /** Releases written into the data folder (or the data inside the releases) could move or prune the data: refused. */
    private static void refuseOverlap(Path releases, Path data) {
        if (data == null) return;
        Path r = releases.toAbsolutePath().normalize();
        Path d = data.toAbsolutePath().normalize();
        if (r.startsWith(d) || d.startsWith(r)) throw new UsageException(Text.of("release.out-in-data", releases.toString(), data.toString()));
    }

    /** Everything a release publishes but the manifest: the compute outputs, report, workbook and documents. */
    static OutputSet bundle(PreparedRun run, IndexResult result, ComputeOutputs.RunLists lists, List<Problem> all,
                            Documents.Issue issue) {
        String period = run.period();
        String notice = run.notice();
        OutputSet files = ComputeOutputs.build(result, run.loaded().period(), run.settingsYaml(), all, lists);
        files.text("report.html", HtmlReport.render(period, result, lists, run.loaded().period(), run.settingsYaml(), notice));
        if (WhatIfPage.fits(result)) files.text("whatif.html", WhatIfPage.render(period, result, notice));
        files.bytes("qqhi-" + period + ".xlsx", WorkbookWriter.write(result, lists, run.settings(), notice,
                RawFigures.of(result.framework(), run.loaded().period(), run.dataRoot(), RoundGate.versions(run))));
        Documents.all(result, lists, period, notice, run.loaded().period(), issue).forEach(files::bytes);
        return files;
    }

    /** The files whose SHA-256 the manifest records, to tell later whether the period's inputs changed. */
    private static List<ReleasePublisher.Input> inputs(PreparedRun run, Path prev) {
        List<ReleasePublisher.Input> inputs = new ArrayList<>();
        RunRequest req = run.request();
        inputs.add(new ReleasePublisher.Input("framework", req.frameworkPath()));
        if (req.weights() != null) inputs.add(new ReleasePublisher.Input("weights", req.weights()));
        DataFolder folder = run.loaded().folder();
        if (folder == null) {
            inputs.add(new ReleasePublisher.Input("indicator-data", req.indicatorData()));
        } else {
            inputs.add(new ReleasePublisher.Input("data-root", folder.root()));
            inputs.add(new ReleasePublisher.Input("units", folder.units()));
            if (Files.exists(folder.frame())) inputs.add(new ReleasePublisher.Input("frame", folder.frame()));
            Path survey = folder.surveyFile(run.period());
            for (String f : run.loaded().period().departmentFiles()) {
                Path p = Path.of(f);
                inputs.add(new ReleasePublisher.Input(p.equals(survey) ? "survey" : "department", p));
            }
            // the case register and last period's ledger shape the documents: recorded like the figures
            Path cases = CasesUseCase.path(folder, run.period());
            if (Files.isRegularFile(cases)) inputs.add(new ReleasePublisher.Input("cases", cases));
        }
        if (prev != null && Files.isRegularFile(prev.resolve("scores.csv"))) {
            inputs.add(new ReleasePublisher.Input(ReleasePublisher.PREVIOUS, prev.resolve("scores.csv")));
        }
        Path ledger = prev == null ? null : LedgerUseCase.besideRelease(prev, prev.getFileName().toString());
        if (ledger != null && Files.isRegularFile(ledger)) inputs.add(new ReleasePublisher.Input("ledger", ledger));
        return inputs;
    }

    /** The newest release in RELEASES before this period that has scores.csv, or null. */
    private static Path earlierRelease(Path releases, String period) {
        if (!Files.isDirectory(releases)) return null;
        List<String> earlier = new ArrayList<>();
        try (Stream<Path> s = Files.list(releases)) {
            s.filter(p -> Files.isRegularFile(p.resolve("scores.csv"))).map(p -> p.getFileName().toString())
                    .filter(n -> DataFolder.PERIOD.matcher(n).matches() && DataFolder.comparePeriods(n, period) < 0)
                    .forEach(earlier::add);
        } catch (IOException e) {
            return null;
        }
        earlier.sort(DataFolder::comparePeriods);
        return earlier.isEmpty() ? null : releases.resolve(earlier.get(earlier.size() - 1));
    }
}
