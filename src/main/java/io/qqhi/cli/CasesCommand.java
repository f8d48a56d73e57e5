package io.qqhi.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import io.qqhi.app.CasesUseCase;
import io.qqhi.app.UsageException;
import io.qqhi.framework.Text;
import io.qqhi.input.Case;
import io.qqhi.input.DataFolder;
import io.qqhi.report.terminal.CasesReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qqhi cases add | import | list}: the register of 典型案例 (docs/formats.md, cases). */
@Command(name = "cases", mixinStandardHelpOptions = true,
        description = "The register of typical cases (典型案例) behind the promotion list, kept in DATA/P/cases.csv.",
        subcommands = {CasesCommand.Add.class, CasesCommand.Import.class, CasesCommand.ListCases.class})
public final class CasesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.USAGE;
    }

    static final class Where {
        @Mixin
        FrameworkOptions fw;

        @Option(names = {"-d", "--data"}, paramLabel = "DIR", description = "Data folder (default: sample-data).")
        Path data;

        @Option(names = {"-p", "--period"}, paramLabel = "P", description = "Period (default: the newest).")
        String period;

        CasesUseCase.Where where() {
            return new CasesUseCase.Where(fw.framework, fw.strict, data, period);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Register one case (its text 300–800 characters).")
    static final class Add implements Callable<Integer> {
        @Mixin
        Where where;

        @Option(names = "--unit", required = true, paramLabel = "UNIT", description = "The place (code or name).")
        String unit;

        @Option(names = "--leaf", paramLabel = "LEAF", description = "The leaf indicator (id or name) the case stands behind.")
        String leaf;

        @Option(names = "--theme", paramLabel = "TEXT", description = "Or a theme, for a case on no single leaf.")
        String theme;

        @Option(names = "--title", required = true, paramLabel = "TEXT", description = "The case's title.")
        String title;

        @Option(names = "--text", paramLabel = "TEXT", description = "The case's text.")
        String text;

        @Option(names = "--text-file", paramLabel = "FILE", description = "Or a UTF-8 file holding the text.")
        Path textFile;

        @Option(names = "--contact", paramLabel = "TEXT", description = "Contact (name and phone).")
        String contact;

        @Option(names = "--today", paramLabel = "DATE", description = "The day it is registered (default: today).")
        LocalDate today;

        @Mixin
        QuietOption quietly;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if ((text == null) == (textFile == null)) throw new UsageException(Text.of("cases.text-or-file"));
            String body = text != null ? text : readText(textFile);
            CasesUseCase.AddResult r = CasesUseCase.add(where.where(), List.of(new CasesUseCase.NewCase(unit, orEmpty(leaf),
                    orEmpty(theme), title, body, orEmpty(contact), 0)), null, today == null ? LocalDate.now() : today,
                    new ConsoleReporter(spec.commandLine().getErr()));
            print(quietly, spec, r);
            return ExitCodes.OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Register the cases of a sheet (.csv or .xlsx: 单位, 指标, 主题, 标题, 正文, 联系人); all or none.")
    static final class Import implements Callable<Integer> {
        @Mixin
        Where where;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.cases", description = "The sheet of cases.")
        Path file;

        @Option(names = "--today", paramLabel = "DATE", description = "The day they are registered (default: today).")
        LocalDate today;

        @Mixin
        QuietOption quietly;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            CasesUseCase.AddResult r = CasesUseCase.add(where.where(), CasesUseCase.sheet(file), file.toString(),
                    today == null ? LocalDate.now() : today, new ConsoleReporter(spec.commandLine().getErr()));
            print(quietly, spec, r);
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "The period's cases, and whether each stands behind a promotion of the period's lists.")
    static final class ListCases implements Callable<Integer> {
        @Mixin
        Where where;

        @Mixin
        FormatOption output;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            CasesUseCase.ListResult r = CasesUseCase.list(where.where(), new ConsoleReporter(spec.commandLine().getErr()));
            PrintWriter out = spec.commandLine().getOut();
            if (output.json()) out.print(CasesReport.json(r.period(), r.cases()));
            else CasesReport.print(out, r.period(), r.cases());
            out.flush();
            return ExitCodes.OK;
        }
    }

    private static void print(QuietOption quietly, CommandSpec spec, CasesUseCase.AddResult r) {
        PrintWriter out = quietly.out(spec);
        for (Case c : r.added()) out.println(Text.of("cases.added", c.id(), c.title(), DataFolder.labelFor(r.period())));
        out.flush();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String readText(Path f) throws Exception {
        if (!Files.isRegularFile(f)) throw new UsageException(Text.of("cases.no-file", f.toString()));
        if (Files.size(f) > 64 * 1024) throw new UsageException(Text.of("cases.file-too-big", f.toString()));
        return Files.readString(f);
    }
}
