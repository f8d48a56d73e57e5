package io.qqhi.report;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files of one output, built completely in memory before anything is written, so a run that
 * fails leaves earlier outputs untouched. Names are relative paths with safe characters only.
 */
public final class OutputSet {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    public void text(String name, String content) {
        files.put(checked(name), content.getBytes(StandardCharsets.UTF_8));
    }

    /** UTF-8 with a byte-order mark, so that Excel opens Chinese text correctly. */
    public void excelCsv(String name, String content) {
        byte[] body = content.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        files.put(checked(name), all);
    }

    public void bytes(String name, byte[] content) {
        files.put(checked(name), content.clone());
    }

    public Map<String, byte[]> files() {
        return Collections.unmodifiableMap(files);
    }

    private static String checked(String name) {
        for (String part : name.split("/")) {
            if (part.isEmpty() || part.equals(".") || part.equals("..") || !part.matches("[A-Za-z0-9_.\\-\\p{IsHan}]+")) {
                throw new IllegalArgumentException("unsafe output file name: " + name);
            }
        }
        return name;
    }

    /** A pool, unit or period name made safe for a file name: letters, digits, Chinese, - and _ only. */
    public static String safe(String s) {
        String t = s.replaceAll("[^A-Za-z0-9_\\-\\p{IsHan}]", "_");
        return t.isEmpty() || t.chars().allMatch(c -> c == '_') ? "unnamed" : t;
    }
}
