package io.qqhi.report.workbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.qqhi.compute.IndexResult;
import io.qqhi.report.ComputeOutputs;
import io.qqhi.report.ReportFixture;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** The workbook of a run, read back, on the hand-worked fixture (ReportFixture). */
class WorkbookTest {
    private final IndexResult r = ReportFixture.result();
    private final ComputeOutputs.RunLists lists = ReportFixture.lists(r);

    @Test
    void rankingSheetHasThePlacesInRankOrderWithTheirMove() throws IOException {
        byte[] xlsx = WorkbookWriter.write(r, lists, r.settings(), "示例数据", List.of());
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> sheets = wb.getSheets().map(Sheet::getName).toList();
            assertTrue(sheets.containsAll(List.of("说明", "排名-区（县、市）", "全部得分", "问题整改清单", "成绩推广清单", "方法", "权重")),
                    sheets::toString);
            List<Row> rows = wb.findSheet("排名-区（县、市）").orElseThrow().read();
            List<String> order = new ArrayList<>();
            for (Row row : rows.subList(1, rows.size())) order.add(row.getCellText(2));
            assertEquals(List.of("甲区", "乙区", "丙区", "丁区", "戊区"), order);
            assertEquals("75", rows.get(2).getCell(3).asNumber().stripTrailingZeros().toPlainString());
        }
    }

    @Test
    void theWorkbookIsByteIdenticalBetweenRuns() {
        byte[] a = WorkbookWriter.write(r, lists, r.settings());
        byte[] b = XlsxBytes.deterministic(WorkbookWriter.write(r, lists, r.settings()));
        assertArrayEquals(a, b);
    }
}
