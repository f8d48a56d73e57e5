package io.qqhi.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.qqhi.framework.Problem;
import io.qqhi.framework.Problems;

class TableTest {
    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaksAndRowsKeepTheirLines() {
        Problems p = new Problems();
        Table t = Table.parseCsv("f.csv", "unit,note\r\n\r\nHS,\"a, \"\"b\"\"\nc\"\nJB,x\n", p);
        assertTrue(p.isEmpty(), p.all()::toString);
        assertEquals(List.of(new Table.Row(3, List.of("HS", "a, \"b\"\nc")), new Table.Row(5, List.of("JB", "x"))), t.rows());
    }

    @Test
    void textAfterAClosingQuoteIsAnErrorNotSilentlyDropped() {
        Problems p = new Problems();
        assertNull(Table.parseCsv("f.csv", "unit,Q01\nHS,\"12\"3\n", p));
        Problem e = p.all().get(0);
        assertEquals(2, e.line());
        assertTrue(e.message().contains("右引号后还有文字"), e.message());
    }

    @Test
    void raggedRowsAreReportedAndTrailingEmptyCellsForgiven() {
        Problems p = new Problems();
        Table t = Table.parseCsv("f.csv", "unit,Q01\nHS,1,,\nJB,2,3\nZH\"x,1\n", p);
        assertEquals(List.of(new Table.Row(2, List.of("HS", "1")), new Table.Row(4, List.of("ZH\"x", "1"))), t.rows());
        assertEquals(1, p.all().size());
        assertEquals(3, p.all().get(0).line());
    }
}
