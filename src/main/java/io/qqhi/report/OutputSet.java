package io.qqhi.report;

import java.io.BufferedWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The files of one output, ready before anything is written: everything is computed first, so a
 * run that fails leaves earlier outputs untouched. Small files are held as bytes; large ones
 * (scores of 40,000 townships) as writers that stream their text when the file is written. Names
 * are relative paths with safe characters only.
 */
public final class OutputSet {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Text written straight to the file. */
    public interface Content {
        void write(Writer out) throws IOException;
    }

    /** Bytes written straight to the file (through a buffer). */
    public interface ByteContent {
        void write(OutputStream out) throws IOException;
    }

    private record Entry(byte[] bytes, Content content, ByteContent binary, boolean bom) {
        Entry(byte[] bytes, Content content, boolean bom) {
            this(bytes, content, null, bom);
        }
    }

    private final Map<String, Entry> files = new LinkedHashMap<>();
    private final Map<String, Long> effort = new HashMap<>();
    private final Set<String> obsolete = new LinkedHashSet<>();

    public void text(String name, String content) {
        files.put(checked(name), new Entry(content.getBytes(StandardCharsets.UTF_8), null, false));
    }

    /** UTF-8 with a byte-order mark, so that Excel opens Chinese text correctly. */
    public void excelCsv(String name, String content) {
        files.put(checked(name), new Entry(content.getBytes(StandardCharsets.UTF_8), null, true));
    }

    public void bytes(String name, byte[] content) {
        files.put(checked(name), new Entry(content.clone(), null, false));
    }

    /** A large text file, streamed as UTF-8 when written. */
    public void stream(String name, Content content) {
        files.put(checked(name), new Entry(null, content, false));
    }

    /** A large file whose writer encodes its own bytes (scores.csv: docs/performance.md), streamed when written. */
    public void streamBytes(String name, ByteContent content) {
        files.put(checked(name), new Entry(null, null, content, false));
    }

    /**
     * Text made when the file is written, so that independent files are formatted on every core
     * at once; a failure then still leaves earlier outputs untouched (nothing is renamed).
     */
    public void text(String name, Supplier<String> content) {
        files.put(checked(name), new Entry(null, w -> w.write(content.get()), false));
    }

    /** {@link #excelCsv(String, String)}, streamed when the file is written. */
    public void excelCsvStream(String name, Content content) {
        files.put(checked(name), new Entry(null, content, true));
    }

    /** {@link #excelCsv(String, String)}, made when the file is written. */
    public void excelCsv(String name, Supplier<String> content) {
        files.put(checked(name), new Entry(null, w -> w.write(content.get()), true));
    }

    public List<String> names() {
        return new ArrayList<>(files.keySet());
    }

    /**
     * A file of an earlier run that this output replaces by leaving it out (e.g. the lists, when
     * compute runs with --no-lists): removed once the new files are in place, so that no stale
     * list sits beside new scores.
     */
    public void obsolete(String name) {
        obsolete.add(checked(name));
    }

    public List<String> obsoleteNames() {
        return List.copyOf(obsolete);
    }

    /**
     * A rough measure of the work of making a file (e.g. its rows times the cost of a row), so
     * that the biggest files are started first when several are written at once; 0 if not given.
     */
    public void effort(String name, long units) {
        effort.put(name, units);
    }

    /** The names, most effort first (ties in the order the files were added): the order to start writing them in. */
    public List<String> writingOrder() {
        List<String> n = names();
        n.sort((x, y) -> Long.compare(effort.getOrDefault(y, 0L), effort.getOrDefault(x, 0L)));
        return n;
    }

    public int size() {
        return files.size();
    }

    /** Writes one file's bytes: held bytes at once, streamed text as UTF-8 through a buffer. */
    public void writeTo(String name, OutputStream out) throws IOException {
        Entry e = files.get(name);
        if (e.bom) out.write(BOM);
        if (e.bytes != null) {
            out.write(e.bytes);
            return;
        }
        if (e.binary != null) {
            OutputStream b = new BufferedOutputStream(out, 1 << 16);
            e.binary.write(b);
            b.flush();
            return;
        }
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        e.content.write(w);
        w.flush();
    }

    private static final Pattern SAFE_PART = Pattern.compile("[A-Za-z0-9_.\\-\\p{IsHan}]+");
    private static final Pattern UNSAFE_CHAR = Pattern.compile("[^A-Za-z0-9_\\-\\p{IsHan}]");

    private static String checked(String name) {
        for (String part : name.split("/")) {
            if (part.isEmpty() || part.equals(".") || part.equals("..") || !SAFE_PART.matcher(part).matches()) {
                throw new IllegalArgumentException("unsafe output file name: " + name);
            }
        }
        return name;
    }

    /** A pool, unit or period name made safe for a file name: letters, digits, Chinese, - and _ only. */
    public static String safe(String s) {
        String t = UNSAFE_CHAR.matcher(s).replaceAll("_");
        if (t.isEmpty() || t.chars().allMatch(c -> c == '_')) return "unnamed";
        // file systems allow 255 bytes a name: a part is kept to 120 bytes of UTF-8, cut at a character
        int bytes = 0;
        for (int i = 0; i < t.length(); i = t.offsetByCodePoints(i, 1)) {
            bytes += new String(Character.toChars(t.codePointAt(i))).getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_PART_BYTES) return t.substring(0, i);
        }
        return t;
    }

    /** The most UTF-8 bytes of one name part (a place, pool or period), leaving room for prefixes and suffixes. */
    static final int MAX_PART_BYTES = 120;
}
