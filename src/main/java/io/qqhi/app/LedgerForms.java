package io.qqhi.app;

import java.time.DateTimeException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.qqhi.analysis.Ledger;
import io.qqhi.analysis.LedgerStatus;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Text;
import io.qqhi.input.SourceCells;
import io.qqhi.input.Table;
import io.qqhi.input.XlsxReader;
import io.qqhi.report.records.LedgerCsv;
import io.qqhi.report.workbook.FeedbackForm;

/**
 * Reads one returned 问题整改情况反馈表 (docs/formats.md, ledger): rows by their hidden 编号, not by
 * position. Every problem is reported at its cell as FORM.xlsx!H7 — an id not on the published list,
 * an open item (not 已完成) without 整改措施, 责任单位 or 完成时限, a date that is no date, a deadline
 * already passed for an open item, a progress off the list.
 */
public final class LedgerForms {
    /** Excel's day 0 for the 1900 date system (serial 1 = 1900-01-01, with Excel's phantom 1900-02-29). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern YMD = Pattern.compile("([0-9]{4})\\s*[-/.\\p{IsHan}]\\s*([0-9]{1,2})\\s*[-/.\\p{IsHan}]\\s*([0-9]{1,2})\\s*\\p{IsHan}?");

    private LedgerForms() {
    }

    static List<Ledger.Item> read(Path form, List<LedgerStatus.Listed> list, LocalDate today, Problems problems) {
        String file = form.toString();
        String name = form.getFileName().toString();
        Table t = XlsxReader.read(form, problems);
        if (t == null) return List.of();
        List<String> h = FeedbackForm.HEADER;
        int[] col = new int[h.size()];
        for (int c = 0; c < col.length; c++) col[c] = t.header().indexOf(h.get(c));
        int id = col[FeedbackForm.ID];
        if (id < 0) {
            problems.error(file, 0, 0, null, Text.of("ledger.not-a-form", String.join("、", h)));
            return List.of();
        }
        Map<String, LedgerStatus.Listed> known = new HashMap<>();
        for (LedgerStatus.Listed l : list) known.put(l.id(), l);
        List<Ledger.Item> out = new ArrayList<>();
        for (Table.Row r : t.rows()) {
            String key = cell(r, id);
            if (key.isEmpty()) continue;
            LedgerStatus.Listed l = known.get(key);
            if (l == null) {
                problems.error(file, r.line(), id + 1, null, Text.of("ledger.unknown-item", key, at(name, r, id)));
                continue;
            }
            Ledger.Item item = item(name, file, r, col, l, today, problems);
            if (item != null) out.add(item);
        }
        if (out.isEmpty() && !problems.hasErrors()) problems.error(file, 0, 0, null, Text.of("ledger.empty-form"));
        return out;
    }

    /** One row: the place's five cells checked, or null with its problems. */
    private static Ledger.Item item(String name, String file, Table.Row r, int[] col, LedgerStatus.Listed l, LocalDate today,
                                    Problems problems) {
        int before = problems.size();
        int pc = col[8];
        String progressText = cell(r, pc);
        Ledger.Progress progress = Ledger.Progress.NOT_STARTED;
        if (!progressText.isEmpty()) {
            Ledger.Progress read = LedgerUseCase.progressOrNull(progressText);
            if (read == null) {
                problems.error(file, r.line(), pc + 1, null, Text.of("ledger.bad-progress", progressText, at(name, r, pc),
                        String.join("、", LedgerCsv.PROGRESS)));
            } else {
                progress = read;
            }
        }
        boolean open = progress != Ledger.Progress.DONE;
        String measures = cell(r, col[4]);
        String owner = cell(r, col[5]);
        String partners = cell(r, col[6]);
        if (open && measures.isEmpty()) problems.error(file, r.line(), col[4] + 1, null, Text.of("ledger.missing", h(4), at(name, r, col[4])));
        if (open && owner.isEmpty()) problems.error(file, r.line(), col[5] + 1, null, Text.of("ledger.missing", h(5), at(name, r, col[5])));
        String dateText = cell(r, col[7]);
        LocalDate deadline = null;
        if (dateText.isEmpty()) {
            if (open) problems.error(file, r.line(), col[7] + 1, null, Text.of("ledger.missing", h(7), at(name, r, col[7])));
        } else {
            deadline = date(dateText);
            if (deadline == null) {
                problems.error(file, r.line(), col[7] + 1, null, Text.of("ledger.bad-date", dateText, at(name, r, col[7])));
            } else if (open && deadline.isBefore(today)) {
                problems.error(file, r.line(), col[7] + 1, null, Text.of("ledger.past-deadline", deadline.toString(), at(name, r, col[7]),
                        today.toString()));
            }
        }
        if (problems.size() > before) return null;
        return new Ledger.Item(l.id(), l.unit(), l.node(), measures, owner, partners, deadline, progress, today, name);
    }

    private static String h(int c) {
        return FeedbackForm.HEADER.get(c);
    }

    private static String cell(Table.Row r, int c) {
        return c < 0 ? "" : r.get(c).strip();
    }

    /** FORM.xlsx!H7. */
    private static String at(String name, Table.Row r, int c) {
        return name + "!" + SourceCells.cellAddress(r.line(), c + 1);
    }

    /**
     * A date as a clerk enters it: an Excel date (a serial day number), 2026-12-31, 2026/12/31,
     * 2026.12.31 or 2026年12月31日; null when it is none of these or no real day.
     */
    public static LocalDate date(String text) {
        try {
            if (text.matches("[0-9]{5}(\\.0+)?")) {
                long days = new BigDecimal(text).longValueExact();
                return EXCEL_EPOCH.plusDays(days);
            }
            Matcher m = YMD.matcher(text);
            if (!m.matches()) return null;
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (ArithmeticException | DateTimeException e) {
            return null;
        }
    }
}
