package io.qqhi.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * qqhi with every subcommand, in help order: for the root's help, completion and the man pages. Last,
 * picocli's {@code help [COMMAND]}, which needs the whole tree (it is not in {@link Cli#SUBCOMMANDS}).
 */
@Command(subcommands = {ValidateCommand.class, TreeCommand.class, ComputeCommand.class, ExplainCommand.class, TargetCommand.class, TraceCommand.class, HistoryCommand.class, ShortboardsCommand.class, AuditCommand.class, WeightsCommand.class, CompareCommand.class, SensitivityCommand.class, ReleaseCommand.class, DocumentCommand.class, VerifyCommand.class, LeavesCommand.class, TemplateCommand.class, RoundCommand.class, LedgerCommand.class, CasesCommand.class, WhatifCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class})
public class QqhiCommandTree extends QqhiCommand {
}
