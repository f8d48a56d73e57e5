package io.qqhi.report.word;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import io.qqhi.report.workbook.XlsxBytes;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STXAlign;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STYAlign;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVAnchor;

/**
 * A Word document laid out as GB/T 9704 (党政机关公文格式) asks, through Apache POI (docs/formats.md,
 * documents): A4, margins 37/35/28/26 mm, title 二号 方正小标宋简体, body 三号 仿宋 at 28.95 pt lines,
 * level-1 headings 黑体 "一、", level-2 楷体 "（一）", tables in 仿宋 小四 (五号 from seven columns) with the header row repeated
 * on every page, page numbers "— 1 —" in the footer.
 */
final class GovDocument {
    static {
        // POI logs through log4j-api, which without a provider prints an error: its simple logger,
        // switched off, keeps the caller's output clean (for the command line and library callers alike)
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("log4j2.simplelogLevel", "OFF");
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
    }

    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋";
    static final String HEADING_FONT = "黑体";
    static final String SUBHEADING_FONT = "楷体";
    private static final double MM = 1440 / 25.4; // twips per millimetre
    private static final int SAN_HAO = 16; // 三号, points
    static final int SI_HAO = 14;
    private static final int XIAO_SI = 12; // 小四, for tables
    private static final double WU_HAO = 10.5; // 五号, for tables of seven columns or more
    private static final int ER_HAO = 22;
    /** The 发文机关标志's size: larger than the title (GB/T 9704 leaves it to the office; 小初 here). */
    private static final int MARK = 36;
    private static final String RED = "E00000";
    /** A 专报's name: 一号, smaller than a 文件's mark, so that the page holds the report. */
    private static final int BRIEF_MARK = 26;

    private final XWPFDocument doc = new XWPFDocument();

    /** The body's type size and line pitch, points. */
    private final int body;
    private final double pitch;

    /** A 公文: body 三号 at 28.95 pt lines (22 lines of 28 characters on a page). */
    GovDocument() {
        this(SAN_HAO, 28.95);
    }

    /**
     * A paper set tighter than a 公文 (the one-page 专报: 四号 at 24 pt lines, 26 lines of 31
     * characters), same page and margins.
     */
    GovDocument(int body, double pitch) {
        this.body = body;
        this.pitch = pitch;
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(Math.round(210 * MM)));
        size.setH(BigInteger.valueOf(Math.round(297 * MM)));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(Math.round(37 * MM)));
        mar.setBottom(BigInteger.valueOf(Math.round(35 * MM)));
        mar.setLeft(BigInteger.valueOf(Math.round(28 * MM)));
        mar.setRight(BigInteger.valueOf(Math.round(26 * MM)));
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "— ", "宋体", SI_HAO, false);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        run(p, " —", "宋体", SI_HAO, false);
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, double points, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
        r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
        r.setFontSize(points);
        r.setBold(bold);
        return r;
    }

    private XWPFParagraph paragraph() {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBetween(pitch, LineSpacingRule.EXACT);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        return p;
    }

    void title(String text) {
        title(text, true);
    }

    /** The title in 二号 小标宋, centred; {@code gap}: a blank line after it (a 公文's; a 专报 saves it). */
    void title(String text, boolean gap) {
        XWPFParagraph p = paragraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBetween(ER_HAO * 1.5, LineSpacingRule.EXACT);
        run(p, text, TITLE_FONT, ER_HAO, false);
        if (gap) blank();
    }

    /**
     * The 版头 (GB/T 9704): the 发文机关标志 centred in 小标宋, red when asked, the 文号 centred under
     * it, and a rule under both (red with a red masthead).
     */
    void masthead(String mark, String number, boolean red) {
        XWPFParagraph m = paragraph();
        m.setAlignment(ParagraphAlignment.CENTER);
        m.setSpacingBetween(MARK * 1.2, LineSpacingRule.EXACT);
        XWPFRun r = run(m, mark, TITLE_FONT, MARK, false);
        if (red) r.setColor(RED);
        blank();
        XWPFParagraph n = paragraph();
        n.setAlignment(ParagraphAlignment.CENTER);
        run(n, number, BODY_FONT, body, false);
        rule(n, red ? RED : "000000");
        blank();
    }

    /**
     * The 版头 of a 专报 (an internal paper, not a 文件): its name centred in red 小标宋, the 期号
     * centred under it, then the issuer flush left and the date flush right above a rule.
     */
    void briefHead(String name, String issueNo, String issuer, String date, boolean red) {
        XWPFParagraph m = paragraph();
        m.setAlignment(ParagraphAlignment.CENTER);
        m.setSpacingBetween(BRIEF_MARK * 1.2, LineSpacingRule.EXACT);
        XWPFRun r = run(m, name, TITLE_FONT, BRIEF_MARK, false);
        if (red) r.setColor(RED);
        XWPFParagraph n = paragraph();
        n.setAlignment(ParagraphAlignment.CENTER);
        run(n, issueNo, BODY_FONT, body, false);
        XWPFParagraph line = paragraph();
        var tab = line.getCTP().getPPr().addNewTabs().addNewTab();
        tab.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(Math.round(156 * MM)));
        XWPFRun t = run(line, issuer, BODY_FONT, body, false);
        t.addTab();
        t.setText(date, 1);
        rule(line, red ? RED : "000000");
    }

    /**
     * The 版记 on the last page (GB/T 9704 7.4): 抄送 and 印发机关 with the 印发日期 in 四号仿宋,
     * indented one character, between rules (the outer ones 0.35 mm, the one between 0.25 mm). A
     * one-column table that floats at the bottom of the text area (tblpPr), anchored after the last
     * paragraph: Word sets it at the foot of the page the body ends on; LibreOffice 7.4 ignores the
     * float and sets it right after the body, rules and all (docs/formats.md, documents).
     */
    void imprint(String cc, String printer, String date) {
        imprint(cc, printer, date, true);
    }

    /** The 版记; {@code gap}: a blank line before it (a 专报 saves it). */
    void imprint(String cc, String printer, String date, boolean gap) {
        if (gap) blank();
        XWPFTable t = doc.createTable(2, 1);
        CTTblPr props = t.getCTTbl().getTblPr();
        if (props == null) props = t.getCTTbl().addNewTblPr();
        CTTblPPr at = props.addNewTblpPr();
        at.setVertAnchor(STVAnchor.MARGIN);
        at.setTblpYSpec(STYAlign.BOTTOM);
        at.setHorzAnchor(STHAnchor.MARGIN);
        at.setTblpXSpec(STXAlign.CENTER);
        long width = Math.round(156 * MM);
        t.setWidth(Long.toString(width));
        (props.isSetTblLayout() ? props.getTblLayout() : props.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = t.getCTTbl().getTblGrid();
        if (grid == null) grid = t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) grid.removeGridCol(0);
        grid.addNewGridCol().setW(BigInteger.valueOf(width));
        t.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        // widths in eighths of a point: 0.35 mm ≈ 1 pt, 0.25 mm ≈ 0.75 pt
        t.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 8, 0, "000000");
        t.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 8, 0, "000000");
        t.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 6, 0, "000000");
        t.setCellMargins(0, SI_HAO * 20, 0, SI_HAO * 20);
        XWPFParagraph c = t.getRow(0).getCell(0).getParagraphs().get(0);
        c.setSpacingBetween(pitch, LineSpacingRule.EXACT);
        run(c, cc, BODY_FONT, SI_HAO, false);
        XWPFParagraph p = t.getRow(1).getCell(0).getParagraphs().get(0);
        p.setSpacingBetween(pitch, LineSpacingRule.EXACT);
        // 印发机关 flush left, 印发日期 flush right on the same line (a right tab at the text's end)
        var tab = p.getCTP().getPPr().addNewTabs().addNewTab();
        tab.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(width - 2L * SI_HAO * 20));
        XWPFRun r = run(p, printer, BODY_FONT, SI_HAO, false);
        r.addTab();
        r.setText(date + "印发", 1);
        // the float's anchor: a document ends with a paragraph, this one as small as Word allows
        XWPFParagraph end = doc.createParagraph();
        end.setSpacingBetween(1, LineSpacingRule.EXACT);
        end.setSpacingBefore(0);
        end.setSpacingAfter(0);
    }

    /**
     * The end of the body kept on one page with what follows it: the 附件说明 lines, the 落款 and
     * the 成文日期 (GB/T 9704 7.3.5: the 落款 never stands alone on a page).
     */
    void signOff(List<String> annexes, String name, String date) {
        XWPFParagraph last = doc.getParagraphs().get(doc.getParagraphs().size() - 1);
        last.setKeepNext(true);
        for (String a : annexes) {
            XWPFParagraph p = paragraph();
            p.setIndentationFirstLine(2 * body * 20);
            p.setKeepNext(true);
            run(p, a, BODY_FONT, body, false);
        }
        XWPFParagraph gap = paragraph();
        gap.setKeepNext(true);
        run(gap, "", BODY_FONT, body, false);
        XWPFParagraph n = paragraph();
        n.setAlignment(ParagraphAlignment.RIGHT);
        n.setIndentationRight(4 * body * 20);
        n.setKeepNext(true);
        run(n, name, BODY_FONT, body, false);
        right(date);
    }

    /** A coloured rule under a paragraph. */
    private static void rule(XWPFParagraph p, String color) {
        p.setBorderBottom(Borders.SINGLE);
        var b = p.getCTP().getPPr().getPBdr().getBottom();
        b.setColor(color);
        b.setSz(BigInteger.valueOf(12));
    }

    void blank() {
        run(paragraph(), "", BODY_FONT, body, false);
    }

    /** The addressee line (主送机关), flush left. */
    void addressee(String text) {
        run(paragraph(), text, BODY_FONT, body, false);
    }

    /** A body paragraph, first line indented by two characters. */
    void text(String text) {
        XWPFParagraph p = paragraph();
        p.setIndentationFirstLine(2 * body * 20);
        p.setAlignment(ParagraphAlignment.BOTH);
        run(p, text, BODY_FONT, body, false);
    }

    /** A line set flush right (落款). */
    void right(String text) {
        XWPFParagraph p = paragraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        p.setIndentationRight(4 * body * 20);
        run(p, text, BODY_FONT, body, false);
    }

    /** 一、… in 黑体. */
    void heading(String text) {
        XWPFParagraph p = paragraph();
        p.setIndentationFirstLine(2 * body * 20);
        p.setKeepNext(true);
        run(p, text, HEADING_FONT, body, false);
    }

    /** （一）… in 楷体. */
    void subheading(String text) {
        XWPFParagraph p = paragraph();
        p.setIndentationFirstLine(2 * body * 20);
        p.setKeepNext(true);
        run(p, text, SUBHEADING_FONT, body, false);
    }

    /** An annex starts on a new page: 附件1 in 黑体, then its title. */
    void annex(String label, String title) {
        XWPFParagraph p = paragraph();
        p.setPageBreak(true);
        run(p, label, HEADING_FONT, body, false);
        blank();
        XWPFParagraph t = paragraph();
        t.setAlignment(ParagraphAlignment.CENTER);
        t.setSpacingBetween(ER_HAO * 1.5, LineSpacingRule.EXACT);
        run(t, title, TITLE_FONT, ER_HAO, false);
        blank();
    }

    /**
     * A table: the first row is the header (bold, repeated on every page); {@code widths} in
     * characters of 四号 per column, scaled to the text width.
     */
    void table(List<List<String>> rows, int... widths) {
        XWPFTable t = doc.createTable(rows.size(), rows.get(0).size());
        t.setTableAlignment(TableRowAlign.CENTER);
        t.setWidth("100%");
        int total = 0;
        for (int w : widths) total += w;
        long textWidth = Math.round((210 - 28 - 26) * MM);
        // the grid and a fixed layout: LibreOffice sizes columns by the grid, not by the cells' widths
        CTTblPr props = t.getCTTbl().getTblPr();
        if (props == null) props = t.getCTTbl().addNewTblPr();
        (props.isSetTblLayout() ? props.getTblLayout() : props.addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        CTTblGrid grid = t.getCTTbl().getTblGrid();
        if (grid == null) grid = t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) grid.removeGridCol(0);
        for (int c = 0; c < rows.get(0).size(); c++) {
            long w = c < widths.length ? textWidth * widths[c] / total : textWidth / rows.get(0).size();
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = t.getRow(r);
            if (r == 0) row.setRepeatHeader(true);
            row.setCantSplitRow(true);
            for (int c = 0; c < rows.get(r).size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                if (c < widths.length) cell.setWidth(Long.toString(textWidth * widths[c] / total));
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setAlignment(r == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                run(p, rows.get(r).get(c), BODY_FONT, rows.get(0).size() >= 7 ? WU_HAO : XIAO_SI, r == 0);
            }
        }
        blank();
    }

    /** The document's bytes: the same for the same content (docs/formats.md, determinism). */
    byte[] bytes() {
        // a table closes with an empty paragraph; at the last page's foot a full-height one would
        // start a blank page of its own, so the document's last empty paragraph is made 1 pt high
        List<XWPFParagraph> ps = doc.getParagraphs();
        XWPFParagraph last = ps.isEmpty() ? null : ps.get(ps.size() - 1);
        if (last != null && last.getText().isEmpty() && doc.getBodyElements().get(doc.getBodyElements().size() - 1) == last) {
            last.setSpacingBetween(1, LineSpacingRule.EXACT);
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try {
            doc.write(b);
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return XlsxBytes.deterministic(b.toByteArray());
    }
}
