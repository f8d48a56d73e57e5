package io.qqhi.framework;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one YAML document into {@link YamlValue}s, safely: size and nesting limits, strict UTF-8,
 * no tabs in indentation, no anchors or aliases (they allow "billion laughs" bombs and make a
 * framework hard to read), no duplicate keys. Every problem is reported with its line and column.
 */
public final class YamlDocumentReader {
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final int MAX_DEPTH = 64;

    private final Problems problems;

    public YamlDocumentReader(Problems problems) {
        this.problems = problems;
    }

    /** The document's root value, or null after reporting why it cannot be read. */
    public YamlValue read(Path path) {
        String file = path.toString();
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                problems.error(file, 0, 0, null, String.format(java.util.Locale.ROOT,
                        "file is %.1f MB; a framework file may be at most %d MB — is this the right file?",
                        size / 1048576.0, MAX_BYTES / 1048576));
                return null;
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw InputException.missingFile(file, "file not found");
        } catch (IOException e) {
            throw InputException.missingFile(file, "cannot read: " + e.getMessage());
        }
        String text = decodeUtf8(file, bytes);
        if (text == null) return null;
        return parse(file, text);
    }

    public YamlValue parse(String file, String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        if (!checkTabs(file, text)) return null;

        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by us, with both positions
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit((int) MAX_BYTES);
        options.setAllowRecursiveKeys(false);
        Yaml yaml = new Yaml(options);
        int before = problems.size();
        try {
            int documents = 0;
            for (Event e : yaml.parse(new StringReader(text))) {
                if (e instanceof AliasEvent) {
                    problems.error(pos(file, e.getStartMark()), null,
                            "alias '*" + ((AliasEvent) e).getAnchor() + "' is not allowed; write the value out in full");
                } else if (e instanceof NodeEvent && ((NodeEvent) e).getAnchor() != null) {
                    problems.error(pos(file, e.getStartMark()), null,
                            "anchor '&" + ((NodeEvent) e).getAnchor() + "' is not allowed; write values out in full");
                }
                if (e.is(Event.ID.DocumentStart)) documents++;
            }
            if (documents > 1) {
                problems.error(file, 0, 0, null, "file holds " + documents + " YAML documents; a framework is one document");
            }
        } catch (MarkedYAMLException e) {
            reportSyntax(file, e);
            return null;
        } catch (YAMLException e) {
            problems.error(file, 0, 0, null, "YAML cannot be read: " + e.getMessage());
            return null;
        }
        if (problems.size() > before) return null;
        org.yaml.snakeyaml.nodes.Node root;
        try {
            root = yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            reportSyntax(file, e);
            return null;
        } catch (YAMLException e) {
            problems.error(file, 0, 0, null, "YAML cannot be read: " + e.getMessage());
            return null;
        }
        if (root == null) {
            problems.error(file, 1, 1, null, "file is empty");
            return null;
        }
        return convert(file, root);
    }

    private String decodeUtf8(String file, byte[] bytes) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return dec.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes);
            String prefix = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            int line = 1;
            int col = 1;
            for (int i = 0; i < prefix.length(); i++) {
                if (prefix.charAt(i) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            problems.error(file, line, col, null, String.format(java.util.Locale.ROOT,
                    "file is not UTF-8 (byte 0x%02X at offset %d); save it as UTF-8 (Excel and Notepad: "
                            + "Save As → UTF-8)", bytes[bad] & 0xff, bad));
            return null;
        }
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult r = dec.decode(in, out, true);
        return r.isError() ? in.position() : 0;
    }

    private boolean checkTabs(String file, String text) {
        boolean ok = true;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            for (int c = 0; c < l.length(); c++) {
                char ch = l.charAt(c);
                if (ch == '\t') {
                    problems.error(file, i + 1, c + 1, null,
                            "tab character in indentation; YAML indents with spaces only");
                    ok = false;
                    break;
                }
                if (ch != ' ' && ch != '-') break;
            }
        }
        return ok;
    }

    private void reportSyntax(String file, MarkedYAMLException e) {
        Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String what = e.getProblem() == null ? e.getMessage() : e.getProblem();
        String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
        String message = "YAML syntax error: " + what + context;
        if (what != null && what.contains("exceeds the limit")) message = "YAML is too large or nested too deeply: " + what;
        if (m == null) {
            problems.error(file, 0, 0, null, message);
        } else {
            problems.error(pos(file, m), null, message);
        }
    }

    private static SourcePosition pos(String file, Mark m) {
        return m == null ? SourcePosition.unknown(file) : new SourcePosition(file, m.getLine() + 1, m.getColumn() + 1);
    }

    private YamlValue convert(String file, org.yaml.snakeyaml.nodes.Node n) {
        SourcePosition at = pos(file, n.getStartMark());
        if (n instanceof ScalarNode) {
            ScalarNode s = (ScalarNode) n;
            String v = s.getValue();
            boolean plain = s.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN;
            if (plain && (v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL"))) {
                return YamlValue.nul(at);
            }
            return YamlValue.scalar(at, v);
        }
        if (n instanceof SequenceNode) {
            List<YamlValue> items = new ArrayList<>();
            for (org.yaml.snakeyaml.nodes.Node c : ((SequenceNode) n).getValue()) items.add(convert(file, c));
            return YamlValue.list(at, items);
        }
        MappingNode m = (MappingNode) n;
        Map<String, YamlValue> entries = new LinkedHashMap<>();
        Map<String, SourcePosition> keyAt = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            SourcePosition kp = pos(file, t.getKeyNode().getStartMark());
            if (!(t.getKeyNode() instanceof ScalarNode)) {
                problems.error(kp, null, "a key must be a plain word, not a list or mapping");
                continue;
            }
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            if (entries.containsKey(key)) {
                SourcePosition first = keyAt.get(key);
                problems.error(kp, null, "duplicate key '" + key + "' (first at line " + first.line()
                        + "); remove one of them");
                continue;
            }
            entries.put(key, convert(file, t.getValueNode()));
            keyAt.put(key, kp);
        }
        return YamlValue.map(at, entries, keyAt);
    }
}
