package io.qqhi.app;

import io.qqhi.release.AtomicFiles;
import io.qqhi.report.OutputSet;
import java.util.HashSet;
import java.util.Set;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.qqhi.analysis.Ledger;
import io.qqhi.analysis.LedgerStatus;
import io.qqhi.framework.InputException;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Text;
import io.qqhi.input.DataFolder;
import io.qqhi.input.Table;
import io.qqhi.release.RoundStore;
import io.qqhi.report.records.LedgerCsv;
import io.qqhi.report.word.LedgerReminders;

/**
 * The rectification ledger of a published period (docs/formats.md, ledger): {@code import} reads the
 * places' returned 问题整改情况反馈表 into {@code RELEASES/ledger/P/ledger.csv}, {@code status} says
 * where each item of the published list stands. The ledger lives beside the releases, not in a
 * release's folder: a release is immutable and a re-release replaces it, the ledger outlives both.
 */
public final class LedgerUseCase {
    /** The folder under RELEASES holding one sub-folder per period. */
    public static final String FOLDER = "ledger";
    public static final String FILE = "ledger.csv";

    private LedgerUseCase() {
    }

    /** @param period null: the newest published period; {@code today} decides what is overdue */
    public record Where(Path releases, String period, LocalDate today) {
    }

    /** What an import did: the ledger written, the forms taken and their items, the forms refused with their problems. */
    public record ImportResult(Path ledger, String period, List<String> imported, int items, List<String> refused,
                               List<Problem> problems) {
    }

    public record StatusResult(String period, LedgerStatus status) {
    }

    public static ImportResult importForms(Where w, List<Path> forms) {
        String period = period(w);
        List<LedgerStatus.Listed> list = listed(w.releases(), period);
        List<Ledger.Item> fresh = new ArrayList<>();
        List<String> imported = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path f : forms) {
            Problems p = new Problems();
            List<Ledger.Item> items = LedgerForms.read(f, list, w.today(), p);
            for (Ledger.Item i : items) {
                if (!seen.add(i.id())) p.error(f.toString(), 0, 0, null, Text.of("ledger.twice", i.id()));
            }
            if (p.hasErrors()) {
                refused.add(f.getFileName().toString());
                problems.addAll(p.all());
            } else {
                fresh.addAll(items);
                imported.add(f.getFileName().toString());
            }
        }
        Path dir = w.releases().resolve(FOLDER).resolve(period);
        Path file = dir.resolve(FILE);
        if (!fresh.isEmpty()) {
            try (RoundStore store = RoundStore.open(dir)) {
                Ledger before = read(file);
                if (Files.exists(file)) store.keep(file, dir.resolve(".versions").resolve(versionName(dir)));
                store.write(file, LedgerCsv.text(before.with(fresh)));
            }
        }
        return new ImportResult(file, period, imported, fresh.size(), refused, problems);
    }

    /** The notices written to places with overdue items, by file name. */
    public record RemindResult(String period, List<String> files, int places) {
    }

    /** A 督办 notice (.txt and .docx) per place with overdue items, into {@code out} (replaced in one step). */
    public static RemindResult remind(Where w, Path out, Path framework, boolean strict, Reporter reporter) {
        String index = Frameworks.load(Defaults.framework(framework), strict, reporter).root().displayName();
        StatusResult r = status(w);
        OutputSet files = new OutputSet();
        var by = LedgerReminders.overdueByPlace(r.status());
        for (List<LedgerStatus.Row> rows : by.values()) {
            List<String> paragraphs = LedgerReminders.paragraphs(index, r.period(), r.status(), rows);
            String name = LedgerReminders.fileName(rows.get(0));
            files.text(name + ".txt", LedgerReminders.text(paragraphs));
            files.bytes(name + ".docx", LedgerReminders.docx(paragraphs));
        }
        if (!by.isEmpty()) {
            AtomicFiles.recover(out);
            AtomicFiles.write(out, files);
        }
        return new RemindResult(r.period(), files.names(), by.size());
    }

    public static StatusResult status(Where w) {
        String period = period(w);
        Ledger ledger = read(w.releases().resolve(FOLDER).resolve(period).resolve(FILE));
        return new StatusResult(period, LedgerStatus.of(listed(w.releases(), period), ledger, w.today()));
    }

    /** ledger.2026-12-08.1.csv: the earlier ledger, by the day it was replaced and a counter. */
    private static String versionName(Path dir) {
        int n = 1;
        String day = LocalDate.now().toString();
        while (Files.exists(dir.resolve(".versions").resolve("ledger." + day + "." + n + ".csv"))) n++;
        return "ledger." + day + "." + n + ".csv";
    }

    /** The period asked for, or the newest published one. */
    static String period(Where w) {
        if (w.period() != null) {
            if (!DataFolder.PERIOD.matcher(w.period()).matches()) throw new UsageException(Text.of("ledger.bad-period", w.period()));
            return w.period();
        }
        List<String> periods = new ArrayList<>();
        if (Files.isDirectory(w.releases())) {
            try (Stream<Path> s = Files.list(w.releases())) {
                s.map(p -> p.getFileName().toString()).filter(n -> DataFolder.PERIOD.matcher(n).matches()).forEach(periods::add);
            } catch (IOException e) {
                throw new InputException(InputException.NO_INPUT, List.of(Problem.error(w.releases().toString(), 0, 0, null,
                        Text.of("ledger.no-release", w.releases().toString()))));
            }
        }
        if (periods.isEmpty()) {
            throw new InputException(InputException.NO_INPUT, List.of(Problem.error(w.releases().toString(), 0, 0, null,
                    Text.of("ledger.no-release", w.releases().toString()))));
        }
        periods.sort(DataFolder::comparePeriods);
        return periods.get(periods.size() - 1);
    }

    /** The published 问题整改清单 of the period: its rectification.csv. */
    static List<LedgerStatus.Listed> listed(Path releases, String period) {
        Path csv = releases.resolve(period).resolve("rectification.csv");
        if (!Files.isRegularFile(csv)) {
            throw new InputException(InputException.NO_INPUT, List.of(Problem.error(csv.toString(), 0, 0, null,
                    Text.of("ledger.no-list", period))));
        }
        Problems problems = new Problems();
        Table t = Table.readCsv(csv, "auto", problems);
        if (problems.hasErrors()) throw new InputException(InputException.DATA, problems.all());
        List<String> cols = LedgerCsv.LIST_COLUMNS;
        int[] at = new int[cols.size()];
        for (int c = 0; c < at.length; c++) at[c] = t.header().indexOf(cols.get(c));
        List<LedgerStatus.Listed> out = new ArrayList<>();
        for (Table.Row r : t.rows()) {
            out.add(new LedgerStatus.Listed(get(r, at[0]), get(r, at[1]), get(r, at[2]), get(r, at[3]), get(r, at[4]), get(r, at[5])));
        }
        return out;
    }

    private static String get(Table.Row r, int c) {
        return c < 0 ? "" : Table.ownOutputCell(r.get(c)).strip();
    }

    /** The ledger kept so far (empty when none). */
    static Ledger read(Path file) {
        if (!Files.isRegularFile(file)) return Ledger.EMPTY;
        Problems problems = new Problems();
        Table t = Table.readCsv(file, "auto", problems);
        if (problems.hasErrors()) throw new InputException(InputException.DATA, problems.all());
        int[] at = new int[LedgerCsv.HEADER.size()];
        for (int c = 0; c < at.length; c++) at[c] = t.header().indexOf(LedgerCsv.HEADER.get(c));
        List<Ledger.Item> items = new ArrayList<>();
        for (Table.Row r : t.rows()) {
            try {
                String deadline = get(r, at[6]);
                items.add(new Ledger.Item(get(r, at[0]), get(r, at[1]), get(r, at[2]), get(r, at[3]), get(r, at[4]), get(r, at[5]),
                        deadline.isEmpty() ? null : LocalDate.parse(deadline), progress(get(r, at[7])), LocalDate.parse(get(r, at[8])),
                        get(r, at[9])));
            } catch (RuntimeException e) {
                problems.error(file.toString(), r.line(), 0, null, Text.of("ledger.bad-row"));
            }
        }
        if (problems.hasErrors()) throw new InputException(InputException.DATA, problems.all());
        return new Ledger(items);
    }

    /** 未启动 / 推进中 / 已完成 → the progress; null for anything else. */
    static Ledger.Progress progressOrNull(String label) {
        int k = LedgerCsv.PROGRESS.indexOf(label);
        return k < 0 ? null : Ledger.Progress.values()[k];
    }

    /** 未启动 / 推进中 / 已完成 → the progress; anything else is refused. */
    static Ledger.Progress progress(String label) {
        Ledger.Progress p = progressOrNull(label);
        if (p == null) throw new IllegalArgumentException(label);
        return p;
    }

    /**
     * The ledger file kept for a previous release {@code RELEASES/P}: {@code RELEASES/ledger/P/ledger.csv},
     * beside the releases; null when the folder has no parent.
     */
    static Path besideRelease(Path release, String period) {
        Path releases = release.toAbsolutePath().getParent();
        return releases == null ? null : releases.resolve(FOLDER).resolve(period).resolve(FILE);
    }
}
