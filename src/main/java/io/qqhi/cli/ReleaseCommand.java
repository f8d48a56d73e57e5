package io.qqhi.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import io.qqhi.compute.IndexResult;
import io.qqhi.framework.Problem;
import io.qqhi.input.DataFolder;
import io.qqhi.release.ReleasePublisher;
import io.qqhi.report.ComputeOutputs;
import io.qqhi.report.OutputSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "release", mixinStandardHelpOptions = true,
        description = "Validate, compute and publish a period's release into RELEASES/P for cron: atomic, locked, never "
                + "overwriting without --force, RELEASES/latest updated, manifest with checksums.")
public final class ReleaseCommand implements Callable<Integer> {
    @Mixin
    FrameworkOptions fw;
    @Mixin
    DataOptions data;
    @Mixin
    MethodOptions methods;

    @Option(names = {"-o", "--out"}, paramLabel = "RELEASES", defaultValue = "releases",
            description = "Releases folder (default: ${DEFAULT-VALUE}).")
    Path releases;

    @Option(names = "--previous", paramLabel = "DIR",
            description = "Release to compare with (default: the newest earlier period in RELEASES, else the data folder's).")
    Path previous;

    @Option(names = "--force", description = "Replace an existing release of the period (the old one is kept aside).")
    boolean force;

    @Option(names = "--keep", paramLabel = "N", defaultValue = "3",
            description = "With --force: replaced releases of the period kept aside; older ones are deleted (default: ${DEFAULT-VALUE}).")
    int keep;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (data.indicatorData != null && data.period == null && methods.settings == null) {
            throw new UsageException(io.qqhi.framework.Text.of("usage.release-period"));
        }
        if (keep < 0) throw new UsageException(io.qqhi.framework.Text.of("usage.keep"));
        if (data.period != null && !DataFolder.PERIOD.matcher(data.period).matches()) {
            throw new UsageException(io.qqhi.framework.Text.of("template.bad-period", data.period));
        }
        RunSetup setup = RunSetup.of("release", fw, data, methods, true, err);
        String period = setup.loaded.period() != null ? setup.loaded.period().period() : setup.run.period();
        Path prev = previous != null ? previous : earlierRelease(period);
        List<ReleasePublisher.Input> inputs = new ArrayList<>();
        inputs.add(new ReleasePublisher.Input("framework", fw.path()));
        if (methods.weights != null) inputs.add(new ReleasePublisher.Input("weights", methods.weights));
        DataFolder folder = setup.loaded.folder();
        if (folder == null) {
            inputs.add(new ReleasePublisher.Input("indicator-data", data.indicatorData));
        } else {
            inputs.add(new ReleasePublisher.Input("data-root", folder.root()));
            inputs.add(new ReleasePublisher.Input("units", folder.units()));
            if (Files.exists(folder.frame())) inputs.add(new ReleasePublisher.Input("frame", folder.frame()));
            Path survey = folder.surveyFile(period);
            for (String f : setup.loaded.period().departmentFiles()) {
                Path p = Path.of(f);
                inputs.add(new ReleasePublisher.Input(p.equals(survey) ? "survey" : "department", p));
            }
        }
        if (prev != null && Files.isRegularFile(prev.resolve("scores.csv"))) {
            inputs.add(new ReleasePublisher.Input("previous", prev.resolve("scores.csv")));
        }
        // cron: the same inputs and settings as the published release → nothing to do (exit 0)
        ReleasePublisher.Existing existing = ReleasePublisher.existing(releases, period, inputs, Version.get(), setup.settingsYaml());
        if (existing.published() && existing.changes().isEmpty() && !force) {
            if (!quiet) {
                spec.commandLine().getOut().println(io.qqhi.framework.Text.of("release.unchanged", DataFolder.labelFor(period)));
                spec.commandLine().getOut().flush();
            }
            return ExitCodes.OK;
        }
        if (existing.published() && !force) {
            throw new io.qqhi.framework.OutputException(io.qqhi.framework.OutputException.CANT_CREATE,
                    io.qqhi.framework.Text.of("release.changed", DataFolder.labelFor(period), String.join("、", existing.changes())), null);
        }
        IndexResult result = setup.compute();
        ComputeOutputs.RunLists lists = Lists.of(result, setup, prev, false, err);
        List<Problem> all = new ArrayList<>(setup.problems.all());
        all.addAll(result.problems());
        if (lists.comparison() != null) all.addAll(lists.comparison().notes());
        setup.failIfStrict(all);
        OutputSet files = ComputeOutputs.build(result, setup.loaded.period(), setup.settingsYaml(), all, lists);
        String notice = setup.loaded.folder() == null ? null : setup.loaded.folder().notice();
        files.text("report.html", io.qqhi.report.HtmlReport.render(period, result, lists, setup.loaded.period(),
                setup.settingsYaml(), notice));
        files.bytes("qqhi-" + period + ".xlsx", io.qqhi.report.WorkbookWriter.write(result, lists,
                setup.settings, notice, io.qqhi.analysis.RawFigures.of(result.framework(), setup.loaded.period(),
                        setup.loaded.folder() == null ? null : setup.loaded.folder().root())));
        io.qqhi.report.Documents.all(result, lists, period, notice, setup.loaded.period()).forEach(files::bytes);
        Path target = ReleasePublisher.publish(releases, period, files, inputs, Version.get(), setup.settingsYaml(), force, keep);
        if (!quiet) {
            long warnings = all.stream().filter(p -> p.severity() == io.qqhi.framework.Severity.WARNING).count();
            if (warnings > 0) err.println(io.qqhi.framework.Text.of("compute.warnings", String.valueOf(warnings)));
            spec.commandLine().getOut().println(io.qqhi.framework.Text.of("release.published", DataFolder.labelFor(period),
                    String.valueOf(files.size() + 1)) + (lists.comparison() == null ? ""
                    : io.qqhi.framework.Text.of("release.compared", DataFolder.labelFor(lists.comparison().previousLabel()))));
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }

    /** The newest release in RELEASES before this period that has scores.csv, or null. */
    private Path earlierRelease(String period) {
        if (!Files.isDirectory(releases)) return null;
        List<String> earlier = new ArrayList<>();
        try (Stream<Path> s = Files.list(releases)) {
            s.filter(p -> Files.isRegularFile(p.resolve("scores.csv"))).map(p -> p.getFileName().toString())
                    .filter(n -> DataFolder.PERIOD.matcher(n).matches() && DataFolder.comparePeriods(n, period) < 0)
                    .forEach(earlier::add);
        } catch (java.io.IOException e) {
            return null;
        }
        earlier.sort(DataFolder::comparePeriods);
        return earlier.isEmpty() ? null : releases.resolve(earlier.get(earlier.size() - 1));
    }
}
