package io.qqhi.cli;

import java.util.ArrayList;
import java.util.List;

import io.qqhi.framework.Text;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's command-line errors in the messages' language (docs/formats.md, language): picocli
 * writes them in English, so each kind of error is said again from what the exception holds —
 * the unknown words and picocli's suggestions, the missing options, the option and value refused.
 */
final class UsageMessages {
    private UsageMessages() {
    }

    /** The lines that say what is wrong with the command line (the last is the help pointer). */
    static List<String> of(ParameterException ex) {
        List<String> out = new ArrayList<>();
        if (ex instanceof UnmatchedArgumentException u) {
            List<String> words = u.getUnmatched();
            boolean option = !words.isEmpty() && words.get(0).startsWith("-");
            out.add(Text.of(option ? "cli.unknown-option" : "cli.unmatched", quoted(words)));
            if (!u.getSuggestions().isEmpty()) {
                // a command is suggested with the command line before it (qqhi explain), an option alone
                String prefix = option ? "" : u.getCommandLine().getCommandSpec().qualifiedName() + " ";
                List<String> s = new ArrayList<>();
                for (String x : u.getSuggestions()) s.add(prefix + x);
                out.add(Text.of("cli.did-you-mean", String.join(Text.of("cli.or"), s)));
            }
        } else if (ex instanceof MissingParameterException m) {
            out.add(Text.of("cli.missing", names(m.getMissing())));
        } else if (ex instanceof MutuallyExclusiveArgsException) {
            out.add(Text.of("cli.exclusive"));
        } else if (ex instanceof OverwrittenOptionException o) {
            out.add(Text.of("cli.overwritten", name(o.getOverwritten())));
        } else if (ex instanceof MaxValuesExceededException) {
            out.add(Text.of("cli.too-many"));
        } else if (ex.getArgSpec() != null && ex.getValue() != null) {
            out.add(Text.of("cli.bad-value", name(ex.getArgSpec()), ex.getValue()));
        } else {
            out.add(Text.of("cli.bad-command-line"));
        }
        out.add(Text.of("usage.try", ex.getCommandLine().getCommandSpec().qualifiedName()));
        return out;
    }

    private static String quoted(List<String> words) {
        List<String> q = new ArrayList<>();
        for (String w : words) q.add(Text.of("cli.quoted", w));
        return String.join(Text.of("cli.list-sep"), q);
    }

    private static String names(List<ArgSpec> args) {
        List<String> n = new ArrayList<>();
        for (ArgSpec a : args) n.add(name(a));
        return String.join(Text.of("cli.list-sep"), n);
    }

    /** An option by its longest name, a positional parameter by its label. */
    private static String name(ArgSpec a) {
        if (a instanceof OptionSpec o) return o.longestName();
        if (a instanceof PositionalParamSpec p) return p.paramLabel();
        return String.valueOf(a);
    }
}
