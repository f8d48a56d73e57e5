package io.qqhi.input;

import java.io.IOException;
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
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = d.decode(in, out, true);
            if (r.isError()) return in.position();
            if (r.isUnderflow()) return Math.min(in.position(), bytes.length - 1);
            out.clear();
        }
    }
}
