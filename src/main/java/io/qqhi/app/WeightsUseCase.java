package io.qqhi.app;

import java.nio.file.Path;
import java.util.List;

import io.qqhi.analysis.WeightDerivation;
import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.InputException;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Text;
import io.qqhi.release.AtomicFiles;
import io.qqhi.report.OutputSet;
import io.qqhi.report.records.SettingsWriter;

/** Sibling weights derived from a pool's data or the framework's AHP matrices, written as a --weights overlay. */
public final class WeightsUseCase {
    private WeightsUseCase() {
    }

    /**
     * @param pool the pool whose data are used, null for the first
     * @param out  the overlay file, null for out/weights-METHOD.yaml
     */
    public record Request(RunRequest run, String method, String pool, String objective, double alpha,
                          boolean multiplicative, Path out) {
    }

    public record Result(WeightDerivation.Result weights, Path overlay) {
    }

    public static Result run(Request req, Reporter reporter) {
        if (!WeightDerivation.methods().contains(req.method())) throw new UsageException(Text.of("usage.weights-method", req.method()));
        if (!WeightDerivation.dataMethods().contains(req.objective())) throw new UsageException(Text.of("usage.weights-objective"));
        if (!(req.alpha() >= 0 && req.alpha() <= 1)) throw new UsageException(Text.of("usage.alpha"));
        PreparedRun run = PreparedRun.of("weights", req.run(), false, reporter);
        // a method that cannot run says so first, rather than printing the current weights as derived ones
        if (req.method().equals("ahp") && !WeightDerivation.hasAhpMatrices(run.framework())) {
            throw new InputException(InputException.DATA, List.of(Problem.error(run.framework().file(), 0, 0, null,
                    Text.of("weights.no-ahp"))));
        }
        IndexResult result = run.compute();
        PoolResult p = req.pool() == null ? result.pools().get(0) : result.pool(req.pool());
        if (p == null) throw new UsageException(Text.of("usage.no-pool", req.pool()));
        WeightDerivation.Result r = WeightDerivation.derive(run.framework(), p, req.method(), req.objective(), req.alpha(),
                req.multiplicative());
        Path file = req.out() != null ? req.out() : Path.of("out", "weights-" + req.method() + ".yaml");
        OutputSet files = new OutputSet();
        String name = OutputSet.safe(file.getFileName().toString().replaceAll("\\.ya?ml$", "")) + ".yaml";
        String settings = req.method().equals("combined") ? " --objective " + req.objective() + " --alpha " + req.alpha()
                + (req.multiplicative() ? " --multiplicative" : "") : "";
        files.text(name, SettingsWriter.overlay(r, settings + " (pool " + p.pool() + ")"));
        Path dir = file.toAbsolutePath().getParent();
        AtomicFiles.write(dir, files);
        return new Result(r, dir.resolve(name));
    }
}
