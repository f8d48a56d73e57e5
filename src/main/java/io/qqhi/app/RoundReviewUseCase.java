package io.qqhi.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.qqhi.analysis.RawFigures;
import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.framework.InputException;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Text;
import io.qqhi.input.DataFolder;
import io.qqhi.input.Reported;
import io.qqhi.input.Round;
import io.qqhi.input.Table;
import io.qqhi.input.UnitRegistry;
import io.qqhi.input.XlsxReader;
import io.qqhi.release.AtomicFiles;
import io.qqhi.release.RoundStore;
import io.qqhi.report.OutputSet;
import io.qqhi.report.records.RoundYaml;
import io.qqhi.report.workbook.ReviewPack;
import io.qqhi.report.word.ReviewLetter;

/**
 * The review and appeal round (复核申诉; docs/formats.md, round review-pack): a 征求意见稿 per
 * place, the objections read back from the returned workbooks, and each ruled — an accepted one
 * corrects the figure through a new version of the department file, with the objection as its
 * reason; a rejected one is kept with its reason.
 */
public final class RoundReviewUseCase {
    private RoundReviewUseCase() {
    }

    public record PackResult(String period, int places, List<String> files) {
    }

    /** Writes each place's 征求意见稿 (.docx and .xlsx) into {@code out}; the round moves to review. */
    public static PackResult pack(RoundUseCase.Where w, Path out, Reporter reporter) {
        PreparedRun run = PreparedRun.of("round", request(w, null), false, reporter);
        String period = run.period();
        DataFolder folder = run.loaded().folder();
        Path roundFile = Round.path(folder, period);
        IndexResult result = run.compute();
        Framework fw = result.framework();
        List<RawFigures.Row> figures = RawFigures.of(fw, run.loaded().period(), run.dataRoot());
        OutputSet files = new OutputSet();
        int places = 0;
        try (RoundStore store = RoundStore.open(roundFile.getParent())) {
            Round round = RoundUseCase.required(roundFile, period);
            if (round.frozen()) throw RoundUseCase.frozen(roundFile, period);
            String until = round.reviewTo() == null ? null : round.reviewTo().toString();
            for (PoolResult p : result.pools()) {
                for (int u = 0; u < p.unitCount(); u++) {
                    String code = p.units().get(u).code();
                    List<RawFigures.Row> own = figures.stream().filter(f -> f.unit().code().equals(code)).toList();
                    String name = OutputSet.safe(ReviewPack.fileName(code, p.units().get(u).displayName()));
                    files.bytes(name + ".xlsx", ReviewPack.workbook(fw, p, u, own, period));
                    files.bytes(name + ".docx", ReviewLetter.docx(fw, p, u, period, until));
                    places++;
                }
            }
            AtomicFiles.recover(out);
            AtomicFiles.write(out, files);
            store.write(roundFile, RoundYaml.text(round.withObjections("review", round.objections())));
        }
        return new PackResult(period, places, files.names());
    }

    /**
     * Reads every returned workbook in {@code dir}: a row with 我方认为的数值 is an objection. A row
     * naming an unknown place or item, a claimed value that is no number, or no 依据 is an error at
     * its sheet cell (65, nothing recorded); the objections are recorded open (a row sent again
     * replaces its open objection; a ruled one stays ruled).
     */
    public static List<Round.Objection> objections(RoundUseCase.Where w, Path dir, Instant now, Reporter reporter) {
        Framework fw = Frameworks.load(Defaults.framework(w.framework()), w.strict(), reporter);
        DataFolder folder = new DataFolder(Defaults.data(w.data()));
        String period = folder.period(w.period());
        Problems problems = new Problems();
        UnitRegistry reg = new io.qqhi.input.PeriodLoader(fw, folder, "auto").registry(problems);
        List<Round.Objection> found = new ArrayList<>();
        String when = now.truncatedTo(ChronoUnit.SECONDS).toString();
        for (Path f : workbooks(dir)) {
            Table t = XlsxReader.read(f, problems);
            if (t == null) continue;
            int[] col = new int[ReviewPack.HEADER.size()];
            for (int c = 0; c < col.length; c++) col[c] = t.header().indexOf(ReviewPack.HEADER.get(c));
            if (col[1] < 0 || col[2] < 0 || col[7] < 0 || col[8] < 0) {
                problems.error(f.toString(), 0, 0, null, Text.of("review.not-a-sheet", String.join("、", ReviewPack.HEADER)));
                continue;
            }
            for (Table.Row r : t.rows()) {
                String claimed = r.get(col[7]).strip();
                if (claimed.isEmpty()) continue;
                String unit = r.get(col[1]).strip();
                String item = r.get(col[2]).strip();
                String at = ReviewPack.cell(r.line(), col[7]);
                if (reg.find(unit) == null) problems.error(f.toString(), r.line(), col[1] + 1, null, Text.of("review.unknown-unit", unit, at));
                if (fw.item(item) == null) problems.error(f.toString(), r.line(), col[2] + 1, null, Text.of("review.unknown-item", item, at));
                if (!number(claimed)) problems.error(f.toString(), r.line(), col[7] + 1, null, Text.of("review.not-a-number", claimed, at));
                String basis = col[8] < 0 ? "" : r.get(col[8]).strip();
                if (basis.isEmpty()) problems.error(f.toString(), r.line(), col[8] + 1, null, Text.of("review.no-basis", at));
                found.add(new Round.Objection(unit + "-" + item, unit, item, claimed, basis, col[9] < 0 ? "" : r.get(col[9]).strip(),
                        f.getFileName().toString(), "open", "", when));
            }
        }
        if (problems.hasErrors()) throw new InputException(InputException.DATA, problems.all());
        Path roundFile = Round.path(folder, period);
        try (RoundStore store = RoundStore.open(roundFile.getParent())) {
            Round round = RoundUseCase.required(roundFile, period);
            if (round.frozen()) throw RoundUseCase.frozen(roundFile, period);
            List<Round.Objection> all = new ArrayList<>(round.objections());
            for (Round.Objection o : found) {
                all.removeIf(x -> x.id().equals(o.id()) && x.open());
                if (all.stream().noneMatch(x -> x.id().equals(o.id()))) all.add(o);
            }
            store.write(roundFile, RoundYaml.text(round.withObjections(round.state(), all)));
            return all;
        }
    }

    /**
     * Rules an open objection. Accepted: the figure's cell in its department file (CSV) is set to
     * the claimed value as a new version whose reason is the objection; a figure from a workbook
     * cannot be rewritten here (65: the department sends a corrected file). Rejected: kept with the reason.
     */
    public static Round.Objection rule(RoundUseCase.Where w, String id, boolean accept, String reason, Instant now, Reporter reporter) {
        if (reason == null || reason.isBlank()) throw new UsageException(Text.of("review.needs-reason"));
        DataFolder folder = new DataFolder(Defaults.data(w.data()));
        String period = folder.period(w.period());
        Path roundFile = Round.path(folder, period);
        PreparedRun run = accept ? PreparedRun.of("round", request(w, period), false, reporter) : null;
        try (RoundStore store = RoundStore.open(roundFile.getParent())) {
            Round round = RoundUseCase.required(roundFile, period);
            if (round.frozen()) throw RoundUseCase.frozen(roundFile, period);
            Round.Objection o = round.objections().stream().filter(x -> x.id().equals(id) && x.open()).findFirst()
                    .orElseThrow(() -> new UsageException(Text.of("review.no-objection", id)));
            String when = now.truncatedTo(ChronoUnit.SECONDS).toString();
            List<Round.Receipt> received = new ArrayList<>(round.received());
            if (accept) received.add(correct(store, folder, period, run.loaded().period().items().get(o.unit(), o.item()), o, when));
            Round.Objection ruled = new Round.Objection(o.id(), o.unit(), o.item(), o.claimed(), o.basis(), o.evidence(), o.file(),
                    accept ? "accepted" : "rejected", reason.strip(), when);
            List<Round.Objection> all = new ArrayList<>(round.objections());
            all.replaceAll(x -> x == o ? ruled : x);
            Round next = round.with(round.state(), received, round.confirmations(), round.freeze());
            store.write(roundFile, RoundYaml.text(next.withObjections(next.state(), all)));
            return ruled;
        }
    }

    /** The figure's cell rewritten to the claimed value: the old file kept, the new one a recorded version. */
    private static Round.Receipt correct(RoundStore store, DataFolder folder, String period, Reported r, Round.Objection o, String when) {
        if (r == null || !r.file().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw InputException.of(InputException.DATA, Problem.error(r == null ? o.file() : r.file(), 0, 0, null,
                    Text.of("review.cannot-correct", o.id())));
        }
        Path file = Path.of(r.file());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw InputException.missingFile(file.toString(), Text.of("file.not-found"));
        }
        byte[] fixed = CsvCell.replace(bytes, r.line(), r.column(), o.claimed());
        if (fixed == null) throw InputException.of(InputException.DATA, Problem.error(file.toString(), r.line(), r.column(), null,
                Text.of("review.cannot-correct", o.id())));
        String name = file.getFileName().toString();
        Path kept = file.resolveSibling(".versions").resolve(name + "." + when.replace(':', '-'));
        store.keep(file, kept);
        store.write(file, fixed);
        return new Round.Receipt(name, when, RoundUseCase.sha256Of(file), Text.of("review.correction-reason", o.id(), o.basis()),
                folder.root().resolve(period).relativize(kept).toString().replace('\\', '/'));
    }

    /** The run of the round's period: its framework and data folder, the period given or the newest. */
    private static RunRequest request(RoundUseCase.Where w, String period) {
        String p = period != null ? period : w.period();
        return new RunRequest(w.framework(), Defaults.data(w.data()), p, null, "auto", false, java.util.Map.of(), null, null, w.strict());
    }

    private static List<Path> workbooks(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")
                    && !p.getFileName().toString().startsWith("~$")).sorted().toList();
        } catch (IOException e) {
            throw InputException.missingFile(dir.toString(), Text.of("file.not-found"));
        }
    }

    private static boolean number(String s) {
        try {
            return Double.isFinite(Double.parseDouble(s.replace(",", "")));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** One cell of a CSV file's bytes replaced, the rest byte for byte. */
    static final class CsvCell {
        private CsvCell() {
        }

        /** The file with the cell at 1-based line and column set to {@code value}; null when the cell is not found or quoted. */
        static byte[] replace(byte[] bytes, int line, int column, String value) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            // a file in another encoding (GB18030) would not survive the round trip: left to the department
            if (!java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes)) return null;
            int start = 0;
            for (int l = 1; l < line; l++) {
                start = text.indexOf('\n', start) + 1;
                if (start == 0) return null;
            }
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            boolean cr = end > start && text.charAt(end - 1) == '\r';
            String row = text.substring(start, cr ? end - 1 : end);
            if (row.indexOf('"') >= 0) return null;
            String[] cells = row.split(",", -1);
            if (column < 1 || column > cells.length) return null;
            cells[column - 1] = value;
            return (text.substring(0, start) + String.join(",", cells) + (cr ? "\r" : "") + text.substring(end))
                    .getBytes(StandardCharsets.UTF_8);
        }
    }
}
