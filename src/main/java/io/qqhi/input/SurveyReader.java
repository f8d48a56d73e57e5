package io.qqhi.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qqhi.framework.Framework;
import io.qqhi.framework.InputException;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Severity;
import io.qqhi.framework.SurveySpec;

/**
 * Reads survey micro-data ({@code survey/responses.csv}): respondent, unit, size_class, industry,
 * and one column per survey item (id or name). An answer is 1..points; blank, 不了解, 不清楚 or N/A is
 * no answer; anything else is an error with its line and column. A respondent id listed twice
 * (compared without surrounding spaces) is an error: which of the two is right cannot be told.
 * Then {@link SurveyAggregator} screens and weights.
 */
public final class SurveyReader {
    private static final Set<String> NO_ANSWER = Set.of("", "不了解", "不清楚", "n/a", "na", "-", "—", "无法评价", "不适用");
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
            problems.error(file, 0, 0, null, (rows.errors - MAX_REPORTED) + " more errors like the above are not listed");
        }
        return SurveyAggregator.aggregate(spec, itemIds, responses, frame, file, new ArrayList<>());
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
        if (NO_ANSWER.contains(s.toLowerCase(java.util.Locale.ROOT))) return 0;
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
        int idCol;
        int unitCol;
        int classCol;
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
            this.seen = new HashMap<>(1 << 16);
            for (int i = 0; i < unitCodes.size(); i++) {
                unitIndex.put(unitCodes.get(i), i);
                unitIndex.putIfAbsent(reg.units().get(i).name(), i);
            }
        }

        @Override
        public void header(List<String> h) {
            idCol = indexOf(h, "respondent", "id", "问卷编号", "企业编号");
            unitCol = indexOf(h, "unit", "单位", "地区");
            classCol = indexOf(h, "size_class", "规模");
            int k = itemIds.size();
            itemCol = new int[k];
            answers = new byte[k];
            for (int j = 0; j < k; j++) {
                itemCol[j] = h.indexOf(itemIds.get(j));
                if (itemCol[j] < 0 && spec.items().get(j).name() != null) itemCol[j] = h.indexOf(spec.items().get(j).name());
                if (itemCol[j] < 0) {
                    problems.add(new Problem(Severity.WARNING, file, 1, 0, null, itemIds.get(j),
                            "no column for survey item " + itemIds.get(j) + "; it has no answers"));
                }
            }
            if (idCol < 0 || unitCol < 0 || classCol < 0) {
                problems.error(file, 1, 1, null, "the header needs respondent, unit and size_class columns");
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
                error(line, unitCol + 1, null, null, "unknown unit '" + Problems.excerpt(unitText) + "'" + reg.suggest(unitText)
                        + " (respondent " + id + ")");
                return;
            }
            String unitCode = unitCodes.get(u);
            Integer first = seen.putIfAbsent(id, line);
            if (first != null) {
                error(line, idCol + 1, unitCode, null, "respondent " + id + " is listed twice (first at line " + first
                        + "); remove the duplicate");
                return;
            }
            String cls = r.get(classCol).strip();
            int c = classes.indexOf(cls);
            if (c < 0) {
                if (classes.isEmpty() || !frame.hasUnit(unitCode)) {
                    classes.add(cls);
                    c = classes.size() - 1;
                } else {
                    error(line, classCol + 1, unitCode, null, "unknown size class '" + cls + "'; frame.csv has "
                            + String.join(", ", frame.classes()));
                    return;
                }
            }
            boolean ok = true;
            for (int j = 0; j < itemCol.length; j++) {
                int v = itemCol[j] < 0 ? 0 : answer(r.get(itemCol[j]), spec.points());
                if (v < 0) {
                    ok = false;
                    error(line, itemCol[j] + 1, unitCode, itemIds.get(j), "answer '" + Problems.excerpt(r.get(itemCol[j])) + "' is not on the 1–"
                            + spec.points() + " scale (blank or 不了解 = no answer)");
                }
                answers[j] = (byte) Math.max(0, v);
            }
            if (ok) responses.add(id, u, c, line, answers);
        }
    }
}
