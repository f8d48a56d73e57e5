package io.qqhi.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import io.qqhi.app.Frameworks;
import io.qqhi.framework.Framework;
import io.qqhi.report.terminal.TreeReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "tree", mixinStandardHelpOptions = true,
        description = "Show the indicator tree with local and global weights, directions and departments.")
public final class TreeCommand implements Callable<Integer> {
    @Mixin
    FrameworkOptions fw;

    @Option(names = "--format", defaultValue = "text", description = "text, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Mixin
    QuietOption quietly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Framework framework = Frameworks.load(fw.path(), fw.strict, new ConsoleReporter(spec.commandLine().getErr()));
        PrintWriter out = quietly.out(spec);
        switch (format) {
            case json: out.print(TreeReport.json(framework)); break;
            case csv: out.print(TreeReport.csv(framework)); break;
            default: TreeReport.printText(out, framework);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
