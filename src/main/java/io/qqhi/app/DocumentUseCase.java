package io.qqhi.app;

import java.nio.file.Path;

import io.qqhi.compute.IndexResult;
import io.qqhi.framework.Publication;
import io.qqhi.framework.Text;
import io.qqhi.release.AtomicFiles;
import io.qqhi.report.ComputeOutputs;
import io.qqhi.report.OutputSet;
import io.qqhi.report.word.Documents;

/** One Word document of a period, the same bytes a release makes (docs/formats.md, documents). */
public final class DocumentUseCase {
    private DocumentUseCase() {
    }

    /** The kinds of document: the 通报, the 评价报告, the 专报 and a place's 点对点反馈 letter. */
    public enum Kind { bulletin, report, brief, letter }

    /**
     * @param unit         for a letter: the place's code or name; null otherwise
     * @param publicVersion the bulletin's public version (ranks as the framework's publication section allows)
     */
    public record Request(RunRequest run, Kind kind, String unit, boolean publicVersion, Path out, Path previous,
                          boolean noPrevious, Documents.Issue issue) {
        public Request(RunRequest run, Kind kind, String unit, boolean publicVersion, Path out, Path previous, boolean noPrevious) {
            this(run, kind, unit, publicVersion, out, previous, noPrevious, Documents.Issue.NONE);
        }
    }

    /** The document written, and its bytes. */
    public record Result(Path file, byte[] bytes) {
    }

    public static Result run(Request req, Reporter reporter) {
        if (req.kind() == Kind.letter && req.unit() == null) throw new UsageException(Text.of("usage.letter-place"));
        if (req.kind() != Kind.letter && req.unit() != null) {
            throw new UsageException(Text.of("usage.document-all", req.kind().toString(), req.unit()));
        }
        if (req.publicVersion() && req.kind() != Kind.bulletin) throw new UsageException(Text.of("usage.public"));
        PreparedRun run = PreparedRun.of("document", req.run(), true, reporter);
        String period = run.period();
        IndexResult result = run.compute();
        ComputeOutputs.RunLists lists = PeriodLists.of(result, run, req.previous(), req.noPrevious(), reporter);
        String notice = run.notice();
        String name;
        byte[] bytes;
        if (req.kind() == Kind.bulletin && req.publicVersion()) {
            Publication pub = result.framework().publication();
            name = Documents.publicBulletinName(result, period);
            bytes = Documents.bulletin(result, lists, period, notice, pub == null ? Publication.ALL : pub, req.issue());
        } else if (req.kind() == Kind.bulletin) {
            name = Documents.bulletinName(result, period);
            bytes = Documents.bulletin(result, lists, period, notice, null, req.issue());
        } else if (req.kind() == Kind.brief) {
            name = Documents.briefName(result, period);
            bytes = Documents.brief(result, lists, period, notice, req.issue());
        } else if (req.kind() == Kind.report) {
            name = Documents.reportName(result, period);
            bytes = Documents.report(result, lists, period, notice, run.loaded().period());
        } else {
            Places.Place place = Places.find(result, req.unit());
            name = Documents.letterName(place.pool().units().get(place.index()));
            bytes = Documents.letter(result, place.pool(), place.index(), lists, period, notice);
        }
        OutputSet files = new OutputSet();
        files.bytes(name, bytes);
        AtomicFiles.recover(req.out());
        AtomicFiles.write(req.out(), files);
        return new Result(req.out().resolve(name), bytes);
    }
}
