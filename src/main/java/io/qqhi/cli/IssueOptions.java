package io.qqhi.cli;

import java.time.LocalDate;

import io.qqhi.report.word.Documents;
import picocli.CommandLine.Option;

/** {@code --doc-number N --doc-date DATE}: what the 通报 is issued as (文号 and 成文日期; docs/formats.md, documents). */
public final class IssueOptions {
    @Option(names = "--doc-number", paramLabel = "N", description = "The number {n} in the issuer's document number, or for document brief the 专报's issue number (default: left open).")
    Integer number;

    @Option(names = "--doc-date", paramLabel = "DATE", description = "The date the 通报 is issued (YYYY-MM-DD; default: left open).")
    LocalDate date;

    Documents.Issue issue() {
        return new Documents.Issue(number, date == null ? null : date.toString());
    }
}
