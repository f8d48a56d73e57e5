package io.qqhi.input;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import io.qqhi.framework.InputException;
import io.qqhi.framework.Problems;

/**
 * Reads the first sheet of an .xlsx workbook as a {@link Table}. Formula cells and merged cells
 * are refused with their address: a formula's cached value may be stale, and a merged cell has
 * no value in all but one of its rows — both lose data silently if taken as they are.
 */
public final class XlsxReader {
    private static final Pattern MERGE = Pattern.compile("<mergeCell ref=\"([A-Z]+[0-9]+:[A-Z]+[0-9]+)\"");

    private XlsxReader() {
    }

    public static Table read(Path path, Problems problems) {
        String file = path.toString();
        int before = problems.size();
        reportMergedCells(path, problems);
        List<String> header = null;
        List<Table.Row> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(path); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            Sheet sheet = wb.getFirstSheet();
            try (Stream<Row> rs = sheet.openStream()) {
                for (Row r : (Iterable<Row>) rs::iterator) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < r.getCellCount(); i++) {
                        Cell c = r.getCell(i);
                        cells.add(c == null ? "" : text(c, file, r.getRowNum(), i, problems));
                    }
                    while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) cells.remove(cells.size() - 1);
                    if (cells.isEmpty()) continue;
                    if (header == null) {
                        header = new ArrayList<>();
                        for (String h : cells) header.add(h.strip());
                        continue;
                    }
                    while (cells.size() < header.size()) cells.add("");
                    if (cells.size() > header.size()) {
                        problems.error(file, r.getRowNum(), header.size() + 1, null, "row has cells beyond the header's "
                                + header.size() + " columns");
                        continue;
                    }
                    rows.add(new Table.Row(r.getRowNum(), cells));
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.error(file, 0, 0, null, "cannot read the workbook: " + e.getMessage() + " (is it an .xlsx file?)");
            throw new InputException(InputException.DATA, problems.all());
        }
        if (header == null) {
            problems.error(file, 1, 1, null, "the first sheet is empty; expected a header row");
        }
        if (problems.size() > before && problems.hasErrors()) return null;
        return new Table(file, header, rows);
    }

    private static String text(Cell c, String file, int row, int col, Problems problems) {
        if (c.getType() == CellType.FORMULA) {
            problems.error(file, row, col + 1, null, "cell " + c.getAddress() + " holds a formula (=" + c.getFormula()
                    + "); send values only (Paste Special → Values)");
            return "";
        }
        if (c.getType() == CellType.ERROR) {
            problems.error(file, row, col + 1, null, "cell " + c.getAddress() + " holds an Excel error " + c.getRawValue());
            return "";
        }
        if (c.getType() == CellType.NUMBER) {
            return new BigDecimal(c.getRawValue()).toPlainString();
        }
        return c.getText() == null ? "" : c.getText();
    }

    private static void reportMergedCells(Path path, Problems problems) {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            if (sheet == null) return;
            String xml = new String(zip.getInputStream(sheet).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            Matcher m = MERGE.matcher(xml);
            while (m.find()) {
                String ref = m.group(1);
                Matcher rc = Pattern.compile("([A-Z]+)([0-9]+)").matcher(ref);
                int row = 0;
                int col = 0;
                if (rc.find()) {
                    row = Integer.parseInt(rc.group(2));
                    col = columnNumber(rc.group(1));
                }
                problems.error(path.toString(), row, col, null, "cells " + ref + " are merged; unmerge them and fill "
                        + "every row (a merged cell has a value in one row only)");
            }
        } catch (IOException e) {
            // not a zip: read() reports it
        }
    }

    static int columnNumber(String letters) {
        int n = 0;
        for (char ch : letters.toCharArray()) n = n * 26 + (ch - 'A' + 1);
        return n;
    }
}
