package io.qqhi.input;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A pull reader for the XML parts of an .xlsx workbook: elements, attributes, text, CDATA and the
 * predefined and numeric character references; comments and processing instructions are skipped;
 * a DOCTYPE is refused (a workbook part has none, and refusing it rules out entity tricks). Names
 * are reported without their namespace prefix, which is all a sheet reader needs. The JDK's StAX
 * reader did the same job but cost ~30 ms of initialisation and method-handle spinning per run,
 * more than reading a department's whole workbook.
 */
final class XmlScanner {
    static final int START = 1;
    static final int END = 2;
    static final int TEXT = 3;
    static final int EOF = 4;

    private final String part;
    private final String s;
    private int pos;
    private String name;
    private String text;
    private boolean selfClosing;
    private final List<String> attributeNames = new ArrayList<>();
    private final List<String> attributeValues = new ArrayList<>();
    private final List<String> open = new ArrayList<>();

    /** @param part the part's name inside the workbook, for messages */
    XmlScanner(String part, byte[] bytes) throws IOException {
        this.part = part;
        this.s = decode(bytes);
    }

    private String decode(byte[] b) throws IOException {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        String head = new String(b, 0, Math.min(b.length, 200), StandardCharsets.ISO_8859_1);
        if (head.startsWith("<?xml")) {
            int end = head.indexOf("?>");
            int e = head.indexOf("encoding");
            if (end > 0 && e > 0 && e < end) {
                int q = e + 8;
                while (q < end && (head.charAt(q) == ' ' || head.charAt(q) == '=')) q++;
                char quote = head.charAt(q);
                int close = head.indexOf(quote, q + 1);
                if ((quote == '"' || quote == '\'') && close > q && close < end) {
                    String enc = head.substring(q + 1, close);
                    try {
                        return new String(b, Charset.forName(enc));
                    } catch (IllegalArgumentException ex) {
                        throw new IOException(part + ": unknown encoding " + enc);
                    }
                }
            }
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Moves to the next start tag, end tag, text run or the end of the part. */
    int next() throws IOException {
        if (selfClosing) {
            selfClosing = false;
            open.remove(open.size() - 1);
            return END;
        }
        while (true) {
            if (pos >= s.length()) {
                if (!open.isEmpty()) throw error("the part ends inside <" + open.get(open.size() - 1) + ">");
                return EOF;
            }
            if (s.charAt(pos) != '<') {
                int lt = s.indexOf('<', pos);
                int end = lt < 0 ? s.length() : lt;
                text = unescape(pos, end, false);
                pos = end;
                return TEXT;
            }
            if (s.startsWith("<?", pos)) {
                pos = skipPast("?>", "processing instruction");
            } else if (s.startsWith("<!--", pos)) {
                pos = skipPast("-->", "comment");
            } else if (s.startsWith("<![CDATA[", pos)) {
                int end = s.indexOf("]]>", pos + 9);
                if (end < 0) throw error("unterminated CDATA section");
                text = s.substring(pos + 9, end);
                pos = end + 3;
                return TEXT;
            } else if (s.startsWith("<!", pos)) {
                throw error("a DOCTYPE or other declaration is not allowed in a workbook part");
            } else if (s.startsWith("</", pos)) {
                return endTag();
            } else {
                return startTag();
            }
        }
    }

    private int endTag() throws IOException {
        int gt = s.indexOf('>', pos);
        if (gt < 0) throw error("unterminated end tag");
        String qname = s.substring(pos + 2, gt).strip();
        if (open.isEmpty() || !open.get(open.size() - 1).equals(qname)) {
            throw error("</" + qname + "> does not close " + (open.isEmpty() ? "any element" : "<" + open.get(open.size() - 1) + ">"));
        }
        open.remove(open.size() - 1);
        name = local(qname);
        pos = gt + 1;
        return END;
    }

    private int startTag() throws IOException {
        int p = pos + 1;
        int start = p;
        while (p < s.length() && !isSpace(s.charAt(p)) && s.charAt(p) != '>' && s.charAt(p) != '/') p++;
        if (p == start || p >= s.length()) throw error("malformed start tag");
        String qname = s.substring(start, p);
        attributeNames.clear();
        attributeValues.clear();
        while (true) {
            while (p < s.length() && isSpace(s.charAt(p))) p++;
            if (p >= s.length()) throw error("unterminated start tag <" + qname + ">");
            char c = s.charAt(p);
            if (c == '>') {
                pos = p + 1;
                break;
            }
            if (c == '/') {
                if (p + 1 >= s.length() || s.charAt(p + 1) != '>') throw error("malformed start tag <" + qname + ">");
                pos = p + 2;
                selfClosing = true;
                break;
            }
            int eq = s.indexOf('=', p);
            if (eq < 0) throw error("attribute without a value in <" + qname + ">");
            String attr = s.substring(p, eq).strip();
            p = eq + 1;
            while (p < s.length() && isSpace(s.charAt(p))) p++;
            if (p >= s.length() || (s.charAt(p) != '"' && s.charAt(p) != '\'')) throw error("unquoted attribute " + attr);
            int close = s.indexOf(s.charAt(p), p + 1);
            if (close < 0) throw error("unterminated attribute " + attr);
            attributeNames.add(local(attr));
            attributeValues.add(unescape(p + 1, close, true));
            p = close + 1;
        }
        open.add(qname);
        name = local(qname);
        return START;
    }

    /** The local name of the current start or end tag. */
    String localName() {
        return name;
    }

    /** The current text run, references decoded. */
    String text() {
        return text;
    }

    /** An attribute of the current start tag by its local name, or null. */
    String attribute(String localName) {
        for (int i = 0; i < attributeNames.size(); i++) if (attributeNames.get(i).equals(localName)) return attributeValues.get(i);
        return null;
    }

    /** The text of the current element, read up to and including its end tag; child elements are an error. */
    String elementText() throws IOException {
        StringBuilder b = new StringBuilder();
        String element = name;
        while (true) {
            int ev = next();
            if (ev == TEXT) b.append(text);
            else if (ev == END) return b.toString();
            else if (ev == START) throw error("<" + element + "> holds an element <" + name + "> where text was expected");
            else throw error("the part ends inside <" + element + ">");
        }
    }

    private String unescape(int from, int to, boolean attribute) throws IOException {
        // only within [from, to): a search to the end of the part for each value made a big sheet quadratic
        boolean clean = true;
        for (int i = from; i < to && clean; i++) {
            char c = s.charAt(i);
            clean = c != '&' && c != '\r' && !(attribute && (c == '\n' || c == '\t'));
        }
        if (clean) return s.substring(from, to);
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '&') {
                int semi = s.indexOf(';', i);
                if (semi < 0 || semi >= to) throw error("unterminated character reference");
                String ref = s.substring(i + 1, semi);
                switch (ref) {
                    case "lt": b.append('<'); break;
                    case "gt": b.append('>'); break;
                    case "amp": b.append('&'); break;
                    case "quot": b.append('"'); break;
                    case "apos": b.append('\''); break;
                    default:
                        b.appendCodePoint(codePoint(ref));
                        break;
                }
                i = semi;
            } else if (c == '\r') {
                // XML end-of-line handling: CR LF and a lone CR are read as LF
                if (i + 1 < to && s.charAt(i + 1) == '\n') i++;
                b.append(attribute ? ' ' : '\n');
            } else if (attribute && (c == '\n' || c == '\t')) {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private int codePoint(String ref) throws IOException {
        try {
            int cp;
            if (ref.startsWith("#x")) cp = Integer.parseInt(ref.substring(2), 16);
            else if (ref.startsWith("#")) cp = Integer.parseInt(ref.substring(1));
            else throw error("unknown entity &" + ref + ";");
            if (!Character.isValidCodePoint(cp) || cp == 0) throw error("invalid character reference &" + ref + ";");
            return cp;
        } catch (NumberFormatException e) {
            throw error("invalid character reference &" + ref + ";");
        }
    }

    private int skipPast(String end, String what) throws IOException {
        int e = s.indexOf(end, pos + 2);
        if (e < 0) throw error("unterminated " + what);
        return e + end.length();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static String local(String qname) {
        int colon = qname.indexOf(':');
        return colon < 0 ? qname : qname.substring(colon + 1);
    }

    private IOException error(String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < pos && i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // a sheet is often one long line: the column says where in it
        return new IOException(part + " line " + line + " column " + (Math.min(pos, s.length()) - lineStart + 1) + ": " + message);
    }
}
