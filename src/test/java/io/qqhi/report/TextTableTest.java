package io.qqhi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import io.qqhi.report.terminal.TextTable;
import org.junit.jupiter.api.Test;

/**
 * Terminal tables line up when names mix Chinese and ASCII: widths counted by Unicode's
 * East_Asian_Width (UAX #11: CJK ideographs and fullwidth forms take two columns, ASCII one).
 */
class TextTableTest {
    @Test
    void widthsCountWideCharactersTwice() {
        assertEquals(6, TextTable.width("海曙区"));
        assertEquals(2, TextTable.width("HS"));
        assertEquals(13, TextTable.width("A1.1 市场活力"), "five ASCII columns and four ideographs");
        assertEquals(6, TextTable.width("（一）"), "fullwidth parentheses are wide too");
    }

    @Test
    void columnsStartAtTheSameDisplayColumnOnEveryRow() {
        TextTable t = new TextTable(3, 2);
        t.row("单位", "代码", "指数");
        t.row("海曙区", "HS", "89.42");
        t.row("前湾新区", "QW", "84.3");
        t.row("“双随机、一公开”", "X1", "100.00");
        StringWriter s = new StringWriter();
        t.print(new PrintWriter(s, true), 0);
        List<String> lines = s.toString().lines().toList();
        int codeColumn = -1;
        for (String line : lines) {
            String before = line.substring(0, line.indexOf(line.contains("HS") ? "HS" : line.contains("QW") ? "QW" : line.contains("X1") ? "X1" : "代码"));
            if (codeColumn < 0) codeColumn = TextTable.width(before);
            assertEquals(codeColumn, TextTable.width(before), line);
            assertEquals(TextTable.width(lines.get(0)), TextTable.width(line), "right-aligned last column: " + line);
        }
    }
}
