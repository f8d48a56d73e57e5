package io.qqhi.framework;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * What a run ran on, as settings.yaml records it so that the run can be replayed
 * ({@code --settings}, docs/formats.md): the framework file with its SHA-256, the data (a folder
 * and period, or an indicator-data file with its SHA-256), the encoding, a weights overlay file
 * with its SHA-256, and the {@code --set} options in the order given. Paths are as they were given,
 * so a replay from the same working directory reads the same files.
 */
public record RunRecord(String command, FileRef framework, String dataFolder, String period, FileRef indicatorData,
                        String encoding, FileRef weights, Map<String, String> set) {

    /** A file and its SHA-256 (hex) when the run read it. */
    public record FileRef(String path, String sha256) {
        public static FileRef of(Path p) {
            return new FileRef(p.toString(), checksum(p));
        }

        /** Whether the file at {@link #path} still has the recorded checksum. */
        public boolean unchanged() {
            Path p = Path.of(path);
            return Files.isRegularFile(p) && sha256.equals(checksum(p));
        }
    }

    public RunRecord {
        set = Collections.unmodifiableMap(new LinkedHashMap<>(set));
    }

    /** The SHA-256 of a file's bytes, in hex; an unreadable file is exit 66. */
    public static String checksum(Path p) {
        try {
            return Checksums.sha256(p);
        } catch (IOException e) {
            throw InputException.missingFile(p.toString(), Text.of("weights.unreadable", String.valueOf(e.getMessage())));
        }
    }

    private static final Set<String> KEYS = Set.of("qqhi", "command", "framework", "data", "indicator_data", "encoding",
            "weights", "set", "method", "sensitivity");

    /** The run recorded in a settings.yaml; null after reporting what is wrong with it. */
    public static RunRecord read(Path file, Problems problems) {
        YamlValue root = new YamlDocumentReader(problems).read(file);
        if (root == null) return null;
        if (!root.isMap() || root.get("framework") == null) {
            problems.error(file.toString(), 1, 1, null, Text.of("record.not-settings"));
            return null;
        }
        YamlFields fields = new YamlFields(problems);
        fields.warnUnknownKeys(root, KEYS, null);
        FileRef fw = fileRef(root.get("framework"), "framework", problems);
        String folder = null;
        String period = null;
        YamlValue data = root.get("data");
        if (data != null && data.isMap()) {
            folder = fields.text(data, "folder", null);
            period = fields.text(data, "period", null);
        }
        FileRef indicators = root.get("indicator_data") == null ? null : fileRef(root.get("indicator_data"), "indicator_data", problems);
        if (indicators == null && folder == null) {
            // without its data the replay would silently read the default data folder
            problems.error(data == null ? root.at() : data.at(), null, Text.of("record.no-data"));
        }
        FileRef weights = root.get("weights") == null ? null : fileRef(root.get("weights"), "weights", problems);
        Map<String, String> set = new LinkedHashMap<>();
        YamlValue s = root.get("set");
        if (s != null && s.isMap()) {
            for (Map.Entry<String, YamlValue> e : s.entries().entrySet()) {
                set.put(e.getKey(), e.getValue().isScalar() ? e.getValue().text() : "");
            }
        }
        if (problems.hasErrors()) return null;
        return new RunRecord(fields.text(root, "command", ""), fw, folder, period, indicators,
                fields.text(root, "encoding", "auto"), weights, set);
    }

    /** The largest settings.yaml read back (a run record is a few kilobytes). */
    static final long MAX_RECORD_BYTES = 1 << 20;

    /**
     * A settings.yaml as a tree, for what is read back besides the run itself (the period a release
     * was of, its method, its sensitivity section, the settings two runs differ in); null when the
     * file is missing, too large or not YAML. {@link #read} is the checking reader of the run.
     */
    public static JsonNode tree(Path file) {
        try {
            return readTree(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Like {@link #tree}, but a record that cannot be read is an input error naming the file (exit 65). */
    public static JsonNode requiredTree(Path file) {
        try {
            return readTree(file);
        } catch (IOException | RuntimeException e) {
            throw InputException.of(InputException.DATA, Problem.error(file.toString(), 0, 0, null,
                    Text.of("history.bad-record", String.valueOf(e.getMessage()))));
        }
    }

    /** The record as a tree; null when missing or over the size limit. */
    private static JsonNode readTree(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) > MAX_RECORD_BYTES) return null;
        return new YAMLMapper().readTree(file.toFile());
    }

    private static FileRef fileRef(YamlValue v, String key, Problems problems) {
        if (v.isMap() && v.get("path") != null && v.get("path").isScalar() && v.get("sha256") != null && v.get("sha256").isScalar()) {
            return new FileRef(v.get("path").text(), v.get("sha256").text());
        }
        problems.error(v.at(), null, Text.of("record.file-ref", key));
        return null;
    }
}
