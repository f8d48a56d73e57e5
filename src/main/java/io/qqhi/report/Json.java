package io.qqhi.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON tree and writer for qqhi's outputs: keys in insertion order, two-space indent,
 * "\n" line ends, UTF-8 text as is, NaN written as null. Hand-written rather than Jackson's
 * databind because creating an ObjectMapper costs a third of a second at start-up, which
 * dominates a run on the sample data.
 */
public final class Json {
    private Json() {
    }

    /** A JSON object. */
    public static final class Obj {
        final Map<String, Object> m = new LinkedHashMap<>();

        public Obj put(String k, String v) {
            m.put(k, v);
            return this;
        }

        public Obj put(String k, int v) {
            m.put(k, v);
            return this;
        }

        public Obj put(String k, long v) {
            m.put(k, v);
            return this;
        }

        public Obj put(String k, double v) {
            m.put(k, Double.isFinite(v) ? (Object) v : null);
            return this;
        }

        public Obj put(String k, boolean v) {
            m.put(k, v);
            return this;
        }

        public Obj put(String k, Obj v) {
            m.put(k, v);
            return this;
        }

        public Obj put(String k, Arr v) {
            m.put(k, v);
            return this;
        }

        public Obj putNull(String k) {
            m.put(k, null);
            return this;
        }

        public Arr putArray(String k) {
            Arr a = new Arr();
            m.put(k, a);
            return a;
        }

        public Obj putObject(String k) {
            Obj o = new Obj();
            m.put(k, o);
            return o;
        }
    }

    /** A JSON array. */
    public static final class Arr {
        final List<Object> l = new ArrayList<>();

        public Obj addObject() {
            Obj o = new Obj();
            l.add(o);
            return o;
        }

        public Arr add(String v) {
            l.add(v);
            return this;
        }

        public Arr add(int v) {
            l.add(v);
            return this;
        }

        public Arr add(double v) {
            l.add(Double.isFinite(v) ? (Object) v : null);
            return this;
        }

        public Arr add(Obj v) {
            l.add(v);
            return this;
        }
    }

    public static Obj object() {
        return new Obj();
    }

    public static Arr array() {
        return new Arr();
    }

    /** A double as JSON: null for NaN (missing). */
    public static void put(Obj o, String key, double v) {
        o.put(key, v);
    }

    public static String write(Object value) {
        StringBuilder b = new StringBuilder(4096);
        write(b, value, 0);
        return b.append('\n').toString();
    }

    /** A value written as if nested {@code indent} levels deep (no trailing newline). */
    public static String writeIndented(Object value, int indent) {
        StringBuilder b = new StringBuilder(1024);
        write(b, value, indent);
        return b.toString();
    }

    /** A value on one line, without spaces. */
    public static String writeCompact(Object value) {
        StringBuilder b = new StringBuilder(1024);
        compact(b, value);
        return b.toString();
    }

    private static void compact(StringBuilder b, Object v) {
        if (v instanceof Obj) {
            b.append('{');
            int i = 0;
            for (Map.Entry<String, Object> e : ((Obj) v).m.entrySet()) {
                if (i++ > 0) b.append(',');
                string(b, e.getKey());
                b.append(':');
                compact(b, e.getValue());
            }
            b.append('}');
        } else if (v instanceof Arr) {
            b.append('[');
            int i = 0;
            for (Object x : ((Arr) v).l) {
                if (i++ > 0) b.append(',');
                compact(b, x);
            }
            b.append(']');
        } else {
            write(b, v, 0);
        }
    }

    /** A JSON string literal. */
    public static String quote(String s) {
        if (s == null) return "null";
        StringBuilder b = new StringBuilder(s.length() + 2);
        string(b, s);
        return b.toString();
    }

    private static void write(StringBuilder b, Object v, int indent) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof String) {
            string(b, (String) v);
        } else if (v instanceof Double) {
            double d = (Double) v;
            b.append(d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) + ".0" : Double.toString(d));
        } else if (v instanceof Number || v instanceof Boolean) {
            b.append(v);
        } else if (v instanceof Obj) {
            Map<String, Object> m = ((Obj) v).m;
            if (m.isEmpty()) {
                b.append("{}");
                return;
            }
            b.append("{\n");
            int i = 0;
            for (Map.Entry<String, Object> e : m.entrySet()) {
                pad(b, indent + 1);
                string(b, e.getKey());
                b.append(" : ");
                write(b, e.getValue(), indent + 1);
                b.append(++i < m.size() ? ",\n" : "\n");
            }
            pad(b, indent);
            b.append('}');
        } else {
            List<Object> l = ((Arr) v).l;
            boolean nested = l.stream().anyMatch(x -> x instanceof Obj || x instanceof Arr);
            if (!nested) {
                b.append('[');
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) b.append(", ");
                    write(b, l.get(i), indent + 1);
                }
                b.append(']');
                return;
            }
            b.append("[\n");
            for (int i = 0; i < l.size(); i++) {
                pad(b, indent + 1);
                write(b, l.get(i), indent + 1);
                b.append(i < l.size() - 1 ? ",\n" : "\n");
            }
            pad(b, indent);
            b.append(']');
        }
    }

    private static void pad(StringBuilder b, int n) {
        for (int i = 0; i < n; i++) b.append("  ");
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                default:
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
            }
        }
        b.append('"');
    }
}
