package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** Cli builds only the named subcommand (for start-up time); help, typos and completion still see them all. */
class CliTest {
    @Test
    void theRootHelpListsEveryCommand() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.exitCode(), r::toString);
        for (Class<?> c : QqhiCommandTree.class.getAnnotation(CommandLine.Command.class).subcommands()) {
            String name = c.getAnnotation(CommandLine.Command.class).name();
            assertTrue(r.out().contains("  " + name + " "), name + "\n" + r.out());
        }
    }

    @Test
    void theRegistryByNameIsTheTreeInOrder() {
        Class<?>[] tree = QqhiCommandTree.class.getAnnotation(CommandLine.Command.class).subcommands();
        java.util.List<Class<?>> own = java.util.Arrays.stream(tree).filter(c -> c != CommandLine.HelpCommand.class).toList();
        assertEquals(tree.length - 1, own.size(), "picocli's help command is in the tree");
        assertEquals(own, java.util.List.copyOf(Cli.SUBCOMMANDS.values()));
        for (java.util.Map.Entry<String, Class<?>> e : Cli.SUBCOMMANDS.entrySet()) {
            assertEquals(e.getValue().getAnnotation(CommandLine.Command.class).name(), e.getKey());
        }
    }

    @Test
    void helpNamesACommandAndPrintsItsUsage() {
        CliRun r = CliRun.of("help", "compute");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("--indicator-data"), r::toString);
        assertTrue(r.out().contains("qqhi compute"), r::toString);
        CliRun all = CliRun.of("help");
        assertEquals(0, all.exitCode(), all::toString);
        assertTrue(all.out().contains("explain"), all::toString);
    }

    @Test
    void aMistypedCommandIsAUsageErrorWithASuggestion() {
        CliRun r = CliRun.of("validat");
        assertEquals(64, r.exitCode(), r::toString);
        assertTrue(r.err().contains("是否指：qqhi validate"), r::toString);
    }

    @Test
    void aNamedCommandIsBuiltAloneAndStillParsesRootOptions() {
        assertEquals(1, Cli.root("--debug", "compute", "--help").getSubcommands().size());
        CliRun r = CliRun.of("--debug", "compute", "--help");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("--indicator-data"), r::toString);
        assertEquals(Cli.SUBCOMMANDS.size() + 1, Cli.root("completion").getSubcommands().size(),
                "completion scripts cover every command, and help");
    }
}
