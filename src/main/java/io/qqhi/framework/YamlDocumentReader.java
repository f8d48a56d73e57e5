package io.qqhi.framework;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

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
                problems.error(file, 0, 0, null, Text.of("yaml.too-large", String.format(Locale.ROOT, "%.1f", size / 1048576.0),
                        String.valueOf(MAX_BYTES / 1048576)));
                return null;
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw InputException.missingFile(file, Text.of("file.not-found"));
        } catch (IOException e) {
            throw InputException.missingFile(file, "cannot read: " + e.getMessage());
        }
        String text = decodeUtf8(file, bytes);
        if (text == null) return null;
        return parse(file, text);
    }

    public YamlValue parse(String file, String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        if (!checkTabs(file, text) || !checkFlowDepth(file, text)) return null;

        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by us, with both positions
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit((int) MAX_BYTES);
        options.setAllowRecursiveKeys(false);
        int before = problems.size();
        // One pass over the parser's events builds the tree; skipping snakeyaml's composer and its
        // regex-based tag resolution halves the cold-start cost of loading a framework.
        TreeBuilder tree = new TreeBuilder(file);
        try {
            int documents = 0;
            Parser parser = new ParserImpl(
                    new StreamReader(new StringReader(text)), options);
            while (!parser.checkEvent(Event.ID.StreamEnd)) {
                Event e = parser.getEvent();
                if (e instanceof AliasEvent) {
                    problems.error(pos(file, e.getStartMark()), null,
                            Text.of("yaml.alias", ((AliasEvent) e).getAnchor()));
                    tree.value(YamlValue.nul(pos(file, e.getStartMark())));
                    continue;
                }
                if (e instanceof NodeEvent && ((NodeEvent) e).getAnchor() != null) {
                    problems.error(pos(file, e.getStartMark()), null,
                            Text.of("yaml.anchor", ((NodeEvent) e).getAnchor()));
                }
                if (e.is(Event.ID.DocumentStart)) documents++;
                tree.accept(e);
            }
            if (documents > 1) {
                problems.error(file, 0, 0, null, Text.of("yaml.documents", String.valueOf(documents)));
            }
        } catch (TooDeep e) {
            problems.error(e.at, null, Text.of("yaml.depth", String.valueOf(MAX_DEPTH)));
            return null;
        } catch (MarkedYAMLException e) {
            reportSyntax(file, e);
            return null;
        } catch (YAMLException e) {
            problems.error(file, 0, 0, null, Text.of("yaml.unreadable", String.valueOf(e.getMessage())));
            return null;
        }
        if (problems.size() > before) return null;
        if (tree.root == null) {
            problems.error(file, 1, 1, null, Text.of("yaml.empty"));
            return null;
        }
        return tree.root;
    }

    /** Builds {@link YamlValue}s from parser events with a stack of open mappings and sequences. */
    /** Nesting deeper than {@link #MAX_DEPTH}: the reading stops at the first such node. */
    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient SourcePosition at;

        TooDeep(SourcePosition at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    /**
     * Flow collections ([…], {…}) nested deeper than {@link #MAX_DEPTH}, found by counting brackets
     * outside quotes and comments before the parser sees them: the parser's own handling of a
     * million nested brackets takes minutes.
     */
    private boolean checkFlowDepth(String file, String text) {
        int depth = 0;
        int line = 1;
        int column = 0;
        char quote = 0;
        boolean comment = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            column++;
            if (c == '\n') {
                line++;
                column = 0;
                comment = false;
                continue;
            }
            if (comment) continue;
            if (quote != 0) {
                if (c == quote) quote = 0;
                continue;
            }
            if (c == '"' || c == '\'') quote = c;
            else if (c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) comment = true;
            else if (c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    problems.error(file, line, column, null, Text.of("yaml.depth", String.valueOf(MAX_DEPTH)));
                    return false;
                }
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return true;
    }

    private final class TreeBuilder {
        private final String file;
        private final ArrayDeque<Object[]> stack = new ArrayDeque<>();
        YamlValue root;

        TreeBuilder(String file) {
            this.file = file;
        }

        void accept(Event e) {
            SourcePosition at = pos(file, e.getStartMark());
            if (e instanceof ScalarEvent) {
                ScalarEvent s = (ScalarEvent) e;
                String v = s.getValue();
                boolean plain = s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
                if (plain && (v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL"))) {
                    value(YamlValue.nul(at));
                } else {
                    value(YamlValue.scalar(at, v));
                }
            } else if ((e instanceof MappingStartEvent || e instanceof SequenceStartEvent) && stack.size() >= MAX_DEPTH) {
                throw new TooDeep(at);
            } else if (e instanceof MappingStartEvent) {
                // [kind, position, entries, key positions, pending key (String or SKIP), pending key position]
                stack.push(new Object[] {"map", at, new LinkedHashMap<String, YamlValue>(),
                    new LinkedHashMap<String, SourcePosition>(), null, null});
            } else if (e instanceof SequenceStartEvent) {
                stack.push(new Object[] {"list", at, new ArrayList<YamlValue>()});
            } else if (e instanceof MappingEndEvent) {
                Object[] m = stack.pop();
                @SuppressWarnings("unchecked")
                Map<String, YamlValue> entries = (Map<String, YamlValue>) m[2];
                @SuppressWarnings("unchecked")
                Map<String, SourcePosition> keyAt = (Map<String, SourcePosition>) m[3];
                value(YamlValue.map((SourcePosition) m[1], entries, keyAt));
            } else if (e instanceof SequenceEndEvent) {
                Object[] l = stack.pop();
                @SuppressWarnings("unchecked")
                List<YamlValue> items = (List<YamlValue>) l[2];
                value(YamlValue.list((SourcePosition) l[1], items));
            }
        }

        @SuppressWarnings("unchecked")
        void value(YamlValue v) {
            if (stack.isEmpty()) {
                if (root == null) root = v;
                return;
            }
            Object[] top = stack.peek();
            if (top[0].equals("list")) {
                ((List<YamlValue>) top[2]).add(v);
                return;
            }
            Map<String, YamlValue> entries = (Map<String, YamlValue>) top[2];
            Map<String, SourcePosition> keyAt = (Map<String, SourcePosition>) top[3];
            if (top[4] == null) {
                if (!v.isScalar() && !v.isNull()) {
                    problems.error(v.at(), null, Text.of("yaml.key"));
                    top[4] = SKIP;
                } else {
                    top[4] = v.isNull() ? "" : v.text();
                }
                top[5] = v.at();
                return;
            }
            String key = (String) top[4];
            SourcePosition kp = (SourcePosition) top[5];
            top[4] = null;
            if (key == SKIP) return;
            if (entries.containsKey(key)) {
                problems.error(kp, null, Text.of("yaml.duplicate-key", key, String.valueOf(keyAt.get(key).line())));
                return;
            }
            entries.put(key, v);
            keyAt.put(key, kp);
        }
    }

    private static final String SKIP = new String("\u0000skip");

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
            problems.error(file, line, col, null, Text.of("yaml.not-utf8", String.format(Locale.ROOT, "%02X", bytes[bad] & 0xff), String.valueOf(bad)));
            return null;
        }
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = dec.decode(in, out, true);
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
                            Text.of("yaml.tab"));
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
        // the parser's own words stay as it wrote them (English), quoted after ours
        String message = Text.of("yaml.syntax", what + context);
        if (what != null && what.contains("exceeds the limit")) message = Text.of("yaml.too-big", what);
        if (m == null) {
            problems.error(file, 0, 0, null, message);
        } else {
            problems.error(pos(file, m), null, message);
        }
    }

    private static SourcePosition pos(String file, Mark m) {
        return m == null ? SourcePosition.unknown(file) : new SourcePosition(file, m.getLine() + 1, m.getColumn() + 1);
    }

}
