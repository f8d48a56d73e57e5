package io.qqhi.input;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

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

    private SurveyReader() {
    }

    public static SurveyResult read(Path path, Framework fw, UnitRegistry reg, SurveyFrame frame, String encoding,
                                    Problems problems) {
        String file = path.toString();
        SurveySpec spec = fw.survey();
        DecodedText text = TextDecoder.read(path, encoding);
        List<String> unitCodes = reg.units().stream().map(UnitRecord::code).toList();
        List<String> itemIds = spec.items().stream().map(SurveySpec.SurveyItem::id).toList();
        int k = itemIds.size();
        List<String> classes = new ArrayList<>(frame.classes());
        SurveyResponses responses = new SurveyResponses(unitCodes, classes, k);
        Map<String, Integer> unitIndex = new HashMap<>();
        for (int i = 0; i < unitCodes.size(); i++) {
            unitIndex.put(unitCodes.get(i), i);
            unitIndex.putIfAbsent(reg.units().get(i).name(), i);
        }
        Map<String, Integer> seen = new HashMap<>();
        int reported = 0;
        int errors = 0;
        try (CSVParser p = CSVParser.parse(new StringReader(text.text()), CSVFormat.DEFAULT)) {
            int line = 1;
            int idCol = -1;
            int unitCol = -1;
            int classCol = -1;
            int[] itemCol = new int[k];
            boolean headerDone = false;
            byte[] answers = new byte[k];
            for (CSVRecord rec : p) {
                if (!headerDone) {
                    List<String> h = new ArrayList<>();
                    for (String s : rec.values()) h.add(s.strip());
                    idCol = indexOf(h, "respondent", "id", "问卷编号", "企业编号");
                    unitCol = indexOf(h, "unit", "单位", "地区");
                    classCol = indexOf(h, "size_class", "规模");
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
                    headerDone = true;
                    line = 2;
                    continue;
                }
                line = (int) p.getCurrentLineNumber();
                String unitText = get(rec, unitCol).strip();
                Integer u = unitIndex.get(unitText);
                String id = get(rec, idCol).strip();
                if (u == null) {
                    errors++;
                    if (reported++ < MAX_REPORTED) {
                        problems.add(new Problem(Severity.ERROR, file, line, unitCol + 1, null, null,
                                "unknown unit '" + unitText + "'" + reg.suggest(unitText) + " (respondent " + id + ")"));
                    }
                    continue;
                }
                String unitCode = unitCodes.get(u);
                Integer first = seen.putIfAbsent(id, line);
                if (first != null) {
                    errors++;
                    if (reported++ < MAX_REPORTED) {
                        problems.add(new Problem(Severity.ERROR, file, line, idCol + 1, unitCode, null,
                                "respondent " + id + " is listed twice (first at line " + first + "); remove the duplicate"));
                    }
                    continue;
                }
                String cls = get(rec, classCol).strip();
                int c = classes.indexOf(cls);
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
                        continue;
                    }
                }
                boolean ok = true;
                for (int j = 0; j < k; j++) {
                    answers[j] = 0;
                    if (itemCol[j] < 0) continue;
                    String a = get(rec, itemCol[j]);
                    int v = answer(a, spec.points());
                    if (v < 0) {
                        ok = false;
                        errors++;
                        if (reported++ < MAX_REPORTED) {
                            problems.add(new Problem(Severity.ERROR, file, line, itemCol[j] + 1, unitCode, itemIds.get(j),
                                    "answer '" + a + "' is not on the 1–" + spec.points() + " scale (blank or 不了解 = no answer)"));
                        }
                    }
                    answers[j] = (byte) Math.max(0, v);
                }
                if (ok) responses.add(id, u, c, line, answers);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.error(file, 0, 0, null, "CSV cannot be read: " + e.getMessage());
            throw new InputException(InputException.DATA, problems.all());
        }
        if (reported > MAX_REPORTED) {
            problems.error(file, 0, 0, null, (errors - MAX_REPORTED) + " more errors like the above are not listed");
        }
        List<SurveyResult.ScreeningEntry> removed = new ArrayList<>();
        return SurveyAggregator.aggregate(spec, itemIds, responses, frame, file, removed);
    }

    private static String get(CSVRecord r, int i) {
        return i >= 0 && i < r.size() ? r.get(i) : "";
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
        s = Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
        try {
            int v = Integer.parseInt(s);
            return v >= 1 && v <= points ? v : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
