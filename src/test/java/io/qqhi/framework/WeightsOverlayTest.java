package io.qqhi.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qqhi.report.ReportFixture;

/** Weights overlays in CSV as Excel saves them: BOM, quoted cells, CRLF; unknown nodes named with their line. */
class WeightsOverlayTest {
    @Test
    void aCsvFromExcelIsReadWithItsQuotesAndLineEnds(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("w.csv");
        Files.writeString(f, "\uFEFF\"node\",\"weight\"\r\n\"A\",\"0.7\"\r\nB,0.3\r\n", StandardCharsets.UTF_8);
        Problems p = new Problems();
        Map<String, Double> w = WeightsOverlay.read(f, ReportFixture.framework(), p);
        assertEquals(Map.of("A", 0.7, "B", 0.3), w, p.all()::toString);
    }

    @Test
    void anUnknownNodeIsAnErrorAtItsLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("w.csv");
        Files.writeString(f, "node,weight\nA,0.5\nC,0.5\n", StandardCharsets.UTF_8);
        Problems p = new Problems();
        WeightsOverlay.read(f, ReportFixture.framework(), p);
        assertTrue(p.hasErrors());
        Problem e = p.all().get(0);
        assertEquals(3, e.line(), e::toString);
        assertEquals("C", e.node(), e::toString);
    }
}
