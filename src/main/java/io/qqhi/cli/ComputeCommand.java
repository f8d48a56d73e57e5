package io.qqhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.qqhi.compute.IndexResult;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Severity;
import io.qqhi.release.AtomicFiles;
import io.qqhi.report.ComputeOutputs;
import io.qqhi.report.OutputSet;
import io.qqhi.report.ProblemReport;
import io.qqhi.report.RankingsWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "compute", mixinStandardHelpOptions = true,
        description = "Compute scores, ranks and tiers for every pool and write them to --out.")
public final class ComputeCommand implements Callable<Integer> {
    @Mixin
    FrameworkOptions fw;
    @Mixin
    DataOptions data;
    @Mixin
    MethodOptions methods;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--top", paramLabel = "N", defaultValue = "0", description = "Show only the top N of each pool on the terminal (0 = all).")
    int top;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Mixin
    PreviousOptions previous;

    @Option(names = "--no-lists", description = "Scores, ranks and tiers only: no lists (rectification.csv, "
            + "promotion.csv, watchlist.csv, guides.csv, rectification-followup.csv, lists/, units/*.md). For national-scale runs "
            + "that need the index, not 40,000 places' lists.")
    boolean noLists;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        // a run killed while replacing its files is completed first (docs/formats.md, outputs)
        AtomicFiles.recover(out);
        PhaseTimer timer = PhaseTimer.start(err);
        // on a terminal, one line through the five phases (a national run takes seconds)
        Progress progress = Progress.of(err, io.qqhi.framework.Text.of("progress.compute"), 5);
        RunSetup setup = RunSetup.of("compute", fw, data, methods, true, err);
        timer.mark("read");
        progress.accept(1);
        IndexResult result = setup.compute();
        timer.mark("compute");
        progress.accept(2);
        List<Problem> all = new ArrayList<>(setup.problems.all());
        all.addAll(result.problems());
        ComputeOutputs.RunLists lists = Lists.of(result, setup, previous.dir, previous.none, !noLists, err);
        if (lists.comparison() != null) all.addAll(lists.comparison().notes());
        timer.mark("lists");
        progress.accept(3);
        setup.failIfStrict(all);
        OutputSet files = ComputeOutputs.build(result, setup.loaded.period(), setup.settingsYaml(), all, lists);
        timer.mark("outputs");
        progress.accept(4);
        AtomicFiles.write(out, files);
        timer.mark("write");
        progress.accept(5);
        progress.finish();
        if (!quiet) {
            List<Problem> warnings = all.stream().filter(p -> p.severity() == Severity.WARNING).toList();
            if (!warnings.isEmpty()) {
                ProblemReport.printText(err, warnings, 10);
                err.println(io.qqhi.framework.Text.of("compute.warnings", Integer.toString(warnings.size())));
            }
            PrintWriter o = spec.commandLine().getOut();
            if (output.json()) {
                o.print(RankingsWriter.json(result, lists.comparison() == null ? java.util.Map.of() : lists.comparison().indexRows(),
                        setup.loaded.period() == null ? setup.run.period() : setup.loaded.period().period(),
                        lists.comparison() == null ? null : lists.comparison().previousLabel(), all, files.names()));
                o.flush();
                err.flush();
                return ExitCodes.OK;
            }
            RankingsWriter.printTable(o, result, top, lists.comparison() == null ? java.util.Map.of()
                    : lists.comparison().indexRows(), setup.loaded.folder() == null ? null : setup.loaded.folder().notice());
            if (lists.comparison() != null) {
                o.println(io.qqhi.framework.Text.of("compute.moves", io.qqhi.input.DataFolder.labelFor(lists.comparison().previousLabel())));
            }
            o.println();
            o.println(io.qqhi.framework.Text.of("compute.wrote", Integer.toString(files.size())));
            o.flush();
        }
        err.flush();
        return ExitCodes.OK;
    }
}
