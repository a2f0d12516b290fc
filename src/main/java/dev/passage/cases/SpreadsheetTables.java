package dev.passage.cases;

import dev.passage.errors.Text;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One sheet of an XLSX (or XLS) workbook via Apache POI. Cells become text the way the value parsers read it: numbers in
 * plain notation with a decimal point ("3.75"), date-formatted cells as ISO dates, formulas as their cached result.
 */
final class SpreadsheetTables {
    private SpreadsheetTables() {
    }

    static Table read(Path file, String sheetName) {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = sheet(file, workbook, sheetName);
            TableBuilder table = new TableBuilder(file, sheet.getSheetName());
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(text(row.getCell(c)));
                }
                table.add(row.getRowNum() + 1, cells);
            }
            return table.build();
        } catch (EncryptedDocumentException e) {
            throw CaseDataException.in(file, Text.of("cases.workbookPasswordProtectedSave"), e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof CaseDataException cde) {
                throw cde;
            }
            throw CaseDataException.in(file, Text.of("cases.readableSpreadsheet", e.getMessage()), e);
        }
    }

    static List<String> sheetNames(Path file) {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            return names;
        } catch (EncryptedDocumentException e) {
            throw CaseDataException.in(file, Text.of("cases.workbookPasswordProtectedSave"), e);
        } catch (IOException | RuntimeException e) {
            throw CaseDataException.in(file, Text.of("cases.readableSpreadsheet", e.getMessage()), e);
        }
    }

    private static Sheet sheet(Path file, Workbook workbook, String name) {
        if (workbook.getNumberOfSheets() == 0) {
            throw CaseDataException.in(file, Text.of("cases.workbookSheets"));
        }
        if (name == null) {
            return workbook.getSheetAt(0);
        }
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            throw CaseDataException.in(file, Text.of("cases.thereSheetSheets", name, String.join(", ", names)));
        }
        return sheet;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().replace("\r\n", "\n");
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                                                              : plain(cell.getNumericCellValue());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> ""; // blank, or an error value such as #DIV/0!, is a missing value
        };
    }

    private static String plain(double n) {
        return BigDecimal.valueOf(n).stripTrailingZeros().toPlainString();
    }
}
