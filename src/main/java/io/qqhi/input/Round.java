package io.qqhi.input;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qqhi.framework.Problems;
import io.qqhi.framework.Text;
import io.qqhi.framework.YamlDocumentReader;
import io.qqhi.framework.YamlValue;

/**
 * A period's collection round (docs/formats.md, round.yaml): the deadline, the departments'
 * 联络员, the review window, the state (collecting → review → frozen), every department file
 * received with its version history and 更正说明, the 数据甄别 flags confirmed, and the freeze (the
 * SHA-256 of every input). Kept in {@code DATA/P/round.yaml}, changed only by {@code qqhi round};
 * codes and dates only — the words are the bundles'.
 */
public record Round(String period, LocalDate deadline, String state, Map<String, Contact> contacts, LocalDate reviewFrom,
                    LocalDate reviewTo, List<Receipt> received, List<Confirmation> confirmations, Freeze freeze,
                    List<Objection> objections) {
    public static final String FILE = "round.yaml";
    public static final List<String> STATES = List.of("collecting", "review", "frozen");

    public Round {
        contacts = Map.copyOf(contacts);
        received = List.copyOf(received);
        confirmations = List.copyOf(confirmations);
        objections = List.copyOf(objections);
    }

    /**
     * An objection a place raised in the review round (复核申诉): its id (unit-item), the figure it
     * contests and the value it claims, its 依据 and 佐证材料, the sheet it came in, and the ruling:
     * status open | accepted | rejected, with the ruling's reason and time.
     */
    public record Objection(String id, String unit, String item, String claimed, String basis, String evidence, String file,
                            String status, String ruling, String time) {
        public boolean open() {
            return status.equals("open");
        }
    }

    /** A department's 联络员; any part may be empty. */
    public record Contact(String name, String phone, String email) {
    }

    /**
     * A department file taken in by {@code round accept}: its name under departments/, when, its
     * SHA-256, the reason given (更正说明; empty for a first receipt), and where the version it
     * replaced was kept ({@code departments/.versions/NAME.TIME}; empty for a first receipt).
     */
    public record Receipt(String file, String time, String sha256, String reason, String replaced) {
    }

    /** A 数据甄别 flag the department confirmed: item, unit code, its note, when. */
    public record Confirmation(String item, String unit, String note, String time) {
    }

    /** The freeze: when, and the SHA-256 of every input file by its path under the data folder. */
    public record Freeze(String time, Map<String, String> files) {
        public Freeze {
            files = Map.copyOf(files);
        }
    }

    public static Path path(DataFolder folder, String period) {
        return folder.root().resolve(period).resolve(FILE);
    }

    public boolean frozen() {
        return state.equals("frozen");
    }

    /** Whether the department confirmed the flag on {@code item} for {@code unit}. */
    public boolean confirmed(String unit, String item) {
        return confirmations.stream().anyMatch(c -> c.unit().equals(unit) && c.item().equals(item));
    }

    /** The receipts of one file, oldest first. */
    public List<Receipt> history(String file) {
        return received.stream().filter(r -> r.file().equals(file)).toList();
    }

    public Round with(String newState, List<Receipt> newReceived, List<Confirmation> newConfirmations, Freeze newFreeze) {
        return new Round(period, deadline, newState, contacts, reviewFrom, reviewTo, newReceived, newConfirmations, newFreeze,
                objections);
    }

    public Round withObjections(String newState, List<Objection> newObjections) {
        return new Round(period, deadline, newState, contacts, reviewFrom, reviewTo, received, confirmations, freeze, newObjections);
    }

    /** The period's round, or null when it has none; a broken file is reported at its line and column. */
    public static Round read(Path file, Problems problems) {
        if (!Files.isRegularFile(file)) return null;
        YamlValue v = new YamlDocumentReader(problems).read(file);
        if (v == null) return null;
        if (!v.isMap()) {
            problems.error(v.at(), null, Text.of("round.not-mapping"));
            return null;
        }
        String period = text(v, "period");
        LocalDate deadline = date(v, "deadline", problems);
        String state = text(v, "state");
        if (!STATES.contains(state)) problems.error(at(v, "state"), null, Text.of("round.bad-state", state, String.join(" | ", STATES)));
        Map<String, Contact> contacts = new LinkedHashMap<>();
        YamlValue cs = v.get("contacts");
        if (cs != null && cs.isMap()) {
            cs.entries().forEach((dep, c) -> contacts.put(dep, new Contact(text(c, "name"), text(c, "phone"), text(c, "email"))));
        }
        YamlValue review = v.get("review");
        LocalDate from = review == null ? null : date(review, "from", problems);
        LocalDate to = review == null ? null : date(review, "to", problems);
        List<Receipt> received = new ArrayList<>();
        for (YamlValue r : list(v, "received")) {
            received.add(new Receipt(text(r, "file"), text(r, "time"), text(r, "sha256"), text(r, "reason"), text(r, "replaced")));
        }
        List<Confirmation> confirmations = new ArrayList<>();
        for (YamlValue c : list(v, "confirmations")) {
            confirmations.add(new Confirmation(text(c, "item"), text(c, "unit"), text(c, "note"), text(c, "time")));
        }
        List<Objection> objections = new ArrayList<>();
        for (YamlValue o : list(v, "objections")) {
            objections.add(new Objection(text(o, "id"), text(o, "unit"), text(o, "item"), text(o, "claimed"), text(o, "basis"),
                    text(o, "evidence"), text(o, "file"), text(o, "status").isEmpty() ? "open" : text(o, "status"), text(o, "ruling"),
                    text(o, "time")));
        }
        Freeze freeze = null;
        YamlValue f = v.get("freeze");
        if (f != null && f.isMap()) {
            Map<String, String> files = new LinkedHashMap<>();
            YamlValue fs = f.get("files");
            if (fs != null && fs.isMap()) fs.entries().forEach((k, x) -> files.put(k, x.isScalar() ? x.text() : ""));
            freeze = new Freeze(text(f, "time"), files);
        }
        if (problems.hasErrors()) return null;
        return new Round(period, deadline, state, contacts, from, to, received, confirmations, freeze, objections);
    }

    private static List<YamlValue> list(YamlValue v, String key) {
        YamlValue l = v.get(key);
        return l != null && l.isList() ? l.items() : List.of();
    }

    private static String text(YamlValue v, String key) {
        YamlValue x = v == null || !v.isMap() ? null : v.get(key);
        return x != null && x.isScalar() ? x.text() : "";
    }

    private static io.qqhi.framework.SourcePosition at(YamlValue v, String key) {
        YamlValue x = v.get(key);
        return x != null ? x.at() : v.at();
    }

    /** A date written YYYY-MM-DD; empty is none; anything else is an error at its cell. */
    private static LocalDate date(YamlValue v, String key, Problems problems) {
        String t = text(v, key);
        if (t.isEmpty()) return null;
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            problems.error(at(v, key), null, Text.of("round.bad-date", key, t));
            return null;
        }
    }
}
