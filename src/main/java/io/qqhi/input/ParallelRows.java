package io.qqhi.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.qqhi.framework.Problem;
import io.qqhi.framework.Severity;

/**
 * Reads a large survey file on several cores: the body is cut at line breaks into one part per
 * thread, each part is read into its own arrays, and the parts are joined in file order; duplicate
 * respondent ids are then found across the whole file, the id space shared out between threads by
 * hash. The result is the same as reading the file in one pass. Returns false (and the caller reads
 * sequentially) when a cut fell inside a quoted field or a part met a size class the frame lacks.
 */
final class ParallelRows {
    private ParallelRows() {
    }

    static boolean read(CsvBytes header, int bodyStart, int threads, String file, UnitRegistry reg, SurveyFrame frame,
                        List<String> unitCodes, Map<String, Integer> unitIndex, List<String> classes, List<String> itemIds,
                        int points, SurveyResponses out, List<Problem> found, int[] errorCount, int idCol, int unitCol,
                        int classCol, int[] itemCol) {
        byte[] b = header.bytes();
        int[] cut = new int[threads + 1];
        cut[0] = bodyStart;
        cut[threads] = b.length;
        for (int t = 1; t < threads; t++) {
            int p = Math.max(cut[t - 1], bodyStart + (int) ((long) (b.length - bodyStart) * t / threads));
            while (p < b.length && b[p] != '\n') p++;
            cut[t] = Math.min(b.length, p + 1);
        }
        SurveyResponses[] part = new SurveyResponses[threads];
        List<List<Problem>> partProblems = new ArrayList<>();
        int[] lines = new int[threads];
        int[] errors = new int[threads];
        boolean[] failed = new boolean[1];
        for (int t = 0; t < threads; t++) partProblems.add(new ArrayList<>());
        IntStream.range(0, threads).parallel().forEach(t -> {
            CsvBytes c = new CsvBytes(b, cut[t], cut[t + 1], 1);
            part[t] = new SurveyResponses(unitCodes, classes, itemCol.length, (cut[t + 1] - cut[t]) / 30 + 16);
            SurveyReader.RowReader rows = new SurveyReader.RowReader(c, file, reg, frame, unitCodes, unitIndex, classes,
                    itemIds, points, part[t], partProblems.get(t), idCol, unitCol, classCol, itemCol, false, false);
            try {
                while (c.next()) rows.row();
            } catch (CsvBytes.Malformed | SurveyReader.NewSizeClass e) {
                failed[0] = true;
            }
            lines[t] = c.nextLine() - 1;
            errors[t] = rows.errors;
        });
        if (failed[0]) return false;
        int offset = header.nextLine() - 1;
        for (int t = 0; t < threads; t++) {
            out.append(part[t], offset);
            for (Problem p : partProblems.get(t)) {
                found.add(new Problem(p.severity(), p.file(), p.line() + offset, p.column(), p.unit(), p.node(), p.message()));
            }
            errorCount[0] += errors[t];
            offset += lines[t];
        }
        errorCount[0] += removeDuplicates(out, threads, file, idCol, found);
        return true;
    }

    /** Finds repeated ids over all respondents in parallel (thread t owns the ids whose hash falls to t). */
    private static int removeDuplicates(SurveyResponses r, int threads, String file, int idCol, List<Problem> found) {
        byte[] b = r.source;
        int n = r.count;
        int[] hash = new int[n];
        IntStream.range(0, threads).parallel().forEach(t -> {
            for (int i = (int) ((long) n * t / threads); i < (long) n * (t + 1) / threads; i++) {
                int off = (int) (r.idRef[i] >>> 20);
                int len = (int) (r.idRef[i] & 0xFFFFF);
                int h = 1;
                for (int k = off; k < off + len; k++) h = 31 * h + b[k];
                hash[i] = h;
            }
        });
        int[] firstLine = new int[n];
        IntStream.range(0, threads).parallel().forEach(t -> {
            ByteSliceSet seen = new ByteSliceSet(b, n / threads + 16);
            for (int i = 0; i < n; i++) {
                if (Math.floorMod(hash[i] * 0x9E3779B9 >>> 7, threads) != t) continue;
                int off = (int) (r.idRef[i] >>> 20);
                int len = (int) (r.idRef[i] & 0xFFFFF);
                int first = seen.putIfAbsent(off, len, hash[i], r.line[i]);
                if (first >= 0) firstLine[i] = first;
            }
        });
        boolean[] keep = new boolean[n];
        int dups = 0;
        for (int i = 0; i < n; i++) {
            keep[i] = firstLine[i] == 0;
            if (!keep[i]) {
                dups++;
                found.add(new Problem(Severity.ERROR, file, r.line[i], idCol + 1, r.units.get(r.unit[i]), null, "respondent "
                        + r.id(i) + " is listed twice (first at line " + firstLine[i] + "); remove the duplicate"));
            }
        }
        if (dups > 0) r.retain(keep);
        return dups;
    }
}
