package io.qqhi.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qqhi.analysis.History;
import io.qqhi.analysis.RankMoveSplit;
import io.qqhi.analysis.ReleaseSnapshots;
import io.qqhi.analysis.Snapshot;
import io.qqhi.compute.IndexResult;
import io.qqhi.framework.Framework;
import io.qqhi.framework.InputException;
import io.qqhi.framework.Pool;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Severity;
import io.qqhi.framework.Text;
import io.qqhi.input.DataFolder;
import io.qqhi.release.AtomicFiles;
import io.qqhi.release.ReleaseVerifier;
import io.qqhi.report.OutputSet;
import io.qqhi.report.html.HistoryWriter;

/** The index across periods, from published releases or from every period of a data folder (docs/methods.md, history). */
public final class HistoryUseCase {
    private HistoryUseCase() {
    }

    /**
     * Exactly one of {@code releases} and {@code run.data()} is the source.
     *
     * @param releases a releases folder, null to compute the data folder's periods
     * @param base     with a data folder: the base period of comparable mode, null for the first
     */
    public record Request(RunRequest run, Path releases, String base, boolean allowMixed, Path out) {
    }

    public record Result(History history, Map<String, String> poolNames, int files) {
    }

    public static Result run(Request req, Reporter reporter) {
        if (req.releases() != null && req.run().data() != null) throw new UsageException(Text.of("usage.history-source"));
        Source s = req.releases() != null ? fromReleases(req, reporter) : fromData(req, reporter);
        History h;
        try {
            h = History.of(s.snapshots, req.allowMixed(), s.splits, s.framework.lists().improveMin());
        } catch (History.MixedException e) {
            List<Problem> problems = new ArrayList<>();
            for (History.Change c : e.changes) {
                problems.add(Problem.error(c.period(), 0, 0, null, Text.of("history.mixed",
                        DataFolder.labelFor(c.period()), DataFolder.labelFor(c.previous()), c.what())));
            }
            throw new InputException(InputException.DATA, problems);
        }
        Map<String, String> poolNames = new LinkedHashMap<>();
        for (Pool p : s.framework.pools()) poolNames.put(p.id(), p.name());
        OutputSet files = new OutputSet();
        HistoryWriter.write(files, h, s.framework.root().displayName(), poolNames, s.notice);
        AtomicFiles.recover(req.out());
        AtomicFiles.write(req.out(), files);
        return new Result(h, poolNames, files.names().size());
    }

    /** The periods read, the framework that names them, the rank moves' split and the data folder's notice. */
    private record Source(List<Snapshot> snapshots, Framework framework, Map<String, int[]> splits, String notice) {
    }

    /** What history reads of a release, checked against its manifest: the run record, the scores and the changes. */
    private static List<String> read(Path dir) {
        List<String> names = new ArrayList<>(List.of("settings.yaml", "scores.csv"));
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("comparison-") && n.endsWith(".csv")).sorted()
                    .forEach(names::add);
        } catch (java.io.IOException e) {
            // the folder was listed a moment ago; the two files above are still checked
        }
        return names;
    }

    /**
     * Each release's files history reads must be the published ones (65 naming the changed files);
     * a folder without a manifest (a compute output) is read with a warning that it could not be checked.
     */
    private static void checkManifests(Path releases, Reporter reporter) {
        List<Problem> changed = new ArrayList<>();
        List<Problem> unchecked = new ArrayList<>();
        for (Path dir : ReleaseSnapshots.folders(releases)) {
            List<Problem> p = ReleaseVerifier.verifyFiles(dir, read(dir));
            if (p == null) unchecked.add(Problem.coded(Severity.WARNING, dir.toString(), 0, 0, null, null, "history.unchecked"));
            else changed.addAll(p);
        }
        if (!changed.isEmpty()) throw new InputException(InputException.DATA, changed);
        if (!unchecked.isEmpty()) reporter.warnings(unchecked);
    }

    private static Source fromReleases(Request req, Reporter reporter) {
        checkManifests(req.releases(), reporter);
        Reporter.Tracker progress = reporter.track("progress.history", ReleaseSnapshots.folders(req.releases()).size());
        List<Snapshot> snaps = ReleaseSnapshots.read(req.releases(), progress);
        progress.finish();
        Framework f = Frameworks.load(req.run().frameworkPath(), req.run().strict(), reporter);
        return new Source(snaps, f, Map.of(), null);
    }

    /**
     * Every period of the data folder as it would be published (each on its own benchmarks), with
     * each period's change measured on its own yardstick: the period before recomputed on its
     * benchmarks (docs/methods.md, change over periods). With {@code --base} (功效系数 only) every
     * period is scored on the base period's benchmarks instead, and changes are plain differences.
     */
    private static Source fromData(Request req, Reporter reporter) {
        DataFolder folder = new DataFolder(Defaults.data(req.run().data()));
        List<String> periods = folder.periods();
        if (periods.isEmpty()) throw InputException.missingFile(folder.root().toString(), Text.of("data.no-periods"));
        String b = req.base();
        if (b != null && !periods.contains(b)) throw new UsageException(Text.of("base.unknown-period", b, String.join("、", periods)));
        List<Snapshot> snaps = new ArrayList<>();
        PreparedRun last = null;
        IndexResult lastResult = null;
        PreparedRun before = null;
        Framework f = null;
        boolean fixed = b != null && Frameworks.load(req.run().frameworkPath(), req.run().strict(), reporter)
                .settings().normalise().method().equals("efficacy");
        for (String p : periods) {
            Map<String, String> set = new LinkedHashMap<>(req.run().set());
            if (fixed && !set.containsKey("normalise.benchmarks")) set.put("normalise.benchmarks", "base:" + b);
            RunRequest one = req.run().withData(folder.root()).withPeriod(p).withSet(set);
            PreparedRun run = PreparedRun.of("history", one, false, reporter);
            IndexResult r = run.compute();
            IndexResult earlier = last == null ? null : fixed ? lastResult : run.onYardstick(last.loaded().period(), r);
            snaps.add(Snapshot.of(r, p, run.record().framework().sha256(), Snapshot.method(run.settings()), earlier,
                    last == null ? null : last.period()));
            before = last;
            last = run;
            lastResult = r;
            f = r.framework();
        }
        Map<String, int[]> splits = before == null ? Map.of() : RankMoveSplit.of(last.framework(), last.settings(),
                before.loaded().dataset(), last.loaded().dataset(), null);
        return new Source(snaps, f, splits, folder.notice());
    }
}
