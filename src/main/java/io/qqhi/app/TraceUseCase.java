package io.qqhi.app;

import java.nio.file.Path;
import java.util.List;

import io.qqhi.analysis.Trace;
import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.framework.InputException;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Text;
import io.qqhi.input.DataFolder;
import io.qqhi.input.PeriodInputs;
import io.qqhi.input.SourceCells;
import io.qqhi.release.ReleaseVerifier;

/** Where a number came from: a leaf's figures with their cells, or an aggregate's children (docs/formats.md, trace). */
public final class TraceUseCase {
    private TraceUseCase() {
    }

    /** @param release a published release to recompute from its settings.yaml, null for the request's own run */
    public record Request(RunRequest run, String unit, String node, Path release) {
    }

    /** @param changed the release's inputs whose SHA-256 changed since publication */
    /**
     * @param versions per department file name, its receipts in the period's collection round
     *                 (oldest first; empty without a round): the version in force and its history
     */
    public record Result(Trace trace, String poolName, List<String> changed, java.util.Map<String, List<io.qqhi.input.Round.Receipt>> versions) {
    }

    public static Result run(Request req, Reporter reporter) {
        List<String> changed = List.of();
        RunRequest given = req.run();
        if (req.release() != null) {
            if (given.settings() != null) throw new UsageException(Text.of("usage.trace-release"));
            // the release's own record and scores must be the published ones, or the recomputation is not of it
            List<Problem> tampered = ReleaseVerifier.verifyFiles(req.release(), List.of("settings.yaml", "scores.csv"));
            if (tampered == null) {
                throw InputException.missingFile(req.release().toString(), Text.of("trace.no-manifest", req.release().toString()));
            }
            if (!tampered.isEmpty()) throw new InputException(InputException.DATA, tampered);
            changed = ReleaseVerifier.changedInputs(req.release());
            given = given.withSettings(req.release().resolve("settings.yaml"));
        }
        PreparedRun run = PreparedRun.of("trace", given, false, reporter);
        IndexResult result = run.compute();
        Places.Place place = Places.find(result, req.unit());
        PoolResult pool = place.pool();
        int u = place.index();
        Framework f = result.framework();
        int n = Places.node(f, req.node());
        if (!pool.active()[n]) {
            throw new UsageException(Text.of("usage.node-not-in-pool", req.node(), f.poolName(pool.pool()),
                    pool.units().get(u).displayName()));
        }
        DataFolder folder = run.loaded().folder();
        PeriodInputs inputs = run.loaded().period();
        Trace t = Trace.of(result, pool, u, n, inputs, folder == null ? null : folder.root(),
                folder == null || inputs == null ? null : folder.surveyFile(inputs.period()), new SourceCells(run.request().encoding()));
        // an unreadable round costs only the version lines; round status reports it
        return new Result(t, f.poolName(pool.pool()), changed, RoundGate.versions(run));
    }
}
