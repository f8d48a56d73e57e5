package io.qqhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import io.qqhi.app.RoundReviewUseCase;
import io.qqhi.framework.Text;
import io.qqhi.input.Round;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qqhi round review-pack | objections | rule}: the review and appeal round (docs/formats.md). */
final class RoundReviewCommands {
    private RoundReviewCommands() {
    }

    @Command(name = "review-pack", mixinStandardHelpOptions = true,
            description = "Write each place's draft for comment (.docx letter and .xlsx with its figures and an objection sheet).")
    static final class Pack implements Callable<Integer> {
        @Mixin
        RoundCommand.Where where;

        @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out/review", description = "Output folder (default: ${DEFAULT-VALUE}).")
        Path out;

        @Mixin
        QuietOption quietly;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            RoundReviewUseCase.PackResult r = RoundReviewUseCase.pack(where.where(), out, new ConsoleReporter(spec.commandLine().getErr()));
            RoundCommand.print(quietly, spec, Text.of("review.packed", String.valueOf(r.places()), String.valueOf(r.files().size()), out.toString()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "objections", mixinStandardHelpOptions = true,
            description = "Read the returned objection sheets in DIR, record them and list every objection.")
    static final class Objections implements Callable<Integer> {
        @Mixin
        RoundCommand.Where where;

        @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "param.returned", description = "Folder of the returned workbooks.")
        Path dir;

        @Mixin
        FormatOption output;

        @Mixin
        QuietOption quietly;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<Round.Objection> all = RoundReviewUseCase.objections(where.where(), dir, Instant.now(),
                    new ConsoleReporter(spec.commandLine().getErr()));
            PrintWriter out = quietly.out(spec);
            if (output.json()) {
                out.print(io.qqhi.report.terminal.RoundReport.objectionsJson(all));
            } else {
                io.qqhi.report.terminal.RoundReport.printObjections(out, all);
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "rule", mixinStandardHelpOptions = true,
            description = "Rule an objection: accept (the figure is corrected as a new version) or reject, with a reason.")
    static final class Rule implements Callable<Integer> {
        @Mixin
        RoundCommand.Where where;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.objection", description = "The objection, e.g. JB-Q13.")
        String id;

        @Parameters(index = "1", paramLabel = "RULING", descriptionKey = "param.ruling", description = "accept or reject.")
        Ruling ruling;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "ruling-reason", description = "Why.")
        String reason;

        @Mixin
        QuietOption quietly;

        @Spec
        CommandSpec spec;

        enum Ruling { accept, reject }

        @Override
        public Integer call() {
            Round.Objection o = RoundReviewUseCase.rule(where.where(), id, ruling == Ruling.accept, reason, Instant.now(),
                    new ConsoleReporter(spec.commandLine().getErr()));
            RoundCommand.print(quietly, spec, Text.of("review.ruled." + o.status(), o.id()));
            return ExitCodes.OK;
        }
    }
}
