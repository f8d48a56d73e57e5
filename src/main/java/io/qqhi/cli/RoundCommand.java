package io.qqhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import io.qqhi.app.RoundStatusUseCase;
import io.qqhi.app.RoundUseCase;
import io.qqhi.framework.Text;
import io.qqhi.input.DataFolder;
import io.qqhi.report.terminal.RoundReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qqhi round}: a period's collection round (docs/formats.md, round.yaml). Parse, call the use case, print. */
@Command(name = "round", mixinStandardHelpOptions = true,
        description = "A period's collection round: open it, see who still owes what, draft reminders, accept department "
                + "files as versions with reasons, confirm flagged figures, freeze the inputs.",
        subcommands = {RoundCommand.Open.class, RoundCommand.Status.class, RoundCommand.Remind.class, RoundCommand.Accept.class,
                RoundCommand.Confirm.class, RoundCommand.Freeze.class, RoundReviewCommands.Pack.class,
                RoundReviewCommands.Objections.class, RoundReviewCommands.Rule.class})
public final class RoundCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** Where the round is: framework, data folder, period. */
    public static final class Where {
        @Mixin
        FrameworkOptions fw;

        @Option(names = {"-d", "--data"}, paramLabel = "DIR", description = "Data folder (default: sample-data).")
        Path data;

        @Option(names = {"-p", "--period"}, paramLabel = "P", description = "Period (default: the newest).")
        String period;

        RoundUseCase.Where where() {
            return new RoundUseCase.Where(fw.framework, fw.strict, data, period);
        }
    }

    @Command(name = "open", mixinStandardHelpOptions = true, description = "Open the period's round: round.yaml with the deadline.")
    static final class Open implements Callable<Integer> {
        @Mixin
        Where where;

        @Option(names = "--deadline", required = true, paramLabel = "DATE", description = "Deadline for the departments (YYYY-MM-DD).")
        LocalDate deadline;

        @Option(names = "--review-from", paramLabel = "DATE", description = "First day of the places' review window.")
        LocalDate reviewFrom;

        @Option(names = "--review-to", paramLabel = "DATE", description = "Last day of the places' review window.")
        LocalDate reviewTo;

        @Mixin
        QuietOption quietly;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            RoundUseCase.OpenResult r = RoundUseCase.open(where.where(), deadline, reviewFrom, reviewTo,
                    new ConsoleReporter(spec.commandLine().getErr()));
            print(quietly, spec, Text.of("round.opened", DataFolder.labelFor(r.period()), r.file().toString()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Who still owes what: exit 0 when every department file is in and free of errors, 2 otherwise.")
    static final class Status implements Callable<Integer> {
        @Mixin
        Where where;

        @Mixin
        FormatOption output;

        @Option(names = "--csv", paramLabel = "FILE", description = "Also write the departments' table as CSV.")
        Path csv;

        @Option(names = "--today", paramLabel = "DATE", description = "The day to judge lateness by (default: today).")
        LocalDate today;

        @Option(names = "--encoding", paramLabel = "ENC", defaultValue = "auto", description = "Encoding of CSV files (default: ${DEFAULT-VALUE}).")
        String encoding;

        @Mixin
        QuietOption quietly;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            RoundStatusUseCase.Result r = RoundStatusUseCase.status(where.where(), encoding, today == null ? LocalDate.now() : today,
                    csv, new ConsoleReporter(spec.commandLine().getErr()));
            PrintWriter out = quietly.out(spec);
            if (output.json()) out.print(RoundReport.json(r.status(), r.round() == null ? java.util.List.of() : r.round().objections()));
            else RoundReport.printText(out, r.status(), r.round() == null ? java.util.List.of() : r.round().objections());
            out.flush();
            return r.status().complete() ? ExitCodes.OK : ExitCodes.INCOMPLETE;
        }
    }

    @Command(name = "remind", mixinStandardHelpOptions = true,
            description = "Draft a reminder (.docx and .txt) for every department that still owes anything.")
    static final class Remind implements Callable<Integer> {
        @Mixin
        Where where;

        @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out/reminders", description = "Output folder (default: ${DEFAULT-VALUE}).")
        Path out;

        @Option(names = "--today", paramLabel = "DATE", description = "The day the reminders are dated (default: today).")
        LocalDate today;

        @Mixin
        QuietOption quietly;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            RoundStatusUseCase.RemindResult r = RoundStatusUseCase.remind(where.where(), "auto", today == null ? LocalDate.now() : today,
                    out, new ConsoleReporter(spec.commandLine().getErr()));
            print(quietly, spec, r.files().isEmpty() ? Text.of("round.no-reminders")
                    : Text.of("round.reminders", String.valueOf(r.files().size()), String.valueOf(r.files().size() / 2)) + "：" + out);
            return ExitCodes.OK;
        }
    }

    @Command(name = "accept", mixinStandardHelpOptions = true,
            description = "Take a department file into the period; a new version of a file needs --reason.")
    static final class Accept implements Callable<Integer> {
        @Mixin
        Where where;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.department-file", description = "The department's file (Dnn-name.csv or .xlsx).")
        Path file;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why a new version replaces the one in force (更正说明).")
        String reason;

        @Mixin
        QuietOption quietly;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            RoundUseCase.AcceptResult r = RoundUseCase.accept(where.where(), file, reason, Instant.now(),
                    new ConsoleReporter(spec.commandLine().getErr()));
            print(quietly, spec, Text.of("round.accepted." + r.outcome().name(), r.name(), r.kept() == null ? "" : r.kept().toString()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "confirm", mixinStandardHelpOptions = true, description = "Record a department's confirmation of a flagged figure.")
    static final class Confirm implements Callable<Integer> {
        @Mixin
        Where where;

        @Parameters(index = "0", paramLabel = "ITEM", descriptionKey = "param.item", description = "The item, e.g. Q06.")
        String item;

        @Parameters(index = "1", paramLabel = "UNIT", descriptionKey = "param.unit", description = "The place, by code or name.")
        String unit;

        @Option(names = "--note", required = true, paramLabel = "TEXT", description = "What the department said.")
        String note;

        @Mixin
        QuietOption quietly;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            RoundUseCase.confirm(where.where(), item, unit, note, Instant.now(), new ConsoleReporter(spec.commandLine().getErr()));
            print(quietly, spec, Text.of("round.confirmed", unit, item));
            return ExitCodes.OK;
        }
    }

    @Command(name = "freeze", mixinStandardHelpOptions = true, description = "Freeze the period: record the SHA-256 of every input.")
    static final class Freeze implements Callable<Integer> {
        @Mixin
        Where where;

        @Mixin
        QuietOption quietly;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            RoundUseCase.FreezeResult r = RoundUseCase.freeze(where.where(), Instant.now(), new ConsoleReporter(spec.commandLine().getErr()));
            print(quietly, spec, Text.of("round.frozen-now", DataFolder.labelFor(r.period()), String.valueOf(r.files())));
            return ExitCodes.OK;
        }
    }

    static void print(QuietOption quietly, CommandSpec spec, String line) {
        PrintWriter out = quietly.out(spec);
        out.println(line);
        out.flush();
    }
}
