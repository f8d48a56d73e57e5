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
        this.units = List.copyOf(units);
        this.sizeClasses = List.copyOf(sizeClasses);
        this.k = items;
        this.answers = new byte[1024 * Math.max(1, items)];
    }

    public void add(String respondent, int unitIndex, int sizeClassIndex, int sourceLine, byte[] answered) {
        if (count == unit.length) {
            int n = count * 2;
            unit = Arrays.copyOf(unit, n);
            sizeClass = Arrays.copyOf(sizeClass, n);
            line = Arrays.copyOf(line, n);
            id = Arrays.copyOf(id, n);
            answers = Arrays.copyOf(answers, n * k);
        }
        unit[count] = unitIndex;
        sizeClass[count] = sizeClassIndex;
        line[count] = sourceLine;
        id[count] = respondent;
        System.arraycopy(answered, 0, answers, count * k, k);
        count++;
    }

    public int count() {
        return count;
    }

    public int answer(int respondent, int item) {
        return answers[respondent * k + item];
    }
}
