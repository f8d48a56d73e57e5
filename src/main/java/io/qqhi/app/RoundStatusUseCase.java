package io.qqhi.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import io.qqhi.analysis.RoundStatus;
import io.qqhi.framework.Framework;
import io.qqhi.framework.Problems;
import io.qqhi.input.DataFolder;
import io.qqhi.input.InputLoader;
import io.qqhi.input.Round;
import io.qqhi.release.AtomicFiles;
import io.qqhi.report.OutputSet;
import io.qqhi.report.terminal.RoundReport;
import io.qqhi.report.word.Reminders;

/**
 * Who still owes what, and the 催报 notices (docs/formats.md, round status and remind). Reads the
 * period as it stands — errors in a department's file are the status's to show, not a reason to
 * stop — with the period before for the 数据甄别 flags.
 */
public final class RoundStatusUseCase {
    private RoundStatusUseCase() {
    }

    public record Result(RoundStatus status, Framework framework, Round round) {
    }

    public static Result status(RoundUseCase.Where w, String encoding, LocalDate today, Reporter reporter) {
        return status(w, encoding, today, null, reporter);
    }

    /** With {@code csv}: the departments' table also written there (atomically). */
    public static Result status(RoundUseCase.Where w, String encoding, LocalDate today, Path csv, Reporter reporter) {
        Framework fw = Frameworks.load(Defaults.framework(w.framework()), w.strict(), reporter);
        DataFolder folder = new DataFolder(Defaults.data(w.data()));
        String period = folder.period(w.period());
        Problems problems = new Problems();
        Round round = Round.read(Round.path(folder, period), problems);
        if (problems.hasErrors()) throw new io.qqhi.framework.InputException(io.qqhi.framework.InputException.DATA, problems.all());
        InputLoader.Loaded loaded = InputLoader.load(fw, folder.root(), period, null, encoding, true, false, problems);
        RoundStatus s = RoundStatus.of(fw, folder, loaded.period(), problems.all(), round, today);
        if (csv != null) {
            Path dir = csv.toAbsolutePath().getParent();
            OutputSet files = new OutputSet();
            files.text(csv.getFileName().toString(), RoundReport.csv(s));
            AtomicFiles.recover(dir);
            AtomicFiles.write(dir, files);
        }
        return new Result(s, fw, round);
    }

    public record RemindResult(Result status, List<String> files) {
    }

    /** One notice per department that owes anything, as .txt and .docx, into {@code out}. */
    public static RemindResult remind(RoundUseCase.Where w, String encoding, LocalDate today, Path out, Reporter reporter) {
        Result r = status(w, encoding, today, reporter);
        OutputSet files = new OutputSet();
        for (RoundStatus.Dept d : r.status().departments()) {
            if (!d.owes()) continue;
            List<String> paragraphs = Reminders.paragraphs(r.framework(), r.status(), d,
                    r.round() == null ? null : r.round().contacts().get(d.id()));
            String name = Reminders.fileName(d);
            files.text(name + ".txt", Reminders.text(paragraphs));
            files.bytes(name + ".docx", Reminders.docx(paragraphs));
        }
        AtomicFiles.recover(out);
        AtomicFiles.write(out, files);
        return new RemindResult(r, files.names());
    }
}
