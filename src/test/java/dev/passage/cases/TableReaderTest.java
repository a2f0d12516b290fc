package dev.passage.cases;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableReaderTest {
    @TempDir
    Path tmp;

    @Test
    void filesOverTheSizeLimitAreRefusedNamingFileAndLimit() throws IOException {
        Path file = Files.writeString(tmp.resolve("big.csv"), "unit,score\n" + "A,1\n".repeat(600_000));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TableReader.checkSize(file, 2L * 1024 * 1024, "a CSV file"))
            .isInstanceOf(CaseDataException.class)
            .hasMessage("big.csv: the file is 2.3 MB, larger than the 2 MB limit for a CSV file");
        TableReader.checkSize(file, TableReader.MAX_CSV_BYTES, "a CSV file");
    }

    @Test
    void semicolonCsvWithDecimalCommaAndByteOrderMark() throws IOException {
        Path file = tmp.resolve("scores.csv");
        byte[] body = "unit;psych_safety;sector\nNorth;3,75;\"Care; elderly\"\n\nSouth;4;School\n;;\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(file, bytes);

        Table t = TableReader.read(file, null);

        assertThat(t.headers()).containsExactly("unit", "psych_safety", "sector");
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(0).cells()).containsExactly("North", "3,75", "Care; elderly");
        assertThat(t.rows().get(1).number()).isEqualTo(3); // header is row 1, the blank line is skipped by the parser
        assertThat(t.warnings()).isEmpty();
        assertThat(t.column("PSYCH_SAFETY")).isEqualTo(1);
        assertThatThrownBy(() -> t.column("score")).isInstanceOf(CaseDataException.class)
            .hasMessageContaining("scores.csv").hasMessageContaining("no column \"score\"").hasMessageContaining("unit, psych_safety, sector");
    }

    @Test
    void commaAndTabAreSniffedAndWindows1252IsReadWithAWarning() throws IOException {
        Path comma = Files.writeString(tmp.resolve("c.csv"), "unit,score,note\nA,3.5,\"x; y\"\nB,4,z\n");
        assertThat(TableReader.read(comma, null).rows().getFirst().cells()).containsExactly("A", "3.5", "x; y");
        Path tab = Files.writeString(tmp.resolve("t.tsv"), "unit\tscore\nA\t3,5\n");
        assertThat(TableReader.read(tab, null).rows().getFirst().cells()).containsExactly("A", "3,5");
        Path ansi = tmp.resolve("w.csv");
        Files.write(ansi, "enhed;score\nSønderå;2\n".getBytes(Charset.forName("windows-1252")));
        Table t = TableReader.read(ansi, null);
        assertThat(t.rows().getFirst().cell(0)).isEqualTo("Sønderå");
        assertThat(t.warnings()).singleElement().asString().contains("Windows-1252");
    }

    @Test
    void badFilesAreRefusedNamingTheFile() throws IOException {
        Path empty = Files.writeString(tmp.resolve("empty.csv"), "\n\n");
        assertThatThrownBy(() -> TableReader.read(empty, null)).hasMessageStartingWith("empty.csv: the file is empty");
        Path dup = Files.writeString(tmp.resolve("dup.csv"), "unit;score;Score\nA;1;2\n");
        assertThatThrownBy(() -> TableReader.read(dup, null)).hasMessageStartingWith("dup.csv:").hasMessageContaining("both named \"Score\"");
        Path quote = Files.writeString(tmp.resolve("quote.csv"), "unit,score\nA,\"1\n");
        assertThatThrownBy(() -> TableReader.read(quote, null)).hasMessageStartingWith("quote.csv: is not valid CSV");
        assertThatThrownBy(() -> TableReader.read(tmp.resolve("missing.csv"), null)).hasMessage("missing.csv: no such file");
        assertThatThrownBy(() -> TableReader.read(dup, "Sheet1")).hasMessageContaining("--sheet only applies to spreadsheets");
        Path fake = Files.writeString(tmp.resolve("fake.xlsx"), "not a workbook");
        assertThatThrownBy(() -> TableReader.read(fake, null)).isInstanceOf(CaseDataException.class)
            .hasMessageStartingWith("fake.xlsx: is not a readable spreadsheet");
    }

    @Test
    void xlsxFirstOrNamedSheetWithNumbersDatesAndFormulas() throws IOException {
        Path file = tmp.resolve("units.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet notes = wb.createSheet("Notes");
            notes.createRow(0).createCell(0).setCellValue("read me");
            Sheet scores = wb.createSheet("Scores");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
            Row h = scores.createRow(0);
            List.of("unit", "psych_safety", "since", "double").forEach(n -> h.createCell(h.getPhysicalNumberOfCells()).setCellValue(n));
            Row r = scores.createRow(1);
            r.createCell(0).setCellValue("North");
            r.createCell(1).setCellValue(3.75);
            r.createCell(2).setCellValue(LocalDate.of(2024, 3, 1));
            r.getCell(2).setCellStyle(date);
            r.createCell(3).setCellFormula("B2*2");
            Row r2 = scores.createRow(3); // row 4 in the sheet; row 3 stays empty
            r2.createCell(0).setCellValue("South");
            r2.createCell(1).setCellValue(4);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }

        assertThat(TableReader.read(file, null).headers()).containsExactly("read me");
        Table t = TableReader.read(file, "Scores");
        assertThat(t.source()).isEqualTo("units.xlsx (sheet Scores)");
        assertThat(t.rows().get(0).cells()).containsExactly("North", "3.75", "2024-03-01", "7.5");
        assertThat(t.rows().get(1).number()).isEqualTo(4);
        assertThat(t.rows().get(1).cell(1)).isEqualTo("4");
        assertThat(t.rows().get(1).cell(2)).isEmpty();
        assertThatThrownBy(() -> TableReader.read(file, "Data")).hasMessage("units.xlsx: there is no sheet \"Data\" (sheets: Notes, Scores)");
    }
}
