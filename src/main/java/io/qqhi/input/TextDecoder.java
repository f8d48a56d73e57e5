package io.qqhi.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import io.qqhi.framework.InputException;
import io.qqhi.framework.Problem;

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
            throw InputException.missingFile(path.toString(), "file not found");
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
            String gb = tryDecode(bytes, 0, Charset.forName("GB18030"));
            if (gb != null) return new DecodedText(gb, "GB18030", false);
            throw InputException.of(InputException.DATA, Problem.error(file, 0, 0, null,
                    "file is neither UTF-8 nor GB18030; save it from Excel as 'CSV UTF-8' or give --encoding"));
        }
        Charset cs;
        try {
            cs = Charset.forName(enc);
        } catch (IllegalArgumentException e) {
            throw InputException.of(InputException.DATA, Problem.error(file, 0, 0, null, "unknown encoding '" + enc + "'"));
        }
        int skip = bom && cs.equals(StandardCharsets.UTF_8) ? 3 : 0;
        return new DecodedText(strict(bytes, skip, cs, file), cs.name(), skip > 0);
    }

    /**
     * The file as UTF-8 bytes without BOM, for byte-level readers: UTF-8 input is returned as
     * read (after a validity check), GB18030 or another --encoding is converted.
     */
    public static byte[] utf8Bytes(Path path, String encoding) {
        byte[] bytes = readBytes(path);
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
        String enc = encoding == null ? AUTO : encoding;
        // an encoding is file-wide: the first megabyte tells; fields are still decoded strictly later
        boolean utf8 = enc.equalsIgnoreCase(AUTO) ? bom || validUtf8(bytes, Math.min(bytes.length, 1 << 20))
                : Charset.forName(enc).equals(StandardCharsets.UTF_8);
        if (utf8) {
            if (!bom && !enc.equalsIgnoreCase(AUTO) && !validUtf8(bytes, bytes.length)) {
                decode(path.toString(), bytes, encoding); // reports the error
            }
            return bom ? java.util.Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
        }
        return decode(path.toString(), bytes, encoding).text().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The file as UTF-8 bytes without BOM, read exactly as {@link #read} reads it (the whole file
     * checked; otherwise GB18030 or the given encoding, or the same error), but without turning
     * an 11 MB UTF-8 file into a String and back.
     */
    public static byte[] strictUtf8Bytes(Path path, String encoding) {
        byte[] bytes = readBytes(path);
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
        String enc = encoding == null ? AUTO : encoding;
        boolean utf8 = enc.equalsIgnoreCase(AUTO) || enc.equalsIgnoreCase("UTF-8") || enc.equalsIgnoreCase("UTF8");
        if (utf8 && validUtf8(bytes, bytes.length)) return bom ? java.util.Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
        return decode(path.toString(), bytes, encoding).text().getBytes(StandardCharsets.UTF_8);
    }

    /** Strict UTF-8 check (no overlongs, no surrogates), with a fast path for ASCII. */
    static boolean validUtf8(byte[] b, int limit) {
        int i = 0;
        int n = limit;
        while (i < n) {
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xff;
            int need;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + need >= n) return n < b.length; // a character cut by the limit is not an error
            int cp = c & (0x3F >> need);
            for (int k = 1; k <= need; k++) {
                int x = b[i + k] & 0xff;
                if ((x & 0xC0) != 0x80) return false;
                cp = (cp << 6) | (x & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
            i += need + 1;
        }
        return true;
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
            throw InputException.of(InputException.DATA, Problem.error(file, 0, 0, null,
                    "file is not valid " + cs.name() + "; check the encoding (--encoding)"));
        }
        return s;
    }
}
