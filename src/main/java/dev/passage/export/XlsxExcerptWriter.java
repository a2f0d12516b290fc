package dev.passage.export;

import dev.passage.errors.Text;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * An Excel workbook written with POI's streaming SXSSF (only a window of rows in memory; the rest goes to a compressed
 * temporary file): one sheet, bold frozen header row with an autofilter, fixed column widths, long text wrapped.
 * Text longer than a cell can hold (32,767 characters) is cut with a visible marker and counted in the report.
 */
public final class XlsxExcerptWriter implements ExcerptWriter {
    /** Excel's limit on the characters in one cell. */
    public static final int MAX_CELL_CHARS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    /** Excel's limit on rows in a sheet (the header takes one). */
    public static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final int WINDOW_ROWS = 200;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW_ROWS);
    private final SXSSFSheet sheet;
    private final CellStyle wrap;
    private final CellStyle plain;
    private List<ExcerptTable.Column> columns;
    private int rows;
    private int truncated;

    public XlsxExcerptWriter(OutputStream out) {
        this.out = out;
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet("Excerpts");
        wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        plain = workbook.createCellStyle();
        plain.setVerticalAlignment(VerticalAlignment.TOP);
    }

    @Override
    public void header(List<ExcerptTable.Column> columns) {
        this.columns = columns;
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle head = workbook.createCellStyle();
        head.setFont(bold);
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(head);
            sheet.setColumnWidth(i, columns.get(i).width() * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<Object> cells) {
        if (rows + 1 >= MAX_ROWS) {
            throw new ExportException(Text.of("export.moreThanExcerptsDo", (MAX_ROWS - 1)));
        }
        Row row = sheet.createRow(++rows);
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value == null) {
                continue;
            }
            var cell = row.createCell(i);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(fit(value.toString()));
            }
            cell.setCellStyle(columns.get(i).longText() ? wrap : plain);
        }
    }

    /** The text, or as much of it as fits with a marker saying how long it was. */
    private String fit(String s) {
        if (s.length() <= MAX_CELL_CHARS) {
            return s;
        }
        truncated++;
        String marker = " … [truncated: " + s.length() + " characters in full]";
        int keep = MAX_CELL_CHARS - marker.length();
        if (Character.isHighSurrogate(s.charAt(keep - 1))) {
            keep--;
        }
        return s.substring(0, keep) + marker;
    }

    @Override
    public ExportReport finish() throws IOException {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows, 1), 0, columns.size() - 1));
        workbook.write(out);
        return new ExportReport(rows, truncated);
    }

    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }
}
