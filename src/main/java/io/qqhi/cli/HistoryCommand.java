package io.qqhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.qqhi.analysis.History;
import io.qqhi.analysis.RankMoveSplit;
import io.qqhi.analysis.ReleaseSnapshots;
import io.qqhi.analysis.Snapshot;
import io.qqhi.compute.IndexResult;
import io.qqhi.framework.Framework;
import io.qqhi.framework.InputException;
import io.qqhi.framework.Pool;
import io.qqhi.framework.Problem;
import io.qqhi.input.DataFolder;
import io.qqhi.release.AtomicFiles;
import io.qqhi.report.HistoryWriter;
import io.qqhi.report.OutputSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "The index across periods: over every published release of RELEASES (read back, not recomputed), or "
                + "every period of a data folder computed with benchmarks fixed at a base period; writes history.csv, "
                + "improvers.csv (进步榜), spread.csv and history.html (docs/formats.md, history).")
public final class HistoryCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "RELEASES", descriptionKey = "param.releases", description = "A folder of releases (RELEASES/P).")
    Path releases;

    @Option(names = {"-d", "--data"}, paramLabel = "DIR", description = "A data folder: every period is computed (default when "
            + "no RELEASES is given: sample-data).")
    Path data;

    @Option(names = "--base", paramLabel = "P", description = "With a data folder: the base period whose benchmarks every period "
            + "uses (default: the first).")
    String base;

    @Option(names = "--encoding", paramLabel = "ENC", defaultValue = "auto", description = "Encoding of input CSV files (default: ${DEFAULT-VALUE}).")
    String encoding;

    @Option(names = "--allow-mixed", description = "Put periods made with different frameworks or methods on one trend line "
            + "(they are marked).")
    boolean allowMixed;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out/history", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    FrameworkOptions fw;
    @Mixin
    MethodOptions methods;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (releases != null && data != null) throw new UsageException(io.qqhi.framework.Text.of("usage.history-source"));
        List<Snapshot> snaps;
        Map<String, int[]> splits = Map.of();
        String indexName;
        Map<String, String> poolNames = new LinkedHashMap<>();
        String notice = null;
        if (releases != null) {
            Progress progress = Progress.of(err, io.qqhi.framework.Text.of("progress.history"), ReleaseSnapshots.folders(releases).size());
            snaps = ReleaseSnapshots.read(releases, progress);
            progress.finish();
            Framework f = Loading.framework(fw, err);
            indexName = f.root().displayName();
            for (Pool p : f.pools()) poolNames.put(p.id(), p.name());
        } else {
            DataFolder folder = new DataFolder(Defaults.data(data));
            notice = folder.notice();
            List<String> periods = folder.periods();
            if (periods.isEmpty()) throw InputException.missingFile(folder.root().toString(), io.qqhi.framework.Text.of("data.no-periods"));
            String b = base != null ? base : periods.get(0);
            if (!periods.contains(b)) throw new UsageException(io.qqhi.framework.Text.of("base.unknown-period", b, String.join("、", periods)));
            snaps = new ArrayList<>();
            RunSetup last = null;
            RunSetup before = null;
            Framework f = null;
            // 功效系数 takes fixed base benchmarks; any other method is used as computed
            boolean comparable = Loading.framework(fw, err).settings().normalise().method().equals("efficacy");
            for (String p : periods) {
                DataOptions d = new DataOptions();
                d.data = folder.root();
                d.period = p;
                d.encoding = encoding;
                MethodOptions mo = new MethodOptions();
                mo.set = new LinkedHashMap<>(methods.set);
                mo.weights = methods.weights;
                if (comparable && !mo.set.containsKey("normalise.benchmarks")) mo.set.put("normalise.benchmarks", "base:" + b);
                RunSetup setup = RunSetup.of("history", fw, d, mo, false, err);
                IndexResult r = setup.compute();
                snaps.add(Snapshot.of(r, p, setup.run.framework().sha256(), Snapshot.method(setup.settings)));
                before = last;
                last = setup;
                f = r.framework();
            }
            indexName = f.root().displayName();
            for (Pool p : f.pools()) poolNames.put(p.id(), p.name());
            if (before != null) {
                splits = RankMoveSplit.of(last.framework, last.settings, before.loaded.dataset(), last.loaded.dataset(), null);
            }
        }
        History h;
        try {
            h = History.of(snaps, allowMixed, splits);
        } catch (History.MixedException e) {
            List<Problem> problems = new ArrayList<>();
            for (History.Change c : e.changes) {
                problems.add(Problem.error(c.period(), 0, 0, null, io.qqhi.framework.Text.of("history.mixed",
                        DataFolder.labelFor(c.period()), DataFolder.labelFor(c.previous()), c.what())));
            }
            throw new InputException(InputException.DATA, problems);
        }
        OutputSet files = new OutputSet();
        HistoryWriter.write(files, h, indexName, poolNames, notice);
        AtomicFiles.recover(out);
        AtomicFiles.write(out, files);
        PrintWriter o = spec.commandLine().getOut();
        HistoryWriter.printText(o, h, poolNames);
        o.println(io.qqhi.framework.Text.of("compute.wrote", String.valueOf(files.names().size())));
        o.flush();
        return ExitCodes.OK;
    }


}
