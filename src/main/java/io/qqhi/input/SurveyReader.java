package io.qqhi.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.qqhi.framework.Framework;
import io.qqhi.framework.InputException;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Severity;
import io.qqhi.framework.SurveySpec;
import io.qqhi.framework.Text;
import io.qqhi.input.Vocabulary;

/**
 * Reads survey micro-data ({@code survey/responses.csv}, docs/formats.md): respondent, unit,
 * size_class, industry, one column per survey item (id or name), and optionally the firm's
 * 统一社会信用代码 ({@code credit_code}) and the completion time in seconds ({@code duration}). An
 * answer is 1..points; blank, 不了解, 不清楚 or N/A is no answer; anything else is an error with its
 * line and column. The same questionnaire submitted twice (same respondent id or credit code, same
 * answers) is dropped with a warning and a screening-log line; the same respondent id with other
 * answers is an error (which is right cannot be told); ids are compared without surrounding spaces.
 * A questionnaire completed faster than the survey's {@code min_seconds} is dropped and logged.
 * Then {@link SurveyAggregator} screens and weights.
 */
public final class SurveyReader {
    private static final Set<String> NO_ANSWER = Set.copyOf(Vocabulary.words("survey.no-answer"));
    private static final int MAX_REPORTED = 500;

    private SurveyReader() {
    }

    public static SurveyResult read(Path path, Framework fw, UnitRegistry reg, SurveyFrame frame, String encoding,
                                    Problems problems) {
        String file = path.toString();
        SurveySpec spec = fw.survey();
        List<String> unitCodes = reg.units().stream().map(UnitRecord::code).toList();
        List<String> itemIds = spec.items().stream().map(SurveySpec.SurveyItem::id).toList();
        List<String> classes = new ArrayList<>(frame.classes());
        SurveyResponses responses = new SurveyResponses(unitCodes, classes, itemIds.size());
        Rows rows = new Rows(file, spec, reg, frame, unitCodes, classes, itemIds, responses, problems);
        List<String> header = Table.scanCsv(path, encoding, problems, rows);
        if (header == null || rows.headerError) throw new InputException(InputException.DATA, problems.all());
        if (rows.errors > MAX_REPORTED) {
            problems.error(file, 0, 0, null, Text.of("survey.more-errors", String.valueOf(rows.errors - MAX_REPORTED)));
        }
        if (rows.duplicates > 0) {
            problems.add(new Problem(Severity.WARNING, file, rows.firstDuplicateLine, 0, null, null, Text.of("survey.duplicates", String.valueOf(rows.duplicates))));
        }
        return SurveyAggregator.aggregate(spec, itemIds, responses, frame, file, rows.screening);
    }

    private static int indexOf(List<String> h, String... names) {
        for (String n : names) {
            for (int i = 0; i < h.size(); i++) if (h.get(i).equalsIgnoreCase(n)) return i;
        }
        return -1;
    }

    /** 1..points, 0 for no answer, −1 for an invalid answer. */
    static int answer(String cell, int points) {
        String s = cell.strip();
        if (s.length() == 1) {
            char c = s.charAt(0);
            if (c >= '1' && c <= '9') return c - '0' <= points ? c - '0' : -1;
        }
        if (NO_ANSWER.contains(s.toLowerCase(Locale.ROOT))) return 0;
        s = NumberParser.nfkc(s).strip();
        try {
            int v = Integer.parseInt(s);
            return v >= 1 && v <= points ? v : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The rows as they are read: each questionnaire checked and added to the responses. */
    private static final class Rows implements Table.RowHandler {
        final String file;
        final SurveySpec spec;
        final UnitRegistry reg;
        final SurveyFrame frame;
        final List<String> unitCodes;
        final List<String> classes;
        final List<String> itemIds;
        final SurveyResponses responses;
        final Problems problems;
        final Map<String, Integer> unitIndex = new HashMap<>();
        final Map<String, Integer> seen;
        final Map<String, Integer> seenCode;
        final List<SurveyResult.ScreeningEntry> screening = new ArrayList<>();
        int idCol;
        int unitCol;
        int classCol;
        int codeCol;
        int durationCol;
        int duplicates;
        int firstDuplicateLine;
        int[] itemCol;
        byte[] answers;
        boolean headerError;
        int reported;
        int errors;

        Rows(String file, SurveySpec spec, UnitRegistry reg, SurveyFrame frame, List<String> unitCodes, List<String> classes,
             List<String> itemIds, SurveyResponses responses, Problems problems) {
            this.file = file;
            this.spec = spec;
            this.reg = reg;
            this.frame = frame;
            this.unitCodes = unitCodes;
            this.classes = classes;
            this.itemIds = itemIds;
            this.responses = responses;
            this.problems = problems;
            // one entry per questionnaire in each: sized from the file (a row is some 50 bytes) so that a
            // million rows do not rehash twenty times
            int expected = expectedRows(file);
            this.seen = new HashMap<>(expected);
            this.seenCode = new HashMap<>(expected);
            for (int i = 0; i < unitCodes.size(); i++) {
                unitIndex.put(unitCodes.get(i), i);
                unitIndex.putIfAbsent(reg.units().get(i).name(), i);
            }
        }

        private static int expectedRows(String file) {
            try {
                long size = Files.size(Path.of(file));
                return (int) Math.min(1 << 24, Math.max(1 << 10, size / 50 * 4 / 3));
            } catch (IOException | RuntimeException e) {
                return 1 << 16;
            }
        }

        @Override
        public void header(List<String> h) {
            idCol = indexOf(h, Vocabulary.array("survey.id"));
            unitCol = indexOf(h, Vocabulary.array("survey.unit"));
            classCol = indexOf(h, Vocabulary.array("survey.size"));
            codeCol = indexOf(h, Vocabulary.array("survey.credit"));
            durationCol = indexOf(h, Vocabulary.array("survey.duration"));
            int k = itemIds.size();
            itemCol = new int[k];
            answers = new byte[k];
            for (int j = 0; j < k; j++) {
                itemCol[j] = h.indexOf(itemIds.get(j));
                if (itemCol[j] < 0 && spec.items().get(j).name() != null) itemCol[j] = h.indexOf(spec.items().get(j).name());
                if (itemCol[j] < 0) {
                    problems.add(new Problem(Severity.WARNING, file, 1, 0, null, itemIds.get(j),
                            Text.of("survey.no-column", itemIds.get(j))));
                }
            }
            if (idCol < 0 || unitCol < 0 || classCol < 0) {
                problems.error(file, 1, 1, null, Text.of("survey.header"));
                headerError = true;
            }
        }

        private void error(int line, int column, String unit, String node, String message) {
            errors++;
            if (reported++ < MAX_REPORTED) problems.add(new Problem(Severity.ERROR, file, line, column, unit, node, message));
        }

        @Override
        public void row(Table.Row r) {
            if (headerError) return;
            int line = r.line();
            String unitText = r.get(unitCol).strip();
            String id = r.get(idCol).strip();
            Integer u = unitIndex.get(unitText);
            if (u == null) {
                error(line, unitCol + 1, null, null, Text.of("survey.unknown-unit", Problems.excerpt(unitText), reg.suggest(unitText), id));
                return;
            }
            String unitCode = unitCodes.get(u);
            String cls = r.get(classCol).strip();
            int c = classes.indexOf(cls);
            if (c < 0) {
                if (classes.isEmpty() || !frame.hasUnit(unitCode)) {
                    classes.add(cls);
                    c = classes.size() - 1;
                } else {
                    error(line, classCol + 1, unitCode, null, Text.of("survey.unknown-class", cls, String.join("、", frame.classes())));
                    return;
                }
            }
            boolean ok = true;
            for (int j = 0; j < itemCol.length; j++) {
                int v = itemCol[j] < 0 ? 0 : answer(r.get(itemCol[j]), spec.points());
                if (v < 0) {
                    ok = false;
                    error(line, itemCol[j] + 1, unitCode, itemIds.get(j), Text.of("survey.off-scale", Problems.excerpt(r.get(itemCol[j])),
                            String.valueOf(spec.points())));
                }
                answers[j] = (byte) Math.max(0, v);
            }
            if (!ok) return;
            // the same questionnaire twice: by respondent id, or by the firm's credit code
            String code = codeCol < 0 ? "" : r.get(codeCol).strip();
            Integer first = seen.get(id);
            if (first == null && !code.isEmpty()) first = seenCode.get(code);
            if (first != null) {
                if (responses.sameAnswers(first, u, answers)) {
                    duplicates++;
                    if (firstDuplicateLine == 0) firstDuplicateLine = line;
                    screening.add(new SurveyResult.ScreeningEntry(file, line, id, unitCode, Text.of("survey.submitted-twice",
                            String.valueOf(responses.line(first))), true));
                    return;
                }
                if (seen.get(id) != null) {
                    error(line, idCol + 1, unitCode, null, Text.of("survey.respondent-twice", Problems.excerpt(id),
                            String.valueOf(responses.line(first))));
                    return;
                }
            }
            if (durationCol >= 0 && spec.minSeconds() > 0) {
                NumberParser.Parsed d = NumberParser.parse(r.get(durationCol).strip());
                if (!d.ok()) {
                    error(line, durationCol + 1, unitCode, null, Text.of("survey.bad-duration", d.error()));
                    return;
                }
                if (!d.missing() && d.value() < spec.minSeconds()) {
                    screening.add(new SurveyResult.ScreeningEntry(file, line, id, unitCode, Text.of("survey.too-fast",
                            Text.number(d.value()), String.valueOf(spec.minSeconds())), true));
                    return;
                }
            }
            seen.put(id, responses.count());
            if (!code.isEmpty()) seenCode.putIfAbsent(code, responses.count());
            responses.add(id, u, c, line, answers);
        }
    }
}
