package io.qqhi.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A buffered UTF-8 writer that encodes by hand into its own byte buffer and takes pre-encoded
 * bytes and numbers directly. The JDK's OutputStreamWriter encodes Chinese text one character at
 * a time through its slow loop; at national scale (450 MB of CSV, names on every row) that was
 * the largest single cost of writing. Unpaired surrogates become '?', as in the JDK's encoder.
 */
public final class Utf8Writer extends Writer {
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int n;
    private long drained;

    public Utf8Writer(OutputStream out) {
        this.out = out;
    }

    /** UTF-8 bytes of a string (the same encoding as writing it). */
    public static byte[] encode(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private void room(int k) throws IOException {
        if (n + k > buf.length) drain();
    }

    private void drain() throws IOException {
        out.write(buf, 0, n);
        drained += n;
        n = 0;
    }

    /** Bytes written so far, buffered or not. */
    public long position() {
        return drained + n;
    }

    public Utf8Writer bytes(byte[] b) throws IOException {
        if (b.length > buf.length - n) {
            drain();
            if (b.length > buf.length) {
                out.write(b);
                drained += b.length;
                return this;
            }
        }
        System.arraycopy(b, 0, buf, n, b.length);
        n += b.length;
        return this;
    }

    public Utf8Writer bytes(byte[] b, int off, int len) throws IOException {
        if (len > buf.length - n) {
            drain();
            if (len > buf.length) {
                out.write(b, off, len);
                drained += len;
                return this;
            }
        }
        System.arraycopy(b, off, buf, n, len);
        n += len;
        return this;
    }

    /** One ASCII character (a separator or digit). */
    public Utf8Writer ascii(char c) throws IOException {
        room(1);
        buf[n++] = (byte) c;
        return this;
    }

    public Utf8Writer integer(long v) throws IOException {
        room(20);
        if (v < 0) {
            if (v == Long.MIN_VALUE) return text(Long.toString(v));
            buf[n++] = '-';
            v = -v;
        }
        digits(v, 0);
        return this;
    }

    /**
     * A non-negative whole number r written as r / 10^places with exactly {@code places} decimals
     * (at least one digit before the point). Made last digit first, then turned round.
     */
    private void digits(long r, int places) {
        if (r <= Integer.MAX_VALUE) {
            digits((int) r, places);
            return;
        }
        int start = n;
        for (int k = 0; k < places; k++) {
            buf[n++] = (byte) ('0' + r % 10);
            r /= 10;
        }
        if (places > 0) buf[n++] = '.';
        do {
            buf[n++] = (byte) ('0' + r % 10);
            r /= 10;
        } while (r != 0);
        for (int i = start, j = n - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
    }

    private final byte[] scratch = new byte[24];

    /**
     * The same for the usual case, a value below 2^31: dividing by 10 as a multiplication and a
     * shift (exact for every 32-bit value). The client compiler makes a 64-bit division a call into
     * the runtime, and writing these digits was the biggest single cost of a national run's lists.
     */
    private void digits(int r, int places) {
        byte[] d = scratch;
        int p = d.length;
        for (int k = 0; k < places; k++) {
            int q = (int) ((r * 3435973837L) >>> 35);
            d[--p] = (byte) ('0' + (r - q * 10));
            r = q;
        }
        if (places > 0) d[--p] = '.';
        do {
            int q = (int) ((r * 3435973837L) >>> 35);
            d[--p] = (byte) ('0' + (r - q * 10));
            r = q;
        } while (r != 0);
        System.arraycopy(d, p, buf, n, d.length - p);
        n += d.length - p;
    }

    /** {@link Numbers#full(double)}. */
    public Utf8Writer full(double v) throws IOException {
        room(ShortestDecimal.MAX_BYTES);
        n = Numbers.full(v, buf, n);
        return this;
    }

    /** {@link Numbers#fixed(double, int)} without making a string on the usual path. */
    public Utf8Writer fixed(double v, int places) throws IOException {
        long r = Numbers.scaledHalfUp(v, places);
        if (r == Numbers.NOT_SCALED) return text(Numbers.fixed(v, places));
        room(24);
        if (v < 0 && r != 0) buf[n++] = '-';
        digits(r, places);
        return this;
    }

    public Utf8Writer text(String s) throws IOException {
        write(s, 0, s.length());
        return this;
    }

    @Override
    public void write(int c) throws IOException {
        write(String.valueOf((char) c), 0, 1);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        if (len > 64 && off == 0 && len == s.length()) {
            // long text (a whole small file): the JDK's encoder, which works on the string's array
            bytes(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        for (int i = off, end = off + len; i < end; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (n == buf.length) drain();
                buf[n++] = (byte) c;
            } else {
                i = encode(c, i + 1 < end ? s.charAt(i + 1) : 0, i);
            }
        }
    }

    @Override
    public void write(char[] cs, int off, int len) throws IOException {
        for (int i = off, end = off + len; i < end; i++) {
            char c = cs[i];
            if (c < 0x80) {
                if (n == buf.length) drain();
                buf[n++] = (byte) c;
            } else {
                i = encode(c, i + 1 < end ? cs[i + 1] : 0, i);
            }
        }
    }

    @Override
    public Writer append(CharSequence cs) throws IOException {
        if (cs instanceof String s) {
            write(s, 0, s.length());
            return this;
        }
        String s = String.valueOf(cs);
        write(s, 0, s.length());
        return this;
    }

    /** Encodes a non-ASCII character (with the next one, for a surrogate pair); returns the last index used. */
    private int encode(char c, char next, int i) throws IOException {
        room(4);
        if (c < 0x800) {
            buf[n++] = (byte) (0xC0 | c >> 6);
            buf[n++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c) && Character.isLowSurrogate(next)) {
            int cp = Character.toCodePoint(c, next);
            buf[n++] = (byte) (0xF0 | cp >> 18);
            buf[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
            buf[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
            buf[n++] = (byte) (0x80 | cp & 0x3F);
            return i + 1;
        } else if (Character.isSurrogate(c)) {
            buf[n++] = '?';
        } else {
            buf[n++] = (byte) (0xE0 | c >> 12);
            buf[n++] = (byte) (0x80 | c >> 6 & 0x3F);
            buf[n++] = (byte) (0x80 | c & 0x3F);
        }
        return i;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
