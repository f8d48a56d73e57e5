package io.qqhi.input;

import java.io.IOException;
import java.io.Reader;
import java.io.InputStreamReader;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import io.qqhi.framework.InputException;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Text;

/**
 * Reads text as departments send it: UTF-8 with or without BOM, or GB18030 (what Excel on Chinese
 * Windows saves as "CSV"). With {@code auto} a BOM means UTF-8, valid UTF-8 is UTF-8, anything
 * else is tried as GB18030; a file that is neither is an error, never read as garbage.
 */
public final class TextDecoder {
    public static final String AUTO = "auto";

    private TextDecoder() {
    }

    /** How far {@link #utf8Stream} looks before deciding: a Chinese header is in the first line. */
    private static final int SNIFF = 1 << 16;

    /**
     * The file as a stream of UTF-8 text, when {@code auto} would read it as UTF-8: a BOM, or valid
     * UTF-8 with Chinese text in its first 64 KB; null otherwise (GB18030, or nothing but ASCII so
     * far: then the whole file decides, {@link #read}). A byte further on that is not UTF-8 fails the
     * reader with a {@link java.nio.charset.MalformedInputException}, as {@link #read} would refuse
     * the file. Streamed, a release's scores.csv of 170 MB is never held whole as text (a third of a
     * gigabyte in UTF-16).
     */
    public static Reader utf8Stream(Path path) {
        byte[] head = new byte[SNIFF];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, SNIFF);
        } catch (NoSuchFileException e) {
            throw InputException.missingFile(path.toString(), Text.of("file.not-found"));
        } catch (IOException e) {
            throw InputException.missingFile(path.toString(), "cannot read: " + e.getMessage());
        }
        boolean bom = n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
        if (!bom) {
            boolean chinese = false;
            for (int i = 0; i < n && !chinese; i++) chinese = head[i] < 0;
            int bad = firstInvalid(head, 0, n, StandardCharsets.UTF_8, n < SNIFF);
            if (!chinese || bad < n) return null;
        }
        try {
            InputStream in = Files.newInputStream(path);
            if (bom) in.skipNBytes(3);
            CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return new InputStreamReader(in, d);
        } catch (IOException e) {
            throw InputException.missingFile(path.toString(), "cannot read: " + e.getMessage());
        }
    }

    public static DecodedText read(Path path, String encoding) {
        return decode(path.toString(), readBytes(path), encoding);
    }

    /** The file's bytes; a missing or unreadable file is exit 66. */
    static byte[] readBytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw InputException.missingFile(path.toString(), Text.of("file.not-found"));
        } catch (IOException e) {
            throw InputException.missingFile(path.toString(), "cannot read: " + e.getMessage());
        }
    }

    public static DecodedText decode(String file, byte[] bytes, String encoding) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
        String enc = encoding == null ? AUTO : encoding;
        if (enc.equalsIgnoreCase(AUTO)) {
            if (bom) return new DecodedText(strict(bytes, 3, StandardCharsets.UTF_8, file), "UTF-8", true);
            String utf8 = tryDecode(bytes, 0, StandardCharsets.UTF_8);
            if (utf8 != null) return new DecodedText(utf8, "UTF-8", false);
            // Chinese text in valid UTF-8 before the first bad byte: a UTF-8 file with a part in another
            // encoding (pasted from an older file), not a GB18030 file; said with the place it breaks
            int bad = firstInvalid(bytes, 0, StandardCharsets.UTF_8);
            for (int i = 0; i < bad; i++) if (bytes[i] < 0) strict(bytes, 0, StandardCharsets.UTF_8, file);
            String gb = tryDecode(bytes, 0, Charset.forName("GB18030"));
            if (gb != null) return new DecodedText(gb, "GB18030", false);
            throw InputException.of(InputException.DATA, Problem.error(file, 0, 0, null,
                    Text.of("encoding.neither")));
        }
        Charset cs;
        try {
            cs = Charset.forName(enc);
        } catch (IllegalArgumentException e) {
            throw InputException.of(InputException.DATA, Problem.error(file, 0, 0, null, Text.of("encoding.unknown", enc)));
        }
        int skip = bom && cs.equals(StandardCharsets.UTF_8) ? 3 : 0;
        return new DecodedText(strict(bytes, skip, cs, file), cs.name(), skip > 0);
    }

    private static String tryDecode(byte[] bytes, int offset, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String strict(byte[] bytes, int offset, Charset cs, String file) {
        String s = tryDecode(bytes, offset, cs);
        if (s == null) {
            int bad = firstInvalid(bytes, offset, cs);
            int line = 1;
            int lineStart = offset;
            for (int i = offset; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw InputException.of(InputException.DATA, Problem.error(file, line, bad - lineStart + 1, null,
                    Text.of("encoding.invalid", cs.name(), String.format(Locale.ROOT, "%02X", bytes[bad] & 0xff))));
        }
        return s;
    }

    /** The position of the first byte that does not decode in {@code cs}. */
    private static int firstInvalid(byte[] bytes, int offset, Charset cs) {
        return Math.min(firstInvalid(bytes, offset, bytes.length, cs, true), bytes.length - 1);
    }

    /**
     * The position of the first byte of {@code bytes[offset, end)} that does not decode in {@code cs},
     * or {@code end}; with {@code whole} false, a sequence cut off at the end is not counted as bad.
     */
    private static int firstInvalid(byte[] bytes, int offset, int end, Charset cs, boolean whole) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, end - offset);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = d.decode(in, out, whole);
            if (r.isError()) return in.position();
            if (r.isUnderflow()) return whole ? in.position() : end;
            out.clear();
        }
    }
}
