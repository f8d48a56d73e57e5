package io.qqhi.input;

import java.util.Arrays;
import java.util.List;

/**
 * Questionnaires in dense arrays (a million fit easily): per respondent the unit index, size class
 * index, source line, id, and k answers (0 = no answer, else 1..points).
 */
public final class SurveyResponses {
    final List<String> units;
    final List<String> sizeClasses;
    final int k;
    int count;
    int[] unit = new int[1024];
    int[] sizeClass = new int[1024];
    int[] line = new int[1024];
    long[] idRef = new long[1024];
    byte[] source;
    String[] id;
    byte[] answers = new byte[1024 * 8];

    public SurveyResponses(List<String> units, List<String> sizeClasses, int items) {
        this(units, sizeClasses, items, 1024);
    }

    /** With room for {@code expected} respondents, so a large file fills arrays without regrowing them. */
    public SurveyResponses(List<String> units, List<String> sizeClasses, int items, int expected) {
        this.units = List.copyOf(units);
        this.sizeClasses = List.copyOf(sizeClasses);
        this.k = items;
        int cap = Math.max(16, expected);
        this.unit = new int[cap];
        this.sizeClass = new int[cap];
        this.line = new int[cap];
        this.idRef = new long[cap];
        this.answers = new byte[cap * Math.max(1, items)];
    }

    public void add(String respondent, int unitIndex, int sizeClassIndex, int sourceLine, byte[] answered) {
        ensureCapacity(count + 1);
        unit[count] = unitIndex;
        sizeClass[count] = sizeClassIndex;
        line[count] = sourceLine;
        if (id == null) id = new String[unit.length];
        id[count] = respondent;
        System.arraycopy(answered, 0, answers, count * k, k);
        count++;
    }

    /** Adds a respondent whose id is a slice of {@code buf} (see {@link CsvBytes#ref}); no String is made. */
    public void add(byte[] buf, long idReference, int unitIndex, int sizeClassIndex, int sourceLine, byte[] answered) {
        source = buf;
        ensureCapacity(count + 1);
        unit[count] = unitIndex;
        sizeClass[count] = sizeClassIndex;
        line[count] = sourceLine;
        idRef[count] = idReference;
        System.arraycopy(answered, 0, answers, count * k, k);
        count++;
    }

    /** Appends another part's respondents (ids referring to the same buffer), shifting their lines. */
    void append(SurveyResponses o, int lineOffset) {
        int n = count + o.count;
        ensureCapacity(n);
        System.arraycopy(o.unit, 0, unit, count, o.count);
        System.arraycopy(o.sizeClass, 0, sizeClass, count, o.count);
        System.arraycopy(o.idRef, 0, idRef, count, o.count);
        System.arraycopy(o.answers, 0, answers, count * k, o.count * k);
        for (int i = 0; i < o.count; i++) line[count + i] = o.line[i] + lineOffset;
        if (o.source != null) source = o.source;
        count = n;
    }

    /** Grows the arrays (doubling) to hold at least n respondents. */
    private void ensureCapacity(int n) {
        if (n <= unit.length) return;
        int cap = Math.max(n, unit.length * 2);
        unit = Arrays.copyOf(unit, cap);
        sizeClass = Arrays.copyOf(sizeClass, cap);
        line = Arrays.copyOf(line, cap);
        idRef = Arrays.copyOf(idRef, cap);
        if (id != null) id = Arrays.copyOf(id, cap);
        answers = Arrays.copyOf(answers, cap * k);
    }

    /** Forgets every respondent (arrays are kept for reuse). */
    void clear() {
        count = 0;
    }

    /** Keeps only the respondents marked true, in order. */
    void retain(boolean[] keep) {
        int w = 0;
        for (int i = 0; i < count; i++) {
            if (!keep[i]) continue;
            unit[w] = unit[i];
            sizeClass[w] = sizeClass[i];
            line[w] = line[i];
            idRef[w] = idRef[i];
            if (id != null) id[w] = id[i];
            System.arraycopy(answers, i * k, answers, w * k, k);
            w++;
        }
        count = w;
    }

    /** The respondent id of entry i. */
    public String id(int i) {
        return id != null && id[i] != null ? id[i] : CsvBytes.string(source, idRef[i]);
    }

    public int count() {
        return count;
    }

    public int answer(int respondent, int item) {
        return answers[respondent * k + item];
    }
}
