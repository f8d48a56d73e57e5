package io.qqhi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qqhi.report.records.CsvText;
import org.junit.jupiter.api.Test;

class CsvTextTest {
    @Test
    void cellsForExcelCannotBecomeFormulasButNumbersStayNumbers() {
        String t = CsvText.forExcel().row("=1+1", "+cmd", "-x", "@SUM(A1)", "-3.5", "+2", "1e3", "普通, 文本", "say \"hi\"").toString();
        assertEquals("'=1+1,'+cmd,'-x,'@SUM(A1),-3.5,+2,1e3,\"普通, 文本\",\"say \"\"hi\"\"\"\n", t);
        assertEquals("'=1+1\n", new CsvText().row("=1+1").toString(), "every CSV qqhi writes is neutralised");
        assertEquals(",x\n", new CsvText().row(null, "x").toString(), "a missing cell is empty, not quoted");
    }

    @Test
    void unsafeNamesBecomeSafeFileNames() {
        assertEquals("a_b", OutputSet.safe("a/b"));
        assertEquals("___x", OutputSet.safe("../x"));
        assertEquals("海曙区", OutputSet.safe("海曙区"));
    }
}
