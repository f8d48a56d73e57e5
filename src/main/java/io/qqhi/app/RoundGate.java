package io.qqhi.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qqhi.framework.InputException;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Severity;
import io.qqhi.framework.Text;
import io.qqhi.framework.UnitNames;
import io.qqhi.input.DataFolder;
import io.qqhi.input.HistoryCheck;
import io.qqhi.input.Round;

/**
 * What a period's collection round asks of its release (docs/formats.md, round.yaml): every
 * 数据甄别 flag confirmed (or {@code --accept-flags} saying why not), and, once frozen, the inputs
 * as frozen. A period without round.yaml is released exactly as before.
 */
final class RoundGate {
    private RoundGate() {
    }

    /** The round's receipts by department file name (empty without a round, or with one that does not read). */
    static Map<String, List<Round.Receipt>> versions(PreparedRun run) {
        DataFolder folder = run.loaded().folder();
        if (folder == null || run.loaded().period() == null) return Map.of();
        Round round = Round.read(Round.path(folder, run.period()), new Problems());
        Map<String, List<Round.Receipt>> out = new HashMap<>();
        if (round != null) for (Round.Receipt x : round.received()) out.computeIfAbsent(x.file(), k -> new ArrayList<>()).add(x);
        return out;
    }

    /**
     * Checks the run against its round; returns what the manifest records (empty without a round).
     * Unconfirmed flags or inputs changed after the freeze: 65, naming them. A round not frozen: a
     * warning (an error with --strict).
     */
    static Map<String, String> check(PreparedRun run, String acceptFlags, Reporter reporter) {
        DataFolder folder = run.loaded().folder();
        if (folder == null) return Map.of();
        String period = run.period();
        Path file = Round.path(folder, period);
        Problems p = new Problems();
        Round round = Round.read(file, p);
        if (p.hasErrors()) throw new InputException(InputException.DATA, p.all());
        if (round == null) return Map.of();
        Map<String, String> record = new HashMap<>();
        record.put("state", round.state());
        if (round.frozen() && round.freeze() != null) {
            Map<String, String> now = RoundUseCase.inputs(folder, period);
            Set<String> changed = new LinkedHashSet<>();
            now.forEach((k, v) -> {
                if (!v.equals(round.freeze().files().get(k))) changed.add(k);
            });
            for (String k : round.freeze().files().keySet()) if (!now.containsKey(k)) changed.add(k);
            if (!changed.isEmpty()) {
                throw InputException.of(InputException.DATA, Problem.error(file.toString(), 0, 0, null,
                        Text.of("round.changed-after-freeze", String.join("、", changed))));
            }
            record.put("frozen", round.freeze().time());
        } else {
            Problem w = Problem.coded(Severity.WARNING, file.toString(), 0, 0, null, null, "round.not-frozen", DataFolder.labelFor(period));
            reporter.warnings(List.of(w));
            run.failIfStrict(List.of(w));
        }
        List<String> undecided = round.objections().stream().filter(Round.Objection::open).map(Round.Objection::id).toList();
        if (!undecided.isEmpty()) {
            throw InputException.of(InputException.DATA, Problem.error(file.toString(), 0, 0, null,
                    Text.of("round.objections-open", String.join("、", undecided))));
        }
        long corrected = round.objections().stream().filter(o -> o.status().equals("accepted")).count();
        if (!round.objections().isEmpty()) {
            record.put("objections", String.valueOf(round.objections().size()));
            record.put("corrections_after_review", String.valueOf(corrected));
        }
        List<Problem> open = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (Problem x : run.problems().all()) {
            if (!HistoryCheck.CODE.equals(x.code()) || x.unit() == null || x.node() == null || round.confirmed(x.unit(), x.node())) continue;
            open.add(x);
            named.add(UnitNames.display(x.unit()) + " " + x.node());
        }
        if (!open.isEmpty() && (acceptFlags == null || acceptFlags.isBlank())) {
            List<Problem> all = new ArrayList<>();
            for (Problem x : open) all.add(new Problem(Severity.ERROR, x.file(), x.line(), x.column(), x.unit(), x.node(), x.message(), x.code()));
            all.add(Problem.error(file.toString(), 0, 0, null, Text.of("round.unconfirmed", String.join("、", named))));
            throw new InputException(InputException.DATA, all);
        }
        if (!open.isEmpty()) {
            record.put("accepted_flags", acceptFlags.strip());
            record.put("unconfirmed_flags", String.join("、", named));
        }
        return record;
    }
}
