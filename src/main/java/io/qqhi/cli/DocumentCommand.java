package io.qqhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.release.AtomicFiles;
import io.qqhi.report.ComputeOutputs;
import io.qqhi.report.Documents;
import io.qqhi.report.OutputSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "document", mixinStandardHelpOptions = true,
        description = "Write one Word document of a period: the bulletin (通报; --public for the public version), the "
                + "evaluation report (评价报告), or the feedback letter (点对点反馈) of one place, as release makes them "
                + "(docs/formats.md, documents).")
public final class DocumentCommand implements Callable<Integer> {
    enum Kind { bulletin, report, letter }

    @Parameters(index = "0", paramLabel = "KIND", descriptionKey = "param.kind", description = "bulletin, report or letter.")
    Kind kind;

    @Parameters(index = "1", arity = "0..1", paramLabel = "UNIT", descriptionKey = "param.letter-unit", description = "For a letter: the place's code or name.")
    String unit;

    @Mixin
    FrameworkOptions fw;
    @Mixin
    DataOptions data;
    @Mixin
    MethodOptions methods;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    PreviousOptions previous;

    @Option(names = "--public", description = "The bulletin's public version: ranks and tiers only as the framework's "
            + "publication section allows, the lists as counts.")
    boolean publicVersion;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (kind == Kind.letter && unit == null) throw new UsageException(io.qqhi.framework.Text.of("usage.letter-place"));
        if (kind != Kind.letter && unit != null) throw new UsageException(io.qqhi.framework.Text.of("usage.document-all", kind.toString(), unit));
        if (publicVersion && kind != Kind.bulletin) throw new UsageException(io.qqhi.framework.Text.of("usage.public"));
        PrintWriter err = spec.commandLine().getErr();
        RunSetup setup = RunSetup.of("document", fw, data, methods, true, err);
        String period = setup.loaded.period() != null ? setup.loaded.period().period() : setup.run.period();
        IndexResult result = setup.compute();
        ComputeOutputs.RunLists lists = Lists.of(result, setup, previous.dir, previous.none, err);
        String notice = setup.loaded.folder() == null ? null : setup.loaded.folder().notice();
        OutputSet files = new OutputSet();
        String name;
        if (kind == Kind.bulletin && publicVersion) {
            io.qqhi.framework.Publication pub = result.framework().publication();
            name = Documents.publicBulletinName(result, period);
            files.bytes(name, Documents.bulletin(result, lists, period, notice, pub == null ? io.qqhi.framework.Publication.ALL : pub));
        } else if (kind == Kind.bulletin) {
            name = Documents.bulletinName(result, period);
            files.bytes(name, Documents.bulletin(result, lists, period, notice));
        } else if (kind == Kind.report) {
            name = Documents.reportName(result, period);
            files.bytes(name, Documents.report(result, lists, period, notice, setup.loaded.period()));
        } else {
            UnknownUnit.Place place = UnknownUnit.find(result, unit);
            PoolResult pool = place.pool();
            int u = place.index();
            name = Documents.letterName(pool.units().get(u));
            files.bytes(name, Documents.letter(result, pool, u, lists, period, notice));
        }
        AtomicFiles.recover(out);
        AtomicFiles.write(out, files);
        PrintWriter o = spec.commandLine().getOut();
        o.println(out.resolve(name));
        o.flush();
        return ExitCodes.OK;
    }
}
