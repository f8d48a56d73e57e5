package io.qqhi.input;

import java.time.YearMonth;
import java.time.LocalDate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.qqhi.framework.InputException;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Text;
import io.qqhi.framework.YamlDocumentReader;
import io.qqhi.framework.YamlValue;

/**
 * The data folder layout: {@code units.csv}, {@code frame.csv}, and one sub-folder per period
 * whose names sort in time (2025H2, 2026H1, 2026Q3, 2026, 2026M07), each with
 * {@code departments/} and {@code survey/}.
 */
public final class DataFolder {
    public static final Pattern PERIOD = Pattern.compile("[0-9]{4}([HQ][1-4]|M[0-1][0-9])?");
    private final Path root;

    public DataFolder(Path root) {
        this.root = root;
        if (!Files.isDirectory(root)) {
            throw InputException.missingFile(root.toString(), Text.of("data.not-found"));
        }
    }

    public Path root() {
        return root;
    }

    public Path units() {
        return root.resolve("units.csv");
    }

    public Path frame() {
        return root.resolve("frame.csv");
    }

    /** Period folders, oldest first. */
    public List<String> periods() {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(root)) {
            s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> PERIOD.matcher(n).matches())
                    .sorted(DataFolder::comparePeriods).forEach(out::add);
        } catch (IOException e) {
            throw InputException.missingFile(root.toString(), "cannot list: " + e.getMessage());
        }
        return out;
    }

    /** 2026 sorts after 2026H2/2026Q4 (a year's release comes after its parts). */
    /**
     * The notice a data folder's {@code dataset.yaml} gives ({@code notice: 示例数据，非真实评价结果}),
     * shown on every people-facing output; null without one (docs/formats.md, data folder).
     */
    public String notice() {
        Path f = root.resolve("dataset.yaml");
        if (!Files.isRegularFile(f)) return null;
        Problems problems = new Problems();
        YamlValue v = new YamlDocumentReader(problems).read(f);
        if (v == null || problems.hasErrors()) throw new InputException(InputException.DATA, problems.all());
        YamlValue n = v.isMap() ? v.get("notice") : null;
        return n != null && n.isScalar() ? n.text() : null;
    }

    /** Whether a period ends a year (2026, 2026H2, 2026Q4, 2026M12): the one that holds annual figures. */
    public static boolean endsYear(String period) {
        if (period.length() == 4) return true;
        String part = period.substring(4);
        return part.equals("H2") || part.equals("Q4") || part.equals("M12");
    }

    /** The months a period covers, from its name: 2026 → 12, 2026H1 → 6, 2026Q3 → 3, 2026M07 → 1. */
    public static int months(String period) {
        if (period.length() == 4) return 12;
        switch (period.charAt(4)) {
            case 'H': return 6;
            case 'Q': return 3;
            default: return 1;
        }
    }

    /** The period for a message: 2026年上半年 in Chinese, the period's own name (2026H1) in English. */
    public static String labelFor(String period) {
        return Text.locale() == Locale.ENGLISH ? period : label(period);
    }

    /** The last day of a period: 2026H2 → 2026-12-31, 2027Q1 → 2027-03-31, 2026M02 → 2026-02-28, 2026 → 2026-12-31. */
    public static LocalDate lastDay(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        if (period.length() == 4) return LocalDate.of(year, 12, 31);
        int n = Integer.parseInt(period.substring(5));
        int month = switch (period.charAt(4)) {
            case 'H' -> n * 6;
            case 'Q' -> n * 3;
            default -> n;
        };
        return YearMonth.of(year, month).atEndOfMonth();
    }

    /** The period after this one, of the same length: 2026H1 → 2026H2, 2026H2 → 2027H1, 2026Q4 → 2027Q1, 2026M12 → 2027M01. */
    public static String next(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        if (period.length() == 4) return Integer.toString(year + 1);
        int n = Integer.parseInt(period.substring(5));
        int per = switch (period.charAt(4)) {
            case 'H' -> 2;
            case 'Q' -> 4;
            default -> 12;
        };
        String width = period.charAt(4) == 'M' ? "%02d" : "%d";
        return n < per ? year + String.valueOf(period.charAt(4)) + String.format(Locale.ROOT, width, n + 1)
                : (year + 1) + String.valueOf(period.charAt(4)) + String.format(Locale.ROOT, width, 1);
    }

    /** A period's name for people, in the content's words: 2026年上半年, 2026年第三季度, 2026年7月, 2026年. */
    public static String label(String period) {
        if (!PERIOD.matcher(period).matches()) return period;
        String year = period.substring(0, 4);
        if (period.length() == 4) return Text.content("period.year", year);
        int n = Integer.parseInt(period.substring(5));
        switch (period.charAt(4)) {
            case 'H': return Text.content("period.H" + n, year);
            case 'Q': return Text.content("period.Q" + n, year);
            default: return Text.content("period.M", year, String.valueOf(n));
        }
    }

    public static int comparePeriods(String a, String b) {
        String ka = a.length() == 4 ? a + "Z" : a;
        String kb = b.length() == 4 ? b + "Z" : b;
        return ka.compareTo(kb);
    }

    /** The named period, or the newest when null. */
    public String period(String wanted) {
        List<String> all = periods();
        if (wanted == null) {
            if (all.isEmpty()) {
                throw InputException.of(InputException.NO_INPUT, Problem.error(root.toString(), 0, 0, null,
                        Text.of("data.no-periods")));
            }
            return all.get(all.size() - 1);
        }
        if (!PERIOD.matcher(wanted).matches()) {
            throw InputException.of(InputException.DATA, Problem.error(root.toString(), 0, 0, null,
                    Text.of("template.bad-period", wanted)));
        }
        if (!all.contains(wanted)) {
            throw InputException.of(InputException.NO_INPUT, Problem.error(root.toString(), 0, 0, null,
                    Text.of("data.no-period", wanted, String.join("、", all))));
        }
        return wanted;
    }

    /** The period just before, or null. */
    public String previous(String period) {
        List<String> all = periods();
        int i = all.indexOf(period);
        return i > 0 ? all.get(i - 1) : null;
    }

    public List<Path> departmentFiles(String period) {
        Path dir = root.resolve(period).resolve("departments");
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return (n.endsWith(".csv") || n.endsWith(".xlsx")) && !n.startsWith("~$") && !n.startsWith(".");
            }).sorted().toList();
        } catch (IOException e) {
            throw InputException.missingFile(dir.toString(), "cannot list: " + e.getMessage());
        }
    }

    public Path surveyFile(String period) {
        return root.resolve(period).resolve("survey").resolve("responses.csv");
    }
}
