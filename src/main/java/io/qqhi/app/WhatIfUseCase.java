package io.qqhi.app;

import java.nio.file.Path;

import io.qqhi.compute.IndexResult;
import io.qqhi.framework.Text;
import io.qqhi.release.AtomicFiles;
import io.qqhi.report.OutputSet;
import io.qqhi.report.html.WhatIfPage;

/** The offline what-if page of a run, the same bytes a release makes (docs/formats.md, whatif.html). */
public final class WhatIfUseCase {
    private WhatIfUseCase() {
    }

    public record Request(RunRequest run, Path out) {
    }

    public record Result(Path file, int places) {
    }

    public static Result run(Request req, Reporter reporter) {
        PreparedRun run = PreparedRun.of("whatif", req.run(), false, reporter);
        IndexResult result = run.compute();
        int places = result.pools().stream().mapToInt(p -> p.unitCount()).sum();
        if (!WhatIfPage.fits(result)) {
            throw new UsageException(Text.of("whatif.too-many", String.valueOf(places), String.valueOf(WhatIfPage.MAX_UNITS)));
        }
        OutputSet files = new OutputSet();
        files.text("whatif.html", WhatIfPage.render(run.period(), result, run.notice()));
        AtomicFiles.recover(req.out());
        AtomicFiles.write(req.out(), files);
        return new Result(req.out().resolve("whatif.html"), places);
    }
}
