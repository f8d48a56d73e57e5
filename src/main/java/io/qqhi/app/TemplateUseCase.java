package io.qqhi.app;

import java.nio.file.Path;
import java.util.List;

import io.qqhi.framework.Framework;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Text;
import io.qqhi.input.DataFolder;
import io.qqhi.input.LeafDeriver;
import io.qqhi.input.PeriodLoader;
import io.qqhi.input.UnitRegistry;
import io.qqhi.release.AtomicFiles;
import io.qqhi.report.OutputSet;
import io.qqhi.report.records.TemplateWriter;

/** Per-department data-collection templates for a period (docs/formats.md, templates). */
public final class TemplateUseCase {
    private TemplateUseCase() {
    }

    /** @param period the period collected, null for the one after the data folder's newest */
    public record Request(Path framework, boolean strict, Path data, String period, Path out) {
    }

    public record Result(String period, int files) {
    }

    public static Result run(Request req, Reporter reporter) {
        Framework framework = Frameworks.load(Defaults.framework(req.framework()), req.strict(), reporter);
        Problems problems = new Problems();
        DataFolder folder = new DataFolder(Defaults.data(req.data()));
        UnitRegistry reg = new PeriodLoader(framework, folder, "auto").registry(problems);
        String p = req.period();
        if (p == null) {
            List<String> periods = folder.periods();
            if (periods.isEmpty()) throw new UsageException(Text.of("template.needs-period"));
            p = DataFolder.next(periods.get(periods.size() - 1));
        }
        if (!DataFolder.PERIOD.matcher(p).matches()) throw new UsageException(Text.of("template.bad-period", p));
        OutputSet files = TemplateWriter.build(framework, reg.units(), LeafDeriver.itemsNeeded(framework, reg), p);
        AtomicFiles.write(req.out(), files);
        return new Result(p, files.size());
    }
}
