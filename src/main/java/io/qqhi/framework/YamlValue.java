package io.qqhi.framework;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with its position, as written: scalars stay text (so {@code 0012} stays "0012" and
 * {@code no} stays "no"), the loader decides each key's type. Mapping keys are unique (duplicates
 * are reported while building).
 */
public final class YamlValue {
    public enum Kind { MAP, LIST, SCALAR, NULL }

    private final Kind kind;
    private final SourcePosition at;
    private final String text;
    private final Map<String, YamlValue> map;
    private final Map<String, SourcePosition> keyAt;
    private final List<YamlValue> list;

    private YamlValue(Kind kind, SourcePosition at, String text, Map<String, YamlValue> map,
                      Map<String, SourcePosition> keyAt, List<YamlValue> list) {
        this.kind = kind;
        this.at = at;
        this.text = text;
        this.map = map;
        this.keyAt = keyAt;
        this.list = list;
    }

    static YamlValue scalar(SourcePosition at, String text) {
        return new YamlValue(Kind.SCALAR, at, text, null, null, null);
    }

    static YamlValue nul(SourcePosition at) {
        return new YamlValue(Kind.NULL, at, null, null, null, null);
    }

    static YamlValue map(SourcePosition at, Map<String, YamlValue> entries, Map<String, SourcePosition> keyAt) {
        return new YamlValue(Kind.MAP, at, null, Collections.unmodifiableMap(new LinkedHashMap<>(entries)),
                Collections.unmodifiableMap(new LinkedHashMap<>(keyAt)), null);
    }

    static YamlValue list(SourcePosition at, List<YamlValue> items) {
        return new YamlValue(Kind.LIST, at, null, null, null, List.copyOf(items));
    }

    public Kind kind() {
        return kind;
    }

    public SourcePosition at() {
        return at;
    }

    public boolean isMap() {
        return kind == Kind.MAP;
    }

    public boolean isList() {
        return kind == Kind.LIST;
    }

    public boolean isScalar() {
        return kind == Kind.SCALAR;
    }

    public boolean isNull() {
        return kind == Kind.NULL;
    }

    /** The scalar's text (null for non-scalars). */
    public String text() {
        return text;
    }

    public Map<String, YamlValue> entries() {
        return map == null ? Map.of() : map;
    }

    public YamlValue get(String key) {
        return map == null ? null : map.get(key);
    }

    public SourcePosition keyAt(String key) {
        return keyAt == null ? at : keyAt.getOrDefault(key, at);
    }

    public List<YamlValue> items() {
        return list == null ? List.of() : list;
    }

    public String describeKind() {
        switch (kind) {
            case MAP: return Text.of("yaml.kind.map");
            case LIST: return Text.of("yaml.kind.list");
            case SCALAR: return Text.of("yaml.kind.scalar", text);
            default: return Text.of("yaml.kind.empty");
        }
    }

    /** Plain Java view (maps, lists, strings) for sections kept for later stages. */
    public Object toPlain() {
        switch (kind) {
            case MAP:
                Map<String, Object> m = new LinkedHashMap<>();
                map.forEach((k, v) -> m.put(k, v.toPlain()));
                return m;
            case LIST:
                List<Object> l = new ArrayList<>();
                for (YamlValue v : list) l.add(v.toPlain());
                return l;
            case SCALAR:
                return text;
            default:
                return null;
        }
    }
}
