package io.qqhi.input;

import java.nio.charset.StandardCharsets;

/**
 * A fast RFC 4180 CSV tokenizer over UTF-8 bytes, for files too large to turn into strings cell
 * by cell (a million survey rows). It walks the bytes once and hands out each record's fields as
 * offsets; a field is made into a String only when asked. Quoted fields (with "" escapes and line
 * breaks inside) are handled; a quote that never closes is reported with its line.
 */
public final class CsvBytes {
    private final byte[] b;
    private final int end;
    private int pos;
    private int line = 1;
    private int recordLine;
    private int[] start = new int[32];
    private int[] stop = new int[32];
    private boolean[] quoted = new boolean[32];
    private int count;

    /** Thrown when the quoting is broken (a quote never closes, text after a closing quote); carries the line. */
    public static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public final int line;

        Malformed(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    public CsvBytes(byte[] bytes) {
        this.b = bytes;
        this.end = bytes.length;
        if (end >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) pos = 3;
    }

    /** A tokenizer over bytes [from, to) whose first line is numbered {@code firstLine}. */
    public CsvBytes(byte[] bytes, int from, int to, int firstLine) {
        this.b = bytes;
        this.pos = from;
        this.end = to;
        this.line = firstLine;
    }

    /** Position of the next unread byte. */
    public int position() {
        return pos;
    }

    /** Number of the line the next record starts on. */
    public int nextLine() {
        return line;
    }

    /** Reads the next record; false at the end. Blank lines are skipped. */
    public boolean next() {
        while (true) {
            if (pos >= end) return false;
            count = 0;
            recordLine = line;
            boolean blank = true;
            while (true) {
                if (count == start.length) grow();
                int fieldStart = pos;
                boolean q = false;
                if (pos < end && b[pos] == '"') {
                    q = true;
                    int open = line;
                    pos++;
                    fieldStart = pos;
                    while (true) {
                        if (pos >= end) throw new Malformed(open, "a quoted field opened on line " + open + " never closes");
                        byte c = b[pos];
                        if (c == '"') {
                            if (pos + 1 < end && b[pos + 1] == '"') {
                                pos += 2;
                                continue;
                            }
                            break;
                        }
                        if (c == '\n') line++;
                        pos++;
                    }
                    start[count] = fieldStart;
                    stop[count] = pos;
                    pos++; // closing quote
                    if (pos < end && b[pos] != ',' && b[pos] != '\n' && b[pos] != '\r') {
                        // "12"3 would silently lose the 3
                        throw new Malformed(line, "text after the closing quote of field " + (count + 1) + " on line " + line
                                + "; quote the whole field");
                    }
                    blank = false;
                } else {
                    while (pos < end && b[pos] != ',' && b[pos] != '\n' && b[pos] != '\r') pos++;
                    start[count] = fieldStart;
                    stop[count] = pos;
                    if (pos > fieldStart) blank = false;
                }
                quoted[count] = q;
                count++;
                if (pos < end && b[pos] == ',') {
                    pos++;
                    blank = false;
                    continue;
                }
                if (pos < end && b[pos] == '\r') pos++;
                if (pos < end && b[pos] == '\n') pos++;
                line++;
                break;
            }
            if (!(blank && count == 1)) return true;
        }
    }

    private void grow() {
        start = java.util.Arrays.copyOf(start, start.length * 2);
        stop = java.util.Arrays.copyOf(stop, stop.length * 2);
        quoted = java.util.Arrays.copyOf(quoted, quoted.length * 2);
    }

    /** Line the current record starts on (1-based). */
    public int line() {
        return recordLine;
    }

    public int size() {
        return count;
    }

    public int length(int i) {
        return i < count ? stop[i] - start[i] : 0;
    }

    /** The first byte of field i, or -1 if it is empty or missing. */
    public int firstByte(int i) {
        return i < count && stop[i] > start[i] ? b[start[i]] & 0xff : -1;
    }

    /** Field i as text; bytes that are not UTF-8 become U+FFFD, which no unit or answer matches. */
    public String string(int i) {
        if (i >= count) return "";
        String s = new String(b, start[i], stop[i] - start[i], StandardCharsets.UTF_8);
        return quoted[i] ? s.replace("\"\"", "\"") : s;
    }

    /** Text of a slice of the buffer (offsets from {@link #offset}). */
    public static String string(byte[] buf, long ref) {
        int off = (int) (ref >>> 20);
        int len = (int) (ref & 0xFFFFF);
        return new String(buf, off, len, StandardCharsets.UTF_8);
    }

    /** Field i packed as a reference (offset << 20 | length) for {@link #string(byte[], long)}. */
    public long ref(int i) {
        return ((long) start[i] << 20) | Math.min(stop[i] - start[i], 0xFFFFF);
    }

    /** Whether field i equals the given bytes. */
    public boolean equals(int i, byte[] other) {
        int n = length(i);
        if (n != other.length) return false;
        for (int k = 0; k < n; k++) if (b[start[i] + k] != other[k]) return false;
        return true;
    }

    /** A hash of field i's bytes. */
    public int hash(int i) {
        int h = 1;
        for (int k = start[i]; k < stop[i]; k++) h = 31 * h + b[k];
        return h;
    }

    /** Whether field i was in quotes (its bytes may then hold "" escapes). */
    public boolean isQuoted(int i) {
        return i < count && quoted[i];
    }

    public int offset(int i) {
        return start[i];
    }

    public byte[] bytes() {
        return b;
    }
}
