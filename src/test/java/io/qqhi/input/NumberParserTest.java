package io.qqhi.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumberParserTest {
    @Test
    void acceptsWhatExcelAndPeopleWrite() {
        assertEquals(12.5, NumberParser.parse("12.5").value());
        assertEquals(85, NumberParser.parse("85%").value());
        assertEquals(1234567.5, NumberParser.parse("1,234,567.5").value());
        assertEquals(85.3, NumberParser.parse("８５．３").value(), 1e-12);
        assertEquals(-3, NumberParser.parse(" -3 ").value());
        assertEquals(1000, NumberParser.parse("1e3").value());
    }

    @Test
    void textLeftUnnormalisedIsAlreadyInNfkc() {
        // the shortcut skips the normaliser for ASCII and CJK Unified Ideographs: each of those is its own NFKC form
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x80; c++) all.append(c);
        for (char c = 0x4E00; c <= 0x9FFF; c++) all.append(c);
        String s = all.toString();
        assertEquals(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC), s);
        assertTrue(NumberParser.nfkc(s) == s);
        // anything else still goes through it
        assertEquals("85.3 万", NumberParser.nfkc("８５．３\u3000万"));
        assertEquals("é", NumberParser.nfkc("e\u0301"));
    }

    @Test
    void missingMarkersAreMissingNotZero() {
        for (String s : new String[] {"", " ", "—", "-", "N/A", "na", "无", "暂无"}) {
            NumberParser.Parsed p = NumberParser.parse(s);
            assertTrue(p.ok() && p.missing() && Double.isNaN(p.value()), s);
        }
    }

    @Test
    void anythingElseIsAnError() {
        for (String s : new String[] {"abc", "12,34", "1.2.3", "85%%", "十二", "0x10", "Infinity"}) {
            assertFalse(NumberParser.parse(s).ok(), s);
        }
    }

    /** The quick path for short decimals must give exactly Double.parseDouble's value. */
    @Test
    void plainDecimalsParseExactlyAsTheJdkDoes() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        for (int i = 0; i < 300_000; i++) {
            StringBuilder b = new StringBuilder();
            if (r.nextInt(4) == 0) b.append('-');
            int whole = r.nextInt(12);
            for (int k = 0; k < whole; k++) b.append((char) ('0' + r.nextInt(10)));
            if (whole == 0 || r.nextBoolean()) {
                b.append('.');
                int frac = 1 + r.nextInt(24);
                for (int k = 0; k < frac; k++) b.append((char) ('0' + (r.nextInt(3) == 0 ? 0 : r.nextInt(10))));
            }
            String s = b.toString();
            if (s.equals("-") || s.equals(".") || s.equals("-.")) continue;
            double want = Double.parseDouble(s);
            double got = NumberParser.parse(s).value();
            assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(got), s);
        }
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(NumberParser.parse("-0").value()));
        assertEquals(0.1, NumberParser.parse("0.1000000000000000000000000").value());
        assertEquals(87.91666666666667, NumberParser.parse("87.91666666666667").value());
    }
}
