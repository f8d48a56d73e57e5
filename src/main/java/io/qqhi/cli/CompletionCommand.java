package io.qqhi.cli;

import java.util.concurrent.Callable;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print a bash completion script: source <(scripts/qqhi completion)")
public final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine root = spec.commandLine().getParent();
        spec.commandLine().getOut().print(AutoComplete.bash("qqhi", root));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
