package io.qqhi.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class Utf8WriterTest {
    private static byte[] written(String s) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (Utf8Writer w = new Utf8Writer(b)) {
            w.write(s);
        }
        return b.toByteArray();
    }

    @Test
    void integersAndRoundedNumbersAsTheJdkWritesThem() throws IOException {
        // the digits of a value below 2^31 come from multiplying and shifting, of a larger one from dividing
        java.util.Random r = new java.util.Random(11);
        long[] edges = {0, 1, 9, 10, 99, 100, Integer.MAX_VALUE - 1L, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L,
                4294967295L, 4294967296L, Long.MAX_VALUE, -1, -10, Integer.MIN_VALUE, Long.MIN_VALUE};
        for (int i = 0; i < 200_000; i++) {
            long v = i < edges.length ? edges[i] : switch (i % 3) {
                case 0 -> r.nextInt(Integer.MAX_VALUE);
                case 1 -> r.nextLong();
                default -> r.nextInt(100_000) - 50_000;
            };
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            Utf8Writer w = new Utf8Writer(b);
            w.integer(v);
            w.flush();
            assertEquals(Long.toString(v), b.toString(StandardCharsets.UTF_8));
        }
        for (int i = 0; i < 200_000; i++) {
            double v = i % 2 == 0 ? r.nextDouble() * 100 : (r.nextDouble() - 0.5) * 1e8;
            int places = i % 5;
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            Utf8Writer w = new Utf8Writer(b);
            w.fixed(v, places);
            w.flush();
            assertEquals(new java.math.BigDecimal(v).setScale(places, java.math.RoundingMode.HALF_UP).toPlainString()
                    .replaceFirst("^-(0\\.?0*)$", "$1"), b.toString(StandardCharsets.UTF_8), v + " " + places);
        }
    }

    @Test
    void positionCountsEveryByteWrittenBufferedOrNot() throws IOException {
        // problems-by-department cuts its rendered rows at these positions
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        Utf8Writer w = new Utf8Writer(b);
        long expected = 0;
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < 3000; i++) {
            switch (r.nextInt(4)) {
                case 0: w.text("宁波,ab"); expected += "宁波,ab".getBytes(StandardCharsets.UTF_8).length; break;
                case 1: w.integer(-1234); expected += 5; break;
                case 2: w.bytes(new byte[70_000]); expected += 70_000; break; // larger than the buffer
                default: w.bytes(new byte[100], 10, 50); expected += 50; break;
            }
            assertEquals(expected, w.position());
        }
        w.flush();
        assertEquals(expected, b.size());
    }

    /** The hand encoder must give the JDK's bytes for ASCII, Chinese, 2-byte and 4-byte characters. */
    @Test
    void encodesLikeTheJdk() throws IOException {
        for (String s : new String[] {"", "abc,1.5\n", "亲清健康指数", "ü é ß", "𠀀 𝄞 emoji 😀", "mixed 乡镇1,\"x\""}) {
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), written(s), s);
        }
        // longer than the buffer, with characters straddling its end
        String big = "区县A".repeat(30_000);
        assertArrayEquals(big.getBytes(StandardCharsets.UTF_8), written(big));
        assertArrayEquals("?x".getBytes(StandardCharsets.UTF_8), written("\uD800x"), "an unpaired surrogate becomes ?");
    }

    @Test
    void numbersAndBytes() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (Utf8Writer w = new Utf8Writer(b)) {
            w.integer(0).ascii(',').integer(-1234567890123L).ascii(',').integer(Long.MIN_VALUE).ascii(',')
                    .full(80.0).ascii(',').full(58.733333333333334).ascii(',').full(Double.NaN).ascii(',')
                    .fixed(-0.001, 2).ascii(',').fixed(7, 0).ascii(',').bytes(new byte[70_000]);
        }
        String s = b.toString(StandardCharsets.UTF_8);
        assertEquals("0,-1234567890123," + Long.MIN_VALUE + ",80,58.733333333333334,,0.00,7,", s.substring(0, s.length() - 70_000));
        assertEquals(s.length(), s.indexOf(',', s.length() - 70_001) + 70_001);
    }
}
