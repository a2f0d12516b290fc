package dev.passage.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import dev.passage.session.SessionStores;

import static org.assertj.core.api.Assertions.assertThat;

/** Each table format written and read back with an independent reader: the tricky texts survive unchanged. */
class ExcerptTablesTest {
    @TempDir
    Path tmp;
    ExportFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new ExportFixture(tmp);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private byte[] export(TableFormat format, ExcerptFilter filter, List<String> vars) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportReport report = fx.service().table(format, filter, vars, out);
        assertThat(report.rows()).isPositive();
        return out.toByteArray();
    }

    @Test
    void csvIsRfc4180Utf8WithoutBomAndReadsBackExactly() throws Exception {
        byte[] bytes = export(TableFormat.CSV, ExcerptFilter.ALL, List.of("psych_safety", "tenure", "age", "role", "unit:sector"));
        assertThat(new String(bytes, 0, 9, StandardCharsets.UTF_8)).isEqualTo("coding_id"); // no byte-order mark
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertThat(csv).contains("\r\n");

        List<CSVRecord> rows;
        try (CSVParser p = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(p.getHeaderNames()).containsExactly("coding_id", "code_path", "code_id", "document", "unit", "respondent", "question",
                                                           "speaker", "timestamp", "coder", "created", "start", "end", "start_cp", "end_cp",
                                                           "text", "memo", "memo_author", "memo_updated", "psych_safety", "tenure", "age", "role", "unit:sector");
            rows = p.getRecords();
        }
        assertThat(rows).hasSize(4);
        CSVRecord fear = rows.getFirst();
        assertThat(fear.get("code_path")).isEqualTo("Barriers/Fear of blame");
        assertThat(fear.get("document")).isEqualTo("Interview 01");
        assertThat(fear.get("unit")).isEqualTo("North");
        assertThat(fear.get("speaker")).isEqualTo("Leder");
        assertThat(fear.get("timestamp")).isEqualTo("0:00:12.500");
        assertThat(fear.get("coder")).isEqualTo("anna");
        assertThat(fear.get("text")).isEqualTo(ExportFixture.A);
        assertThat(fear.get("memo")).isEqualTo("Memo, with \"quotes\"\nand a second line");
        assertThat(fear.get("memo_author")).isEqualTo("anna");
        assertThat(fear.get("memo_updated")).isEqualTo(fear.get("created")); // written with the coding
        assertThat(rows.get(1).get("memo_author")).isEmpty(); // no memo, no credit
        assertThat(fear.get("memo_author")).isEqualTo("anna");
        assertThat(fear.get("memo_updated")).isEqualTo(fear.get("created")); // written with the coding
        assertThat(rows.get(1).get("memo_author")).isEmpty(); // no memo, no credit
        assertThat(fear.get("start")).isEqualTo(Integer.toString(ExportFixture.Q.length()));
        assertThat(fear.get("psych_safety")).isEqualTo("4.5");
        assertThat(fear.get("tenure")).isEqualTo("12");
        assertThat(fear.get("role")).isEqualTo("leader");
        assertThat(fear.get("unit:sector")).isEqualTo("Eldercare");
        assertThat(fear.get("age")).isEmpty(); // an interview has no respondent

        CSVRecord afterEmoji = rows.get(1);
        assertThat(afterEmoji.get("text")).isEqualTo("emoji, komma");
        assertThat(Integer.parseInt(afterEmoji.get("start_cp"))).isEqualTo(Integer.parseInt(afterEmoji.get("start")) - 1); // 🎉 is 2 chars, 1 code point
        assertThat(Integer.parseInt(afterEmoji.get("end_cp")) - Integer.parseInt(afterEmoji.get("start_cp"))).isEqualTo("emoji, komma".length());

        CSVRecord markup = rows.get(2);
        assertThat(markup.get("text")).isEqualTo("<script>alert('x')</script>");
        assertThat(markup.get("psych_safety")).isEmpty(); // South has no score: missing, not 0
        assertThat(markup.get("unit:sector")).isEqualTo("Schools");
        assertThat(markup.get("timestamp")).isEmpty();

        CSVRecord answer = rows.get(3);
        assertThat(answer.get("respondent")).isEqualTo("R001");
        assertThat(answer.get("question")).isEqualTo("Q1 What helps you learn?");
        assertThat(answer.get("unit")).isEqualTo("North");
        assertThat(answer.get("age")).isEqualTo("34");
        assertThat(answer.get("speaker")).isEmpty();
    }

    @Test
    void xlsxHasABoldFrozenFilteredHeaderWrappedTextAndTypedCells() throws Exception {
        byte[] bytes = export(TableFormat.XLSX, ExcerptFilter.ALL, List.of("psych_safety", "role"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            XSSFRow header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("coding_id");
            assertThat(header.getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:U5");
            int text = column(header, "text");
            assertThat(sheet.getColumnWidth(text)).isGreaterThan(sheet.getColumnWidth(column(header, "start")) * 4);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);

            XSSFRow fear = sheet.getRow(1);
            assertThat(fear.getCell(text).getStringCellValue()).isEqualTo(ExportFixture.A);
            assertThat(fear.getCell(text).getCellStyle().getWrapText()).isTrue();
            XSSFCell score = fear.getCell(column(header, "psych_safety"));
            assertThat(score.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(score.getNumericCellValue()).isEqualTo(4.5);
            assertThat(fear.getCell(column(header, "start")).getNumericCellValue()).isEqualTo(ExportFixture.Q.length());
            assertThat(fear.getCell(column(header, "role")).getStringCellValue()).isEqualTo("leader");
            assertThat(sheet.getRow(3).getCell(column(header, "psych_safety"))).isNull(); // missing stays empty
        }
    }

    @Test
    void xlsxCutsTextBeyondExcelsCellLimitVisiblyAndCountsIt() throws Exception {
        String longText = "Lang udtalelse om læring. ".repeat(1600); // 41,600 chars
        long doc = TestProjectsText.importPlain(fx.session, tmp, "long", longText);
        String stored = SessionStores.of(fx.session).database().<String>read(a -> a.documents().text(doc).orElseThrow());
        assertThat(stored).hasSizeGreaterThan(XlsxExcerptWriter.MAX_CELL_CHARS);
        fx.session.coding().apply(doc, 0, stored.length(), fx.fear);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportReport report = fx.service().table(TableFormat.XLSX, ExcerptFilter.ALL.withDocuments(List.of("long")), List.of(), out);
        assertThat(report).isEqualTo(new ExportReport(1, 1));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            String cell = wb.getSheetAt(0).getRow(1).getCell(column(wb.getSheetAt(0).getRow(0), "text")).getStringCellValue();
            assertThat(cell).hasSize(XlsxExcerptWriter.MAX_CELL_CHARS).startsWith("Lang udtalelse").endsWith("[truncated: " + stored.length() + " characters in full]");
        }
        // CSV has no such limit
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        assertThat(fx.service().table(TableFormat.CSV, ExcerptFilter.ALL.withDocuments(List.of("long")), List.of(), csv).truncatedCells()).isZero();
        assertThat(csv.toString(StandardCharsets.UTF_8)).contains(stored);
    }

    @Test
    void jsonIsAnArrayOfObjectsWithNumbersAsNumbersAndMissingAsNull() throws Exception {
        byte[] bytes = export(TableFormat.JSON, ExcerptFilter.ALL, List.of("psych_safety", "age"));
        JsonNode rows = new ObjectMapper().readTree(bytes);
        assertThat(rows.isArray()).isTrue();
        assertThat(rows).hasSize(4);
        JsonNode fear = rows.get(0);
        assertThat(fear.get("text").asText()).isEqualTo(ExportFixture.A);
        assertThat(fear.get("memo").asText()).isEqualTo("Memo, with \"quotes\"\nand a second line");
        assertThat(fear.get("memo_author").asText()).isEqualTo("anna");
        assertThat(fear.get("memo_author").asText()).isEqualTo("anna");
        assertThat(fear.get("psych_safety").isNumber()).isTrue();
        assertThat(fear.get("psych_safety").asDouble()).isEqualTo(4.5);
        assertThat(fear.get("start").isInt()).isTrue();
        assertThat(fear.get("age").isNull()).isTrue();
        assertThat(fear.get("created").asText()).endsWith("Z");
        assertThat(rows.get(2).get("text").asText()).isEqualTo("<script>alert('x')</script>");
        assertThat(rows.get(3).get("age").asInt()).isEqualTo(34);
    }

    private static int column(XSSFRow header, String name) {
        for (int i = 0; i < header.getLastCellNum(); i++) {
            if (header.getCell(i).getStringCellValue().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no column " + name);
    }
}
