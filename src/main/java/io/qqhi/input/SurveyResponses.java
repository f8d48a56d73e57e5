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
    String[] id = new String[1024];
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
        this.id = new String[cap];
        this.answers = new byte[cap * Math.max(1, items)];
    }

    public void add(String respondent, int unitIndex, int sizeClassIndex, int sourceLine, byte[] answered) {
        ensureCapacity(count + 1);
        unit[count] = unitIndex;
        sizeClass[count] = sizeClassIndex;
        line[count] = sourceLine;
        id[count] = respondent;
        System.arraycopy(answered, 0, answers, count * k, k);
        count++;
    }

    /** Grows the arrays (doubling) to hold at least n respondents. */
    private void ensureCapacity(int n) {
        if (n <= unit.length) return;
        int cap = Math.max(n, unit.length * 2);
        unit = Arrays.copyOf(unit, cap);
        sizeClass = Arrays.copyOf(sizeClass, cap);
        line = Arrays.copyOf(line, cap);
        id = Arrays.copyOf(id, cap);
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
            id[w] = id[i];
            System.arraycopy(answers, i * k, answers, w * k, k);
            w++;
        }
        count = w;
    }

    /** The respondent id of entry i. */
    public String id(int i) {
        return id[i];
    }

    /** The source line of entry i. */
    public int line(int i) {
        return line[i];
    }

    /** Whether entry i is of unit u with exactly these answers. */
    boolean sameAnswers(int i, int u, byte[] answered) {
        if (unit[i] != u) return false;
        for (int j = 0; j < k; j++) if (answers[i * k + j] != answered[j]) return false;
        return true;
    }

    public int count() {
        return count;
    }

    public int answer(int respondent, int item) {
        return answers[respondent * k + item];
    }
}
