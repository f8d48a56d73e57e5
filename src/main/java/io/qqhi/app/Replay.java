package io.qqhi.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.qqhi.framework.InputException;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Problems;
import io.qqhi.framework.RunRecord;
import io.qqhi.framework.Text;

/**
 * A run's inputs and settings read back from its settings.yaml (docs/formats.md, replay): the same
 * framework, data, encoding, weights overlay and --set options. A framework, data file or overlay
 * whose SHA-256 changed since is refused (65): the replay would not be the run it claims to be.
 */
public final class Replay {
    private Replay() {
    }

    /** The request itself when it names no settings file, else the run its settings file records. */
    public static RunRequest resolve(RunRequest req) {
        if (req.settings() == null) return req;
        if (req.framework() != null || req.data() != null || req.period() != null || req.indicatorData() != null
                || req.weights() != null || !req.set().isEmpty()) {
            throw new UsageException(Text.of("usage.settings-alone"));
        }
        Problems p = new Problems();
        RunRecord r = RunRecord.read(req.settings(), p);
        if (r == null) throw new InputException(InputException.DATA, p.all());
        List<Problem> changed = new ArrayList<>();
        for (RunRecord.FileRef f : new RunRecord.FileRef[] {r.framework(), r.indicatorData(), r.weights()}) {
            if (f != null && !f.unchanged()) {
                changed.add(Problem.error(f.path(), 0, 0, null, Text.of("replay.file-changed", req.settings().toString())));
            }
        }
        if (!changed.isEmpty()) throw new InputException(InputException.DATA, changed);
        Path indicatorData = r.indicatorData() == null ? null : Path.of(r.indicatorData().path());
        Path data = indicatorData != null || r.dataFolder() == null ? null : Path.of(r.dataFolder());
        return new RunRequest(Path.of(r.framework().path()), data, r.period(), indicatorData, r.encoding(), req.allowEmpty(),
                r.set(), r.weights() == null ? null : Path.of(r.weights().path()), req.settings(), req.strict());
    }

    /** A setting of a replayed record that the framework refuses, located at its line of the record's {@code set:} section. */
    static InputException badSetting(RunRequest req, String message) {
        Path file = req.settings();
        int line = 0;
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            boolean inSet = false;
            for (int i = 0; i < lines.size() && line == 0; i++) {
                String l = lines.get(i);
                if (l.startsWith("set:")) inSet = true;
                else if (inSet && !l.startsWith(" ")) inSet = false;
                else if (inSet && req.set().keySet().stream().anyMatch(k -> l.strip().startsWith(k + ":"))) line = i + 1;
            }
        } catch (IOException | UncheckedIOException e) {
            // the position is a courtesy; the message names the setting
        }
        return new InputException(InputException.DATA, List.of(Problem.error(file.toString(), line, line == 0 ? 0 : 1, null,
                Text.of("replay.bad-setting", message))));
    }
}
