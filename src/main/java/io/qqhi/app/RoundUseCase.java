package io.qqhi.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qqhi.framework.Checksums;
import io.qqhi.framework.Department;
import io.qqhi.framework.Framework;
import io.qqhi.framework.InputException;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Text;
import io.qqhi.input.DataFolder;
import io.qqhi.input.DepartmentDataReader;
import io.qqhi.input.ItemValues;
import io.qqhi.input.PeriodLoader;
import io.qqhi.input.Round;
import io.qqhi.input.UnitRegistry;
import io.qqhi.release.RoundStore;
import io.qqhi.report.records.RoundYaml;

/**
 * The collection round's changes (docs/formats.md, round.yaml): open a period's round, accept a
 * department file (a new version only with a reason; the old one kept byte for byte), confirm a
 * 数据甄别 flag, freeze the inputs. Each one call, under the period's round lock.
 */
public final class RoundUseCase {
    private RoundUseCase() {
    }

    /** Where the round is: the framework, the data folder and the period (null: the newest). */
    public record Where(Path framework, boolean strict, Path data, String period) {
    }

    public record OpenResult(String period, Path file) {
    }

    /** Opens a round: round.yaml with the deadline, an empty 联络员 entry per department, state collecting. */
    public static OpenResult open(Where w, LocalDate deadline, LocalDate reviewFrom, LocalDate reviewTo, Reporter reporter) {
        Framework fw = Frameworks.load(Defaults.framework(w.framework()), w.strict(), reporter);
        DataFolder folder = new DataFolder(Defaults.data(w.data()));
        if (w.period() == null || !DataFolder.PERIOD.matcher(w.period()).matches()) {
            throw new UsageException(Text.of("template.bad-period", String.valueOf(w.period())));
        }
        Path file = Round.path(folder, w.period());
        try (RoundStore store = RoundStore.open(file.getParent())) {
            if (Files.exists(file)) throw InputException.of(InputException.DATA, Problem.error(file.toString(), 0, 0, null,
                    Text.of("round.exists", DataFolder.labelFor(w.period()))));
            Map<String, Round.Contact> contacts = new LinkedHashMap<>();
            for (Department d : fw.departments()) {
                if (fw.items().stream().anyMatch(i -> d.id().equals(i.department()))) contacts.put(d.id(), new Round.Contact("", "", ""));
            }
            Round r = new Round(w.period(), deadline, "collecting", contacts, reviewFrom, reviewTo, List.of(), List.of(), null, List.of());
            store.write(file, RoundYaml.text(r));
        }
        return new OpenResult(w.period(), file);
    }

    /** What accepting a file did: a first receipt, a new version (the old one kept there), or nothing (the same bytes). */
    public enum Outcome { NEW, VERSION, SAME }

    public record AcceptResult(String period, String name, Outcome outcome, Path kept) {
    }

    /**
     * Takes a department file into DATA/P/departments/ by its name (which names the department as
     * the readers match it: DepartmentDataReader.departmentOf). A file with errors is refused (65, each at its line) and nothing changes; a
     * new version needs a reason (64 without one).
     */
    public static AcceptResult accept(Where w, Path given, String reason, Instant now, Reporter reporter) {
        Framework fw = Frameworks.load(Defaults.framework(w.framework()), w.strict(), reporter);
        DataFolder folder = new DataFolder(Defaults.data(w.data()));
        String period = folder.period(w.period());
        String name = given.getFileName().toString();
        if (DepartmentDataReader.departmentOf(fw, given) == null) {
            throw InputException.of(InputException.DATA, Problem.error(given.toString(), 0, 0, null, Text.of("round.no-department", name)));
        }
        byte[] bytes = read(given);
        List<String[]> confirmedInFile = checkFile(fw, folder, period, given);
        Path target = folder.root().resolve(period).resolve("departments").resolve(name);
        Path roundFile = Round.path(folder, period);
        try (RoundStore store = RoundStore.open(roundFile.getParent())) {
            Round round = required(roundFile, period);
            if (round.frozen()) throw frozen(roundFile, period);
            String when = now.truncatedTo(ChronoUnit.SECONDS).toString();
            Outcome outcome = Outcome.NEW;
            Path kept = null;
            if (Files.exists(target)) {
                if (java.util.Arrays.equals(read(target), bytes)) return new AcceptResult(period, name, Outcome.SAME, null);
                if (reason == null || reason.isBlank()) throw new UsageException(Text.of("round.needs-reason", name));
                kept = target.resolveSibling(".versions").resolve(name + "." + when.replace(':', '-'));
                store.keep(target, kept);
                outcome = Outcome.VERSION;
            }
            store.write(target, bytes);
            List<Round.Receipt> received = new ArrayList<>(round.received());
            received.add(new Round.Receipt(name, when, sha256(target), reason == null ? "" : reason.strip(),
                    kept == null ? "" : folder.root().resolve(period).relativize(kept).toString().replace('\\', '/')));
            // a 确认 column in the returned template confirms the 数据甄别 flags of its rows
            List<Round.Confirmation> cs = new ArrayList<>(round.confirmations());
            for (String[] c : confirmedInFile) {
                cs.removeIf(x -> x.unit().equals(c[0]) && x.item().equals(c[1]));
                cs.add(new Round.Confirmation(c[1], c[0], c[2], when));
            }
            store.write(roundFile, RoundYaml.text(round.with(round.state(), received, cs, round.freeze())));
            return new AcceptResult(period, name, outcome, kept);
        }
    }

    /** Records the department's confirmation of a 数据甄别 flag (item and unit must be known). */
    public static String confirm(Where w, String item, String unit, String note, Instant now, Reporter reporter) {
        Framework fw = Frameworks.load(Defaults.framework(w.framework()), w.strict(), reporter);
        DataFolder folder = new DataFolder(Defaults.data(w.data()));
        String period = folder.period(w.period());
        if (fw.items().stream().noneMatch(i -> i.id().equals(item))) throw new UsageException(Text.of("round.unknown-item", item));
        UnitRegistry reg = new PeriodLoader(fw, folder, "auto").registry(new Problems());
        if (reg.find(unit) == null) throw new UsageException(Text.of("round.unknown-unit", unit));
        String code = reg.find(unit).code();
        if (note == null || note.isBlank()) throw new UsageException(Text.of("round.needs-note"));
        Path roundFile = Round.path(folder, period);
        try (RoundStore store = RoundStore.open(roundFile.getParent())) {
            Round round = required(roundFile, period);
            if (round.frozen()) throw frozen(roundFile, period);
            List<Round.Confirmation> cs = new ArrayList<>(round.confirmations());
            cs.removeIf(c -> c.item().equals(item) && c.unit().equals(code));
            cs.add(new Round.Confirmation(item, code, note.strip(), now.truncatedTo(ChronoUnit.SECONDS).toString()));
            store.write(roundFile, RoundYaml.text(round.with(round.state(), round.received(), cs, round.freeze())));
        }
        return period;
    }

    public record FreezeResult(String period, int files) {
    }

    /** Freezes the period: the SHA-256 of every input (units.csv, frame.csv, the department files, the survey). */
    public static FreezeResult freeze(Where w, Instant now, Reporter reporter) {
        DataFolder folder = new DataFolder(Defaults.data(w.data()));
        String period = folder.period(w.period());
        Path roundFile = Round.path(folder, period);
        try (RoundStore store = RoundStore.open(roundFile.getParent())) {
            Round round = required(roundFile, period);
            if (round.frozen()) throw frozen(roundFile, period);
            Map<String, String> files = inputs(folder, period);
            store.write(roundFile, RoundYaml.text(round.with("frozen", round.received(), round.confirmations(),
                    new Round.Freeze(now.truncatedTo(ChronoUnit.SECONDS).toString(), files))));
            return new FreezeResult(period, files.size());
        }
    }

    /** Every input of a period by its path under the data folder, with its SHA-256. */
    public static Map<String, String> inputs(DataFolder folder, String period) {
        List<Path> all = new ArrayList<>();
        for (Path p : List.of(folder.units(), folder.frame())) if (Files.isRegularFile(p)) all.add(p);
        all.addAll(folder.departmentFiles(period));
        if (Files.isRegularFile(folder.surveyFile(period))) all.add(folder.surveyFile(period));
        Map<String, String> out = new LinkedHashMap<>();
        for (Path p : all) out.put(folder.root().relativize(p).toString().replace('\\', '/'), sha256(p));
        return out;
    }

    /** The period's round; 66 when it has none (open one first). */
    static Round required(Path roundFile, String period) {
        Problems p = new Problems();
        Round r = Round.read(roundFile, p);
        if (p.hasErrors()) throw new InputException(InputException.DATA, p.all());
        if (r == null) throw InputException.missingFile(roundFile.toString(), Text.of("round.none", DataFolder.labelFor(period)));
        return r;
    }

    /** 65: the period is frozen, nothing is taken or changed. */
    static InputException frozen(Path roundFile, String period) {
        return InputException.of(InputException.DATA, Problem.error(roundFile.toString(), 0, 0, null,
                Text.of("round.frozen", DataFolder.labelFor(period))));
    }

    /** A file that does not read cleanly is not taken in: its errors at their lines, nothing changed. */
    private static List<String[]> checkFile(Framework fw, DataFolder folder, String period, Path file) {
        Problems p = new Problems();
        UnitRegistry reg = new PeriodLoader(fw, folder, "auto").registry(p);
        DepartmentDataReader reader = new DepartmentDataReader(fw, reg, p, false);
        reader.periodMonths(DataFolder.months(period));
        ItemValues values = new ItemValues(reg, fw.items());
        reader.read(file, "auto", values);
        if (p.hasErrors()) throw new InputException(InputException.DATA, p.all());
        return values.confirmations();
    }

    private static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw InputException.missingFile(f.toString(), Text.of("file.not-found"));
        }
    }

    static String sha256Of(Path f) {
        return sha256(f);
    }

    private static String sha256(Path f) {
        try {
            return Checksums.sha256(f);
        } catch (IOException e) {
            throw InputException.missingFile(f.toString(), Text.of("file.not-found"));
        }
    }
}
