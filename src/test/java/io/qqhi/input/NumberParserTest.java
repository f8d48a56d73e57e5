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
}
