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
 * no answer; anything else is an error with its line and column. A respondent id listed twice is
 * an error (which of the two is right cannot be told). Then {@link SurveyAggregator} screens and
 * weights.
 */
public final class SurveyReader {
    private static final Set<String> NO_ANSWER = Set.of("", "不了解", "不清楚", "n/a", "na", "-", "—", "无法评价", "不适用");
    private static final int MAX_REPORTED = 500;
    /** Below this size one thread is quicker than starting several (tests lower it). */
    static int parallelFromBytes = 8 << 20;

    private SurveyReader() {
    }

    public static SurveyResult read(Path path, Framework fw, UnitRegistry reg, SurveyFrame frame, String encoding,
                                    Problems problems) {
        String file = path.toString();
        SurveySpec spec = fw.survey();
        CsvBytes csv = new CsvBytes(TextDecoder.utf8Bytes(path, encoding));
        List<String> unitCodes = reg.units().stream().map(UnitRecord::code).toList();
        List<String> itemIds = spec.items().stream().map(SurveySpec.SurveyItem::id).toList();
        int k = itemIds.size();
        List<String> classes = new ArrayList<>(frame.classes());
        // about 30 bytes a row at the least; arrays sized once
        SurveyResponses responses = new SurveyResponses(unitCodes, classes, k, csv.bytes().length / 30 + 16);
        Map<String, Integer> unitIndex = new HashMap<>();
        for (int i = 0; i < unitCodes.size(); i++) {
            unitIndex.put(unitCodes.get(i), i);
            unitIndex.putIfAbsent(reg.units().get(i).name(), i);
        }
        int reported = 0;
        int errors = 0;
        try {
            if (!csv.next()) {
                problems.error(file, 1, 1, null, "file is empty; expected a header row");
                throw new InputException(InputException.DATA, problems.all());
            }
            List<String> h = new ArrayList<>();
            for (int i = 0; i < csv.size(); i++) h.add(csv.string(i).strip());
            int idCol = indexOf(h, "respondent", "id", "问卷编号", "企业编号");
            int unitCol = indexOf(h, "unit", "单位", "地区");
            int classCol = indexOf(h, "size_class", "规模");
            int[] itemCol = new int[k];
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
                throw new InputException(InputException.DATA, problems.all());
            }
            int threads = Math.min(4, Runtime.getRuntime().availableProcessors());
            int bodyStart = csv.position();
            boolean parallel = threads > 1 && csv.bytes().length - bodyStart >= parallelFromBytes;
            List<Problem> found = new ArrayList<>();
            int[] errorCount = new int[1];
            if (parallel) {
                parallel = ParallelRows.read(csv, bodyStart, threads, file, reg, frame, unitCodes, unitIndex, classes,
                        itemIds, spec.points(), responses, found, errorCount, idCol, unitCol, classCol, itemCol);
            }
            if (!parallel) {
                responses.clear();
                found.clear();
                CsvBytes body = new CsvBytes(csv.bytes(), bodyStart, csv.bytes().length, csv.nextLine());
                RowReader rows = new RowReader(body, file, reg, frame, unitCodes, unitIndex, classes, itemIds,
                        spec.points(), responses, found, idCol, unitCol, classCol, itemCol, true, true);
                while (body.next()) rows.row();
                errorCount[0] = rows.errors;
            }
            // one order whatever the thread count: by line, then column
            found.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
            errors = errorCount[0];
            reported = 0;
            for (Problem p : found) {
                if (p.isError() && ++reported > MAX_REPORTED) continue;
                problems.add(p);
            }
        } catch (CsvBytes.Malformed e) {
            problems.error(file, e.line, 0, null, "CSV cannot be read: " + e.getMessage());
            throw new InputException(InputException.DATA, problems.all());
        }
        if (errors > MAX_REPORTED) {
            problems.error(file, 0, 0, null, (errors - MAX_REPORTED) + " more errors like the above are not listed");
        }
        List<SurveyResult.ScreeningEntry> removed = new ArrayList<>();
        return SurveyAggregator.aggregate(spec, itemIds, responses, frame, file, removed);
    }

    private static final byte[] DONT_KNOW = "不了解".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /**
     * Fills answers (0 = none) from the record; returns the index of the first item whose answer is
     * not on the scale, or −1. Kept small and separate so the JIT compiles it early.
     */
    static int parseAnswers(CsvBytes csv, int[] itemCol, int points, byte[] answers) {
        int bad = -1;
        for (int j = 0; j < itemCol.length; j++) {
            int v = itemCol[j] < 0 ? 0 : answerAt(csv, itemCol[j], points);
            if (v < 0 && bad < 0) bad = j;
            answers[j] = (byte) Math.max(0, v);
        }
        return bad;
    }

    private static int nextBad(CsvBytes csv, int[] itemCol, int points, int from) {
        for (int j = from; j < itemCol.length; j++) {
            if (itemCol[j] >= 0 && answerAt(csv, itemCol[j], points) < 0) return j;
        }
        return -1;
    }

    private static int answerAt(CsvBytes csv, int col, int points) {
        int len = csv.length(col);
        if (len == 0) return 0;
        int b0 = csv.firstByte(col);
        if (len == 1 && b0 >= '1' && b0 <= '9') return b0 - '0' <= points ? b0 - '0' : -1;
        if (csv.equals(col, DONT_KNOW)) return 0;
        return answer(csv.string(col), points);
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

    /** A size class the frame does not know: the parallel reader leaves such files to the sequential one. */
    static final class NewSizeClass extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NewSizeClass() {
            super(null, null, false, false);
        }
    }

    /** Reads one survey row at a time; a small method the JIT compiles early, unlike a long loop. */
    static final class RowReader {
        final CsvBytes csv;
        final String file;
        final UnitRegistry reg;
        final SurveyFrame frame;
        final List<String> unitCodes;
        final Map<String, Integer> unitIndex;
        final List<String> classes;
        final List<String> itemIds;
        final int points;
        final SurveyResponses responses;
        final List<Problem> problems;
        final boolean allowNewClasses;
        final int idCol;
        final int unitCol;
        final int classCol;
        final int[] itemCol;
        final ByteSliceSet seen;
        // size classes are few: their bytes are compared directly, no String per row
        final List<byte[]> classBytes = new ArrayList<>();
        final byte[] answers;
        byte[] lastUnit = new byte[0];
        int lastUnitIndex = -1;
        int reported;
        int errors;

        RowReader(CsvBytes csv, String file, UnitRegistry reg, SurveyFrame frame, List<String> unitCodes,
                  Map<String, Integer> unitIndex, List<String> classes, List<String> itemIds, int points,
                  SurveyResponses responses, List<Problem> problems, int idCol, int unitCol, int classCol, int[] itemCol,
                  boolean dedupe, boolean allowNewClasses) {
            this.csv = csv;
            this.file = file;
            this.reg = reg;
            this.frame = frame;
            this.unitCodes = unitCodes;
            this.unitIndex = unitIndex;
            this.classes = classes;
            this.itemIds = itemIds;
            this.points = points;
            this.responses = responses;
            this.problems = problems;
            this.idCol = idCol;
            this.unitCol = unitCol;
            this.classCol = classCol;
            this.itemCol = itemCol;
            this.seen = dedupe ? new ByteSliceSet(csv.bytes(), Math.max(1 << 10, csv.bytes().length / 40)) : null;
            this.allowNewClasses = allowNewClasses;
            this.answers = new byte[itemCol.length];
        }

        void row() {
            int line = csv.line();
            // rows come grouped by unit, so the previous row's unit is almost always this one's
            int u;
            if (lastUnitIndex >= 0 && csv.equals(unitCol, lastUnit)) {
                u = lastUnitIndex;
            } else {
                String unitText = csv.string(unitCol).strip();
                Integer found = unitIndex.get(unitText);
                if (found == null) {
                    errors++;
                    if (reported++ < MAX_REPORTED) {
                        problems.add(new Problem(Severity.ERROR, file, line, unitCol + 1, null, null, "unknown unit '"
                                + unitText + "'" + reg.suggest(unitText) + " (respondent " + csv.string(idCol) + ")"));
                    }
                    return;
                }
                u = found;
                lastUnit = csv.string(unitCol).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                lastUnitIndex = u;
            }
            String unitCode = unitCodes.get(u);
            int first = seen == null ? -1 : seen.putIfAbsent(csv.offset(idCol), csv.length(idCol), csv.hash(idCol), line);
            if (first >= 0) {
                errors++;
                if (reported++ < MAX_REPORTED) {
                    problems.add(new Problem(Severity.ERROR, file, line, idCol + 1, unitCode, null, "respondent "
                            + csv.string(idCol) + " is listed twice (first at line " + first + "); remove the duplicate"));
                }
                return;
            }
            int c = -1;
            for (int x = 0; x < classBytes.size() && c < 0; x++) {
                if (csv.equals(classCol, classBytes.get(x))) c = x;
            }
            if (c < 0) {
                String cls = csv.string(classCol).strip();
                c = classes.indexOf(cls);
                if (c < 0) {
                    if (classes.isEmpty() || !frame.hasUnit(unitCode)) {
                        classes.add(cls);
                        c = classes.size() - 1;
                    } else {
                        errors++;
                        if (reported++ < MAX_REPORTED) {
                            problems.add(new Problem(Severity.ERROR, file, line, classCol + 1, unitCode, null,
                                    "unknown size class '" + cls + "'; frame.csv has " + String.join(", ", frame.classes())));
                        }
                        return;
                    }
                }
                if (csv.string(classCol).equals(cls)) {
                    while (classBytes.size() <= c) classBytes.add(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0});
                    classBytes.set(c, cls.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            boolean ok = true;
            int bad = parseAnswers(csv, itemCol, points, answers);
            while (bad >= 0) {
                ok = false;
                errors++;
                int col = itemCol[bad];
                if (reported++ < MAX_REPORTED) {
                    problems.add(new Problem(Severity.ERROR, file, line, col + 1, unitCode, itemIds.get(bad),
                            "answer '" + csv.string(col) + "' is not on the 1–" + points
                                    + " scale (blank or 不了解 = no answer)"));
                }
                bad = nextBad(csv, itemCol, points, bad + 1);
            }
            if (ok) responses.add(csv.bytes(), csv.ref(idCol), u, c, line, answers);

        }
    }
}
