package io.qqhi.cli;

import io.qqhi.analysis.LedgerStatus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import io.qqhi.app.LedgerUseCase;
import io.qqhi.framework.InputException;
import io.qqhi.framework.Text;
import io.qqhi.input.DataFolder;
import io.qqhi.report.records.LedgerCsv;
import io.qqhi.report.terminal.LedgerReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qqhi ledger import | status}: the rectification ledger after publication (docs/formats.md, ledger). */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "The rectification ledger (整改台账) of a published period: import the places' returned feedback forms, "
                + "see where each item stands.",
        subcommands = {LedgerCommand.Import.class, LedgerCommand.Status.class, LedgerCommand.Remind.class})
public final class LedgerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.USAGE;
    }

    /** RELEASES, the period and the day. */
    static final class Where {
        @Option(names = {"-o", "--out"}, paramLabel = "RELEASES", defaultValue = "releases",
                description = "Releases folder (default: ${DEFAULT-VALUE}).")
        Path releases;

        @Option(names = {"-p", "--period"}, paramLabel = "P", description = "Period (default: the newest published).")
        String period;

        @Option(names = "--today", paramLabel = "DATE", descriptionKey = "ledger-date",
                description = "The day the import or status is for (YYYY-MM-DD; default: today).")
        LocalDate date;

        LedgerUseCase.Where where() {
            return new LedgerUseCase.Where(releases, period, date == null ? LocalDate.now() : date);
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Read returned feedback forms (.xlsx) into the period's ledger; a form with any error is refused whole (exit 65).")
    static final class Import implements Callable<Integer> {
        @Mixin
        Where where;

        @Parameters(index = "0", arity = "1..*", paramLabel = "FORM", descriptionKey = "param.forms", description = "Returned forms (.xlsx).")
        List<Path> forms;

        @Mixin
        QuietOption quietly;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            LedgerUseCase.ImportResult r = LedgerUseCase.importForms(where.where(), forms);
            PrintWriter out = quietly.out(spec);
            if (!r.imported().isEmpty()) {
                out.println(Text.of("ledger.imported", String.valueOf(r.imported().size()), String.valueOf(r.items()),
                        DataFolder.labelFor(r.period()), r.ledger().toString()));
            }
            out.flush();
            if (!r.refused().isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println(Text.of("ledger.refused", String.valueOf(r.refused().size()), String.join("、", r.refused())));
                err.flush();
                throw new InputException(InputException.DATA, r.problems());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "remind", mixinStandardHelpOptions = true,
            description = "Draft a notice (.docx and .txt) to each place with overdue items.")
    static final class Remind implements Callable<Integer> {
        @Mixin
        Where where;

        @Mixin
        FrameworkOptions fw;

        @Option(names = "--notices", paramLabel = "DIR", defaultValue = "out/ledger-reminders",
                description = "Folder for the notices (default: ${DEFAULT-VALUE}).")
        Path notices;

        @Mixin
        QuietOption quietly;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            LedgerUseCase.RemindResult r = LedgerUseCase.remind(where.where(), notices, fw.framework, fw.strict,
                    new ConsoleReporter(spec.commandLine().getErr()));
            PrintWriter out = quietly.out(spec);
            out.println(r.places() == 0 ? Text.of("ledger.no-reminders")
                    : Text.of("ledger.reminders", String.valueOf(r.places()), String.valueOf(r.files().size()), notices.toString()));
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Where each item of the period's rectification list stands, overdue first, by place and by guiding "
                    + "department; exit 0 when nothing is overdue, 2 when something is.")
    static final class Status implements Callable<Integer> {
        @Mixin
        Where where;

        @Option(names = "--format", defaultValue = "text", description = "text, json or csv (default: ${DEFAULT-VALUE}).")
        OutputFormat format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            LedgerUseCase.StatusResult r = LedgerUseCase.status(where.where());
            PrintWriter out = spec.commandLine().getOut();
            switch (format) {
                case json -> out.print(LedgerReport.json(r.period(), r.status()));
                case csv -> out.print(LedgerCsv.status(r.status()));
                default -> LedgerReport.print(out, r.period(), r.status());
            }
            out.flush();
            return r.status().count(LedgerStatus.State.OVERDUE) > 0 ? ExitCodes.INCOMPLETE : ExitCodes.OK;
        }
    }
}
