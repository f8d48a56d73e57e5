package io.qqhi.framework;

import java.util.regex.Pattern;

/** Writes scalars for the YAML files qqhi produces (settings.yaml, weight overlays). */
public final class YamlText {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_.\\-\\p{IsHan}]+");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private YamlText() {
    }

    /** A scalar that reads back as the same text: numbers and simple words plain, anything else quoted. */
    public static String scalar(String v) {
        if (v == null) return "null";
        if (NUMBER.matcher(v).matches()) return v;
        if (PLAIN.matcher(v).matches() && !isYamlKeyword(v) && !v.startsWith("-")) return v;
        StringBuilder b = new StringBuilder("\"");
        for (char c : v.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c == '\n') b.append("\\n");
            else b.append(c);
        }
        return b.append('"').toString();
    }

    private static boolean isYamlKeyword(String v) {
        String l = v.toLowerCase(java.util.Locale.ROOT);
        return l.equals("true") || l.equals("false") || l.equals("yes") || l.equals("no") || l.equals("null")
                || l.equals("on") || l.equals("off") || l.equals("y") || l.equals("n") || l.equals("~");
    }
}
